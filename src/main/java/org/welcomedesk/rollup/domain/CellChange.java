package org.welcomedesk.rollup.domain;

/**
 * A cell whose published value or status differs from the previous release of the period.
 *
 * @param dataflow the national table
 * @param cell     the cell's key (DIMENSION=CODE, comma-separated), never personal data
 * @param before   the value released before, null when withheld or absent
 * @param after    the value now, null when withheld or absent
 * @param statusBefore OBS_STATUS before (null when the cell is new)
 * @param statusAfter  OBS_STATUS now (null when the cell is gone)
 */
public record CellChange(
        String dataflow, String cell, Long before, Long after, String statusBefore, String statusAfter) {

    /** By how much the value changed; null when either side is withheld. */
    public Long difference() {
        return before == null || after == null ? null : after - before;
    }
}
