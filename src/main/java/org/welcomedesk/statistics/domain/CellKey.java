package org.welcomedesk.statistics.domain;

/**
 * A cell's key in the cell key method: the sum of its records' keys, modulo 1. The same set
 * of records gives the same key in every table, filter and download, so the cell gets the
 * same perturbation wherever it appears and averaging or differencing tables learns nothing.
 */
public final class CellKey {

    private final long sum;
    private final long records;

    private CellKey(long sum, long records) {
        this.sum = sum;
        this.records = records;
    }

    /** The key of a cell with no records. */
    public static CellKey empty() {
        return new CellKey(0, 0);
    }

    /**
     * The key of a cell of {@code records} records whose keys sum to {@code sum} (taken modulo
     * 2<sup>32</sup>): for a store that keeps cells' sums rather than their records.
     */
    public static CellKey of(long sum, long records) {
        if (sum < 0 || records < 0) {
            throw new IllegalArgumentException("a cell's key sum and record count are never negative");
        }
        return new CellKey(sum % RecordKey.MODULUS, records);
    }

    /** This cell with one more record. */
    public CellKey plus(RecordKey record) {
        return new CellKey((sum + record.value()) % RecordKey.MODULUS, records + 1);
    }

    /** Two disjoint sets of records taken together (a cell built from parts). */
    public CellKey plus(CellKey other) {
        return new CellKey((sum + other.sum) % RecordKey.MODULUS, records + other.records);
    }

    /** How many records the cell holds: its true count. */
    public long count() {
        return records;
    }

    /** The key as a fraction in [0, 1). */
    public double fraction() {
        return (double) sum / RecordKey.MODULUS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellKey other && other.sum == sum && other.records == records;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sum * 31 + records);
    }

    /** Never the key itself: it is as confidential as the count. */
    @Override
    public String toString() {
        return "CellKey[protected]";
    }
}
