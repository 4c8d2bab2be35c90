package org.welcomedesk.national.domain;

import java.util.List;
import java.util.Map;

/**
 * One national table: the flow it counts and the dimensions it breaks the flow down by. Every
 * other dimension is fixed (at its total, or at the flow's code, COMPLET, NR), so every cell of
 * every city has the same key.
 *
 * @param id      e.g. MIGR_IMM1CTZ
 * @param name    what the table counts, in English
 * @param flow    the FLOW code it counts
 * @param varying the dimensions it breaks down by, in the structure's order
 * @param codes   for every dimension but FREQ, REF_AREA and TIME_PERIOD, the codes its cells may have
 * @param lists   the code list of each varying dimension
 */
public record Dataflow(
        String id,
        String name,
        String flow,
        List<String> varying,
        Map<String, List<String>> codes,
        Map<String, CodeList> lists) {

    public Dataflow {
        varying = List.copyOf(varying);
        codes = Map.copyOf(codes);
        lists = Map.copyOf(lists);
    }

    /** The codes a cell of this table may have in a dimension (FREQ, REF_AREA: see the structure). */
    public List<String> codes(String dimension) {
        return codes.getOrDefault(dimension, List.of());
    }
}
