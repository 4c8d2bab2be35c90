package org.welcomedesk.statistics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.welcomedesk.statistics.application.Figure;

import java.io.StringReader;
import java.util.List;

/**
 * What a chart draws, as JSON for statistics-charts.js (which turns it into an ECharts option):
 * the kind of chart, its categories, its series of values (null where a count is withheld, so
 * the chart leaves a gap rather than drawing 0) and the reading direction. Only published
 * figures go in; every chart has the same figures in a table beside it.
 */
public final class ChartData {

    /** One line or bar series. */
    public record Series(String name, List<Figure> values) {}

    /** One district on the map. */
    public record Area(String code, String name, Figure value) {}

    private ChartData() {}

    /** A line chart over periods. */
    public static String line(List<String> categories, List<Series> series, boolean rightToLeft) {
        return chart("line", categories, series, rightToLeft);
    }

    /** A bar chart. */
    public static String bars(List<String> categories, List<Series> series, boolean rightToLeft) {
        return chart("bar", categories, series, rightToLeft);
    }

    /** A population pyramid: age groups, youngest first, and one series per sex (the first drawn to the left). */
    public static String pyramid(List<String> ageGroups, List<Series> bySex, boolean rightToLeft) {
        return chart("pyramid", ageGroups, bySex, rightToLeft);
    }

    /** A choropleth of the districts whose boundaries are given (a GeoJSON FeatureCollection). */
    public static String map(String boundaries, String measure, List<Area> areas, boolean rightToLeft) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Area area : areas) {
            JsonObjectBuilder value =
                    Json.createObjectBuilder().add("code", area.code()).add("name", area.name());
            if (area.value().withheld()) {
                value.addNull("value");
            } else {
                value.add("value", area.value().value().getAsLong());
            }
            values.add(value);
        }
        return Json.createObjectBuilder()
                .add("type", "map")
                .add("rtl", rightToLeft)
                .add("measure", measure)
                .add(
                        "boundaries",
                        Json.createReader(new StringReader(boundaries)).readObject())
                .add("areas", values)
                .build()
                .toString();
    }

    private static String chart(String type, List<String> categories, List<Series> series, boolean rightToLeft) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        categories.forEach(names::add);
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (Figure figure : one.values()) {
                if (figure.withheld()) {
                    values.addNull();
                } else {
                    values.add(figure.value().getAsLong());
                }
            }
            all.add(Json.createObjectBuilder().add("name", one.name()).add("values", values));
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("rtl", rightToLeft)
                .add("categories", names)
                .add("series", all)
                .build()
                .toString();
    }
}
