package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.Observation;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The pooled dataset as plain CSV for a spreadsheet: one column per dimension, the period, the
 * value (empty when withheld, never 0) and its two statuses.
 */
public final class PlainCsv {

    private PlainCsv() {
    }

    public static String write(String period, List<Observation> observations) {
        List<String> dimensions = List.copyOf(observations.stream().flatMap(o -> o.key().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
        StringBuilder csv = new StringBuilder("DATAFLOW,");
        dimensions.forEach(d -> csv.append(d).append(','));
        csv.append("TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n");
        for (Observation o : observations) {
            csv.append(o.dataflow()).append(',');
            dimensions.forEach(d -> csv.append(o.key().getOrDefault(d, "")).append(','));
            csv.append(period).append(',')
                    .append(o.value().isPresent() ? String.valueOf(o.value().getAsLong()) : "").append(',')
                    .append(o.observationStatus()).append(',').append(o.confidentialityStatus()).append("\r\n");
        }
        return csv.toString();
    }
}
