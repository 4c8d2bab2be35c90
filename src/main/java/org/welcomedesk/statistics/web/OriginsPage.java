package org.welcomedesk.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.statistics.application.Figure;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.util.List;
import java.util.Map;

/**
 * statistics/origins.xhtml: where international arrivals came from and where departures went
 * (country of previous or next residence) or their citizenship, the largest countries apart
 * and the rest as "other".
 */
@Named
@ViewScoped
public class OriginsPage extends StatisticsPage {

    private static final long serialVersionUID = 1L;

    @Inject
    StatisticsTables tables;

    private int year = currentYear();
    /** PARTNER (previous or next residence) or CITIZEN. */
    private Dimension by = Dimension.PARTNER;

    private transient PublishedTable origins;
    private transient PublishedTable destinations;

    public PublishedTable getOrigins() {
        if (origins == null) {
            origins = table("IMM");
        }
        return origins;
    }

    public PublishedTable getDestinations() {
        if (destinations == null) {
            destinations = table("EMI");
        }
        return destinations;
    }

    private PublishedTable table(String flow) {
        return tables.flows(new TableDefinition(
                List.of(by), Map.of(Dimension.FLOW, flow), List.of(Period.year(year)), CountryGrouping.TOP));
    }

    public String getOriginsChart() {
        return chart(getOrigins(), "statistics.page.origins");
    }

    public String getDestinationsChart() {
        return chart(getDestinations(), "statistics.page.destinations");
    }

    private String chart(PublishedTable table, String key) {
        List<String> countries = table.rows().stream()
                .map(r -> labels().code(by, r.codes().get(0)))
                .toList();
        List<Figure> values =
                table.rows().stream().map(r -> Figure.of(r.counts().get(0))).toList();
        return ChartData.bars(countries, List.of(new ChartData.Series(text(key), values)), rightToLeft());
    }

    public TableView getOriginsTable() {
        return TableView.of(getOrigins(), labels());
    }

    public TableView getDestinationsTable() {
        return TableView.of(getDestinations(), labels());
    }

    @Override
    protected PublishedTable downloadable(String name) {
        return "destinations".equals(name) ? getDestinations() : getOrigins();
    }

    public List<Dimension> getDimensions() {
        return List.of(Dimension.PARTNER, Dimension.CITIZEN);
    }

    public String dimensionName(Dimension dimension) {
        return labels().dimension(dimension);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        origins = null;
        destinations = null;
        this.year = year;
    }

    public Dimension getBy() {
        return by;
    }

    public void setBy(Dimension by) {
        origins = null;
        destinations = null;
        this.by = by == Dimension.CITIZEN ? Dimension.CITIZEN : Dimension.PARTNER;
    }
}
