package org.welcomedesk.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.statistics.application.CityOverview;
import org.welcomedesk.statistics.application.DistrictBoundaries;
import org.welcomedesk.statistics.application.Figure;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;

import java.util.List;

/**
 * statistics/map.xhtml: the districts of a year on a map, coloured by arrivals, departures, net
 * migration or residents, with the same figures in a table.
 */
@Named
@ViewScoped
public class MapPage extends StatisticsPage {

    private static final long serialVersionUID = 1L;

    /** What the map is coloured by. */
    public enum Measure {
        ARRIVALS,
        DEPARTURES,
        NET,
        POPULATION
    }

    @Inject
    CityOverview cityOverview;

    @Inject
    DistrictBoundaries boundaries;

    private int year = currentYear();
    private Measure measure = Measure.NET;
    private transient CityOverview.Districts districts;

    public CityOverview.Districts getDistricts() {
        if (districts == null) {
            districts = cityOverview.districts(Period.year(year));
        }
        return districts;
    }

    public String getChart() {
        Period period = Period.year(year);
        List<ChartData.Area> areas = getDistricts().districts().stream()
                .map(d -> new ChartData.Area(d.district(), labels().code(Dimension.DISTRICT, d.district()), figure(d)))
                .toList();
        return ChartData.map(
                boundaries.of(period.start(), period.end()),
                text("statistics.page.measure." + measure.name()),
                areas,
                rightToLeft());
    }

    private Figure figure(CityOverview.DistrictBalance district) {
        return switch (measure) {
            case ARRIVALS -> district.balance().arrivals();
            case DEPARTURES -> district.balance().departures();
            case NET -> district.balance().net();
            case POPULATION -> district.population();
        };
    }

    public TableView getTable() {
        List<TableView.Row> rows = getDistricts().districts().stream()
                .map(d -> new TableView.Row(
                        List.of(labels().code(Dimension.DISTRICT, d.district())),
                        List.of(
                                TableView.cell(d.balance().arrivals(), locale()),
                                        TableView.cell(d.balance().departures(), locale()),
                                TableView.cell(d.balance().net(), locale()), TableView.cell(d.population(), locale()))))
                .toList();
        return new TableView(
                List.of(labels().dimension(Dimension.DISTRICT)),
                List.of(
                        text("statistics.page.arrivals"),
                        text("statistics.page.departures"),
                        text("statistics.page.net"),
                        text(
                                "statistics.page.populationOn",
                                Period.year(year).start().toString())),
                rows);
    }

    @Override
    protected PublishedTable downloadable(String name) {
        return "population".equals(name)
                ? getDistricts().residents()
                : getDistricts().table();
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        districts = null;
        this.year = year;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure == null ? Measure.NET : measure;
    }
}
