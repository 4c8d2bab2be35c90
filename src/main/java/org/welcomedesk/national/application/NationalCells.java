package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.Observation;

import java.util.Map;
import java.util.Set;

/**
 * Which cell of a national table is which, as the hub needs to pool: a table's total (every
 * breakdown at its total code) and an internal migration cell towards or from one partner.
 * Pooling reads only these cells: a national total is the sum of the cities' total cells,
 * never a sum of their small cells.
 */
public final class NationalCells {

    /** Arrivals from abroad: immigration by citizenship. */
    public static final String IMMIGRATION = "MIGR_IMM1CTZ";
    /** Departures abroad: emigration by citizenship. */
    public static final String EMIGRATION = "MIGR_EMI1CTZ";
    /** Arrivals from another municipality of the country, by previous municipality (PARTNER). */
    public static final String INTERNAL_IN = "MIGR_INTIN";
    /** Departures to another municipality of the country, by next municipality (PARTNER). */
    public static final String INTERNAL_OUT = "MIGR_INTOUT";

    static final String REF_AREA = "REF_AREA";
    static final String PARTNER = "PARTNER";
    /** Dimensions that identify the cell's table and area rather than break it down. */
    private static final Set<String> NOT_BREAKDOWNS =
            Set.of(DataStructure.FREQ, REF_AREA, DataStructure.FLOW, DataStructure.AGEDEF, DataStructure.UNIT_MEASURE);
    /** The codes of the structure that stand for "all" (TOTAL; T for sex) or "not applicable" (_Z). */
    private static final Set<String> TOTALS = Set.of("TOTAL", "T", "_T", "_Z");

    private NationalCells() {}

    /** The table's total: every breakdown at its total code. */
    public static boolean isTotal(Observation observation, String dataflow) {
        return observation.dataflow().equals(dataflow) && allTotalBut(observation.key(), null);
    }

    /** An internal migration cell with {@code PARTNER} a municipality, every other breakdown at its total. */
    public static boolean isPartnerCell(Observation observation, String dataflow) {
        String partner = observation.key().get(PARTNER);
        return observation.dataflow().equals(dataflow)
                && partner != null
                && !TOTALS.contains(partner)
                && allTotalBut(observation.key(), PARTNER);
    }

    static String area(Observation observation) {
        return observation.key().get(REF_AREA);
    }

    static String partner(Observation observation) {
        return observation.key().get(PARTNER);
    }

    private static boolean allTotalBut(Map<String, String> key, String except) {
        return key.entrySet().stream()
                .filter(e -> !NOT_BREAKDOWNS.contains(e.getKey()) && !e.getKey().equals(except))
                .allMatch(e -> TOTALS.contains(e.getValue()));
    }
}
