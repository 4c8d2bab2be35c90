package org.welcomedesk.statistics.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.application.TableQueries;
import org.welcomedesk.statistics.domain.AgeGroup;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * statistics/tables.xhtml: a table a planner designs (flows or residents; breakdowns, filters,
 * periods, how countries are grouped). The design guards of the table definitions refuse a
 * table before anything is counted, with the reason naming the field; the page only puts the
 * form into words for {@link TableQueries}.
 */
@Named
@ViewScoped
public class TableBuilderPage extends StatisticsPage {

    private static final long serialVersionUID = 1L;

    @Inject
    StatisticsTables tables;

    @Inject
    TableQueries queries;

    @Inject
    CityDistricts cityDistricts;

    private Measure measure = Measure.FLOWS;
    private List<String> breakdowns = new ArrayList<>(List.of(Dimension.FLOW.name()));
    private final Map<String, String> filters = new HashMap<>();
    private String periods = (currentYear() - 1) + ", " + currentYear();
    private CountryGrouping countries = CountryGrouping.TOP;
    private transient PublishedTable result;

    /**
     * Counts the table as designed: the form put into the words {@link TableQueries} reads, so
     * the page, the API and the ledger read a table the same way; a guard that refuses it shows
     * its reason on the page.
     */
    public void build() {
        result = null;
        Map<String, List<String>> words = new HashMap<>();
        words.put(TableQueries.BREAKDOWN, List.copyOf(breakdowns));
        List<String> fixed = new ArrayList<>();
        filters.forEach((dimension, code) -> {
            if (code != null && !code.isBlank()) {
                fixed.add(dimension + ":" + code.strip().toUpperCase(Locale.ROOT));
            }
        });
        words.put(TableQueries.FILTER, fixed);
        words.put(TableQueries.COUNTRIES, List.of(countries.name()));
        String typed = periods == null ? "" : periods.replaceAll("[;\\s]+", ",");
        if (measure == Measure.POPULATION) {
            words.put(TableQueries.DATE, List.of(typed));
            result = tables.population(queries.population(words), countries);
        } else {
            words.put(TableQueries.PERIOD, List.of(typed));
            result = tables.flows(queries.flows(words));
        }
    }

    public PublishedTable getResult() {
        return result;
    }

    public TableView getTable() {
        return result == null ? null : TableView.of(result, labels());
    }

    @Override
    protected PublishedTable downloadable(String name) {
        if (result == null) {
            build();
        }
        return result;
    }

    /** The dimensions a table can break down by or filter, named. */
    public List<SelectItem> getDimensions() {
        return Arrays.stream(Dimension.values())
                .map(d -> new SelectItem(d.name(), labels().dimension(d)))
                .toList();
    }

    /** The codes a filter on a dimension can take, where there is a list (countries are typed as ISO codes). */
    public List<SelectItem> filterCodes(String dimension) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", text("statistics.page.noFilter")));
        Dimension d = Dimension.valueOf(dimension);
        List<String> codes = switch (d) {
            case FLOW -> StatisticsTables.DISTRICT_FLOWS;
            case DISTRICT ->
                cityDistricts.history().stream()
                        .map(District::getCode)
                        .sorted()
                        .distinct()
                        .toList();
            case SEX -> List.of("F", "M");
            case AGE -> AgeGroup.all().stream().map(AgeGroup::code).toList();
            default -> List.of();
        };
        codes.forEach(code -> items.add(new SelectItem(code, labels().code(d, code))));
        return items;
    }

    /** Whether a dimension's filter is chosen from a list (otherwise typed). */
    public boolean listed(String dimension) {
        Dimension d = Dimension.valueOf(dimension);
        return !CountryGrouping.appliesTo(d);
    }

    public List<SelectItem> getGroupings() {
        return Arrays.stream(CountryGrouping.values())
                .map(g -> new SelectItem(g, text("statistics.page.grouping." + g.name())))
                .toList();
    }

    public List<SelectItem> getMeasures() {
        return Arrays.stream(Measure.values())
                .map(m -> new SelectItem(m, text("statistics.page.measure." + m.name())))
                .toList();
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure == null ? Measure.FLOWS : measure;
    }

    public List<String> getBreakdowns() {
        return breakdowns;
    }

    public void setBreakdowns(List<String> breakdowns) {
        this.breakdowns = breakdowns == null ? new ArrayList<>() : new ArrayList<>(breakdowns);
    }

    public Map<String, String> getFilters() {
        return filters;
    }

    public String getPeriods() {
        return periods;
    }

    public void setPeriods(String periods) {
        this.periods = periods;
    }

    public CountryGrouping getCountries() {
        return countries;
    }

    public void setCountries(CountryGrouping countries) {
        this.countries = countries == null ? CountryGrouping.TOP : countries;
    }
}
