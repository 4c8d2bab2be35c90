package org.welcomedesk.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.web.Downloads;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.statistics.application.ReleaseLedger;
import org.welcomedesk.statistics.application.TableFiles;
import org.welcomedesk.statistics.application.TableQueries;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.Release;
import org.welcomedesk.statistics.domain.ReleaseDefinition;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * statistics/releases.xhtml: the release ledger, the form that publishes a release (refused
 * with the reason when it differences an earlier one) and each release to download again.
 * Translates the form into words for {@link TableQueries}; the ledger decides.
 */
@Named
@ViewScoped
public class ReleasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseLedger ledger;

    @Inject
    TableQueries queries;

    private transient List<Release> entries;

    private String measure = Measure.FLOWS.name();
    private String breakdown = "FLOW";
    private String filter;
    private String period;
    private String date;
    private String countries = CountryGrouping.ISO.name();
    private Release.Audience audience = Release.Audience.PUBLIC;

    public List<Release> getEntries() {
        if (entries == null) {
            entries = ledger.entries();
        }
        return entries;
    }

    /** Publishes the table described in the form for the chosen audience. */
    public void publish() {
        Map<String, List<String>> words = new HashMap<>();
        put(words, TableQueries.BREAKDOWN, breakdown);
        put(words, TableQueries.FILTER, filter);
        put(words, TableQueries.COUNTRIES, countries);
        ReleaseDefinition definition;
        if (Measure.POPULATION.name().equals(measure)) {
            put(words, TableQueries.DATE, date);
            definition = ReleaseDefinition.of(queries.population(words), TableQueries.countries(words));
        } else {
            put(words, TableQueries.PERIOD, period);
            definition = ReleaseDefinition.of(queries.flows(words));
        }
        Release release = ledger.publish(definition, audience);
        entries = null;
        PageNotices.confirm("releases.published", release.getId());
    }

    /** A release downloaded again as released, in CSV. */
    public void downloadCsv(long id) throws IOException {
        download(id, TableFiles.Format.CSV);
    }

    /** A release downloaded again as released, in XLSX. */
    public void downloadXlsx(long id) throws IOException {
        download(id, TableFiles.Format.XLSX);
    }

    private void download(long id, TableFiles.Format format) throws IOException {
        TableFiles.File file = ledger.download(id, format, PageNotices.locale());
        Downloads.send(file.name(), file.contentType(), out -> out.write(file.content()));
    }

    private static void put(Map<String, List<String>> words, String name, String value) {
        if (value != null && !value.isBlank()) {
            words.put(name, List.of(value));
        }
    }

    public List<String> getMeasures() {
        return java.util.Arrays.stream(Measure.values()).map(Enum::name).toList();
    }

    public List<String> getCountryGroupings() {
        return java.util.Arrays.stream(CountryGrouping.values()).map(Enum::name).toList();
    }

    public Release.Audience[] getAudiences() {
        return Release.Audience.values();
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public void setBreakdown(String breakdown) {
        this.breakdown = breakdown;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public Release.Audience getAudience() {
        return audience;
    }

    public void setAudience(Release.Audience audience) {
        this.audience = audience;
    }
}
