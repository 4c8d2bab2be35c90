package org.welcomedesk.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.statistics.application.Figure;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.domain.AgeGroup;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** statistics/population.xhtml: residents on 1 January by sex and age group (a pyramid), for the city or a district. */
@Named
@ViewScoped
public class PopulationPage extends StatisticsPage {

    private static final long serialVersionUID = 1L;

    @Inject
    StatisticsTables tables;

    @Inject
    CityDistricts cityDistricts;

    private int year = currentYear();
    /** A district code, or empty for the whole city. */
    private String district = "";

    private transient PublishedTable table;

    public PublishedTable getPublished() {
        if (table == null) {
            Map<Dimension, String> filters =
                    district == null || district.isEmpty() ? Map.of() : Map.of(Dimension.DISTRICT, district);
            table = tables.population(
                    new PopulationDefinition(List.of(Dimension.AGE, Dimension.SEX), filters, List.of(day())),
                    CountryGrouping.ISO);
        }
        return table;
    }

    private LocalDate day() {
        return LocalDate.of(year, 1, 1);
    }

    public String getChart() {
        List<String> groups = AgeGroup.all().stream()
                .map(g -> labels().code(Dimension.AGE, g.code()))
                .toList();
        return ChartData.pyramid(
                groups,
                List.of(
                        new ChartData.Series(labels().code(Dimension.SEX, "F"), values("F")),
                        new ChartData.Series(labels().code(Dimension.SEX, "M"), values("M"))),
                rightToLeft());
    }

    private List<Figure> values(String sex) {
        return AgeGroup.all().stream().map(g -> figure(g.code(), sex)).toList();
    }

    private Figure figure(String age, String sex) {
        ProtectedCount count = getPublished()
                .count(day().toString(), Map.of(Dimension.AGE, age, Dimension.SEX, sex))
                .orElseThrow();
        return Figure.of(count);
    }

    /** Age groups down, sexes across: the pyramid's figures. */
    public TableView getTable() {
        List<TableView.Row> rows = AgeGroup.all().stream()
                .map(g -> new TableView.Row(
                        List.of(labels().code(Dimension.AGE, g.code())),
                        List.of(
                                TableView.cell(figure(g.code(), "F"), locale()),
                                TableView.cell(figure(g.code(), "M"), locale()))))
                .toList();
        return new TableView(
                List.of(labels().dimension(Dimension.AGE)),
                List.of(labels().code(Dimension.SEX, "F"), labels().code(Dimension.SEX, "M")),
                rows);
    }

    /** The districts a planner can choose: every district that existed on the day. */
    public List<District> getDistricts() {
        return cityDistricts.validOn(day());
    }

    @Override
    protected PublishedTable downloadable(String name) {
        return getPublished();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        table = null;
        this.year = year;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        table = null;
        this.district = district == null ? "" : district;
    }
}
