package org.welcomedesk.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.statistics.application.CityOverview;
import org.welcomedesk.statistics.application.Figure;
import org.welcomedesk.statistics.application.FlowBalance;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.domain.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** statistics/flows.xhtml: arrivals, departures and net migration of the city over time. */
@Named
@ViewScoped
public class FlowsPage extends StatisticsPage {

    private static final long serialVersionUID = 1L;

    @Inject
    CityOverview cityOverview;

    private int from = currentYear() - 7;
    private int to = currentYear();
    /** Q for quarters, A for years. */
    private String frequency = "Q";

    private transient CityOverview.Series series;

    public CityOverview.Series getSeries() {
        if (series == null) {
            List<Period> periods = new ArrayList<>();
            for (int year = Math.min(from, to); year <= Math.max(from, to); year++) {
                if ("A".equals(frequency)) {
                    periods.add(Period.year(year));
                } else {
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        periods.add(Period.quarter(year, quarter));
                    }
                }
            }
            series = cityOverview.series(periods);
        }
        return series;
    }

    public String getChart() {
        List<String> periods =
                getSeries().periods().stream().map(p -> p.period().code()).toList();
        return ChartData.line(
                periods,
                List.of(
                        new ChartData.Series(text("statistics.page.arrivals"), values(FlowBalance::arrivals)),
                        new ChartData.Series(text("statistics.page.departures"), values(FlowBalance::departures)),
                        new ChartData.Series(text("statistics.page.net"), values(FlowBalance::net))),
                rightToLeft());
    }

    public TableView getTable() {
        List<TableView.Row> rows = getSeries().periods().stream()
                .map(p -> new TableView.Row(
                        List.of(p.period().code()),
                        List.of(
                                TableView.cell(p.balance().arrivals(), locale()),
                                TableView.cell(p.balance().departures(), locale()),
                                TableView.cell(p.balance().net(), locale()))))
                .toList();
        return new TableView(
                List.of(text("statistics.page.period")),
                List.of(
                        text("statistics.page.arrivals"),
                        text("statistics.page.departures"),
                        text("statistics.page.net")),
                rows);
    }

    private List<Figure> values(Function<FlowBalance, Figure> figure) {
        return getSeries().periods().stream()
                .map(p -> figure.apply(p.balance()))
                .toList();
    }

    @Override
    protected PublishedTable downloadable(String name) {
        return getSeries().table();
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        series = null;
        this.from = from;
    }

    public int getTo() {
        return to;
    }

    public void setTo(int to) {
        series = null;
        this.to = to;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        series = null;
        this.frequency = "A".equals(frequency) ? "A" : "Q";
    }
}
