package org.welcomedesk.national.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a national chart draws, as the JSON statistics-charts.js turns into an ECharts option
 * (the planners' pages draw with the same script): categories and series of values, null where
 * a value is withheld so the chart leaves a gap rather than drawing 0.
 */
final class NationalCharts {

    /** One series of a chart. */
    record Series(String name, List<OptionalLong> values) {}

    private NationalCharts() {}

    static String bars(List<String> categories, List<Series> series, boolean rightToLeft) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        categories.forEach(names::add);
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            one.values().forEach(v -> {
                if (v.isPresent()) {
                    values.add(v.getAsLong());
                } else {
                    values.addNull();
                }
            });
            all.add(Json.createObjectBuilder().add("name", one.name()).add("values", values));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("rtl", rightToLeft)
                .add("categories", names)
                .add("series", all)
                .build()
                .toString();
    }
}
