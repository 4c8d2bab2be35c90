package org.welcomedesk.statistics.application;

import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.StatisticalEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arrivals, departures and net migration of the city or of a district in one period, from a
 * published flow table. For the city, arrivals are international and internal in-migration
 * (IMM + IN_INT) and departures out-migration (EMI + OUT_INT); a district also gains and loses
 * people who move within the city (MOVE_IN, MOVE_OUT). Temporary mobility is not migration.
 *
 * @param arrivals   people who came
 * @param departures people who left
 * @param net        arrivals less departures
 */
public record FlowBalance(Figure arrivals, Figure departures, Figure net) {

    static final List<String> CITY_ARRIVALS = List.of("IMM", "IN_INT");
    static final List<String> CITY_DEPARTURES = List.of("EMI", "OUT_INT");

    /**
     * The balance in one column of a table that breaks down by FLOW (and possibly by other
     * dimensions, fixed to {@code codes}).
     *
     * @param district whether the row is a district's (moves within the city count)
     */
    public static FlowBalance of(PublishedTable table, String column, Map<Dimension, String> codes, boolean district) {
        Figure arrivals = sum(
                table, column, codes, district ? withMoves(CITY_ARRIVALS, StatisticalEvent.MOVE_IN) : CITY_ARRIVALS);
        Figure departures = sum(
                table,
                column,
                codes,
                district ? withMoves(CITY_DEPARTURES, StatisticalEvent.MOVE_OUT) : CITY_DEPARTURES);
        return new FlowBalance(arrivals, departures, arrivals.minus(departures));
    }

    private static List<String> withMoves(List<String> flows, String move) {
        return java.util.stream.Stream.concat(flows.stream(), java.util.stream.Stream.of(move))
                .toList();
    }

    private static Figure sum(PublishedTable table, String column, Map<Dimension, String> codes, List<String> flows) {
        Figure total = null;
        for (String flow : flows) {
            Map<Dimension, String> cell = new HashMap<>(codes);
            cell.put(Dimension.FLOW, flow);
            Figure part = Figure.of(table.count(column, cell)
                    .orElseThrow(() -> new IllegalArgumentException("the table has no row for flow " + flow)));
            total = total == null ? part : total.plus(part);
        }
        return total;
    }
}
