package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.platform.text.CsvRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The pooled dataset as plain CSV for a spreadsheet: one column per dimension, the period, the
 * value (empty when withheld, never 0) and its two statuses.
 */
public final class PlainCsv {

    private PlainCsv() {}

    public static String write(String period, List<Observation> observations) {
        List<String> dimensions = List.copyOf(observations.stream()
                .flatMap(o -> o.key().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
        List<String> header = new ArrayList<>(List.of("DATAFLOW"));
        header.addAll(dimensions);
        header.addAll(List.of("TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"));
        StringBuilder csv = new StringBuilder(CsvRecords.line(header)).append("\r\n");
        for (Observation o : observations) {
            List<String> row = new ArrayList<>(List.of(o.dataflow()));
            dimensions.forEach(d -> row.add(o.key().getOrDefault(d, "")));
            row.add(period);
            row.add(o.value().isPresent() ? String.valueOf(o.value().getAsLong()) : "");
            row.add(o.observationStatus());
            row.add(o.confidentialityStatus());
            csv.append(CsvRecords.line(row)).append("\r\n");
        }
        return csv.toString();
    }
}
