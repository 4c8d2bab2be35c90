package org.welcomedesk.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.statistics.application.CityOverview;
import org.welcomedesk.statistics.application.Figure;
import org.welcomedesk.statistics.application.FlowBalance;
import org.welcomedesk.statistics.application.PublishedTable;

import java.util.List;
import java.util.function.Function;

/** statistics/index.xhtml: the city this year against last year. */
@Named
@ViewScoped
public class OverviewPage extends StatisticsPage {

    private static final long serialVersionUID = 1L;

    @Inject
    CityOverview cityOverview;

    private int year = currentYear();
    private transient CityOverview.Overview overview;

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        if (year != this.year) {
            overview = null;
        }
        this.year = year;
    }

    public CityOverview.Overview getOverview() {
        if (overview == null) {
            overview = cityOverview.of(year);
        }
        return overview;
    }

    /** The overview as a table: arrivals, departures, net and residents, last year and this year. */
    public TableView getTable() {
        CityOverview.Overview o = getOverview();
        return new TableView(
                List.of(""),
                List.of(String.valueOf(year - 1), String.valueOf(year)),
                List.of(
                        row("statistics.page.arrivals", o, FlowBalance::arrivals),
                        row("statistics.page.departures", o, FlowBalance::departures),
                        row("statistics.page.net", o, FlowBalance::net),
                        new TableView.Row(
                                List.of(text("statistics.page.population")),
                                List.of(
                                        TableView.cell(o.populationLastYear(), locale()),
                                        TableView.cell(o.population(), locale())))));
    }

    private TableView.Row row(String key, CityOverview.Overview o, Function<FlowBalance, Figure> figure) {
        return new TableView.Row(
                List.of(text(key)),
                List.of(
                        TableView.cell(figure.apply(o.lastYear()), locale()),
                        TableView.cell(figure.apply(o.thisYear()), locale())));
    }

    /** A headline figure of this year. */
    public CellView getArrivals() {
        return TableView.cell(getOverview().thisYear().arrivals(), locale());
    }

    public CellView getDepartures() {
        return TableView.cell(getOverview().thisYear().departures(), locale());
    }

    public CellView getNet() {
        return TableView.cell(getOverview().thisYear().net(), locale());
    }

    public CellView getPopulation() {
        return TableView.cell(getOverview().population(), locale());
    }

    @Override
    protected PublishedTable downloadable(String name) {
        return "population".equals(name)
                ? getOverview().residents()
                : getOverview().flows();
    }
}
