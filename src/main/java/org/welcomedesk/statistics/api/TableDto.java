package org.welcomedesk.statistics.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A protected table as the API gives it: one observation per row and column, each with its
 * SDMX OBS_STATUS and CONF_STATUS. A withheld value is absent (CONF_STATUS A, with the
 * threshold it fell below), never 0. Totals are cells of their own: they need not add up.
 *
 * @param measure           FLOWS or POPULATION
 * @param breakdowns        the dimensions of the rows
 * @param filters           dimensions fixed to one code
 * @param countries         how countries are grouped (ISO, NAT_FOR, TOP)
 * @param timePeriods       period codes (flows) or reference dates (population)
 * @param protectionVersion the version of the disclosure control (never its parameters)
 * @param note              that counts are perturbed and need not add up, in the caller's language
 * @param observations      the counts
 */
@JsonbPropertyOrder({
    "measure",
    "breakdowns",
    "filters",
    "countries",
    "timePeriods",
    "protectionVersion",
    "note",
    "observations"
})
public record TableDto(
        String measure,
        List<String> breakdowns,
        Map<String, String> filters,
        String countries,
        List<String> timePeriods,
        String protectionVersion,
        String note,
        List<ObservationDto> observations) {

    /**
     * One published count.
     *
     * @param dimensions the row's code in each breakdown
     * @param timePeriod its period or reference date
     * @param value      the perturbed count; absent when withheld
     * @param fewerThan  when withheld: the threshold the count fell below
     * @param obsStatus  A final, P provisional
     * @param confStatus F free, A withheld as a small count
     */
    @JsonbPropertyOrder({"dimensions", "timePeriod", "value", "fewerThan", "obsStatus", "confStatus"})
    public record ObservationDto(
            Map<String, String> dimensions,
            String timePeriod,
            Long value,
            Integer fewerThan,
            @JsonbProperty("OBS_STATUS") String obsStatus,
            @JsonbProperty("CONF_STATUS") String confStatus) {}

    static TableDto of(PublishedTable table, String note) {
        List<ObservationDto> observations = new ArrayList<>();
        for (PublishedTable.Row row : table.rows()) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (Dimension dimension : table.breakdowns()) {
                codes.put(dimension.name(), row.code(table.breakdowns(), dimension));
            }
            for (int i = 0; i < table.columns().size(); i++) {
                ProtectedCount count = row.counts().get(i);
                observations.add(new ObservationDto(
                        codes,
                        table.columns().get(i),
                        count.withheld() ? null : count.value().getAsLong(),
                        count.withheld() ? count.threshold() : null,
                        count.status().name(),
                        count.confidentialityStatus()));
            }
        }
        Map<String, String> filters = new TreeMap<>();
        table.filters().forEach((d, code) -> filters.put(d.name(), code));
        return new TableDto(
                table.measure().name(),
                table.breakdowns().stream().map(Dimension::name).toList(),
                filters,
                table.countries().name(),
                table.columns(),
                table.protectionVersion(),
                note,
                observations);
    }
}
