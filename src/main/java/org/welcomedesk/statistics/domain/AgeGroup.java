package org.welcomedesk.statistics.domain;

/**
 * Five-year age groups as published, with an open top group (SDMX AGE codes as Eurostat uses
 * them: Y_LT5, Y5-9, ..., Y80-84, Y_GE85). Ages are kept in single completed years and grouped
 * only when counted, so the grouping can change without touching the data.
 */
public record AgeGroup(int from, int to) {

    /** The lower bound of the open top group. */
    public static final int OPEN_TOP = 85;

    /** The group of an age in completed years. */
    public static AgeGroup of(int completedYears) {
        if (completedYears < 0) {
            throw new IllegalArgumentException("an age is never negative");
        }
        if (completedYears >= OPEN_TOP) {
            return new AgeGroup(OPEN_TOP, Integer.MAX_VALUE);
        }
        int from = completedYears / 5 * 5;
        return new AgeGroup(from, from + 4);
    }

    /** Every group, youngest first. */
    public static java.util.List<AgeGroup> all() {
        java.util.List<AgeGroup> groups = new java.util.ArrayList<>();
        for (int from = 0; from < OPEN_TOP; from += 5) {
            groups.add(new AgeGroup(from, from + 4));
        }
        groups.add(new AgeGroup(OPEN_TOP, Integer.MAX_VALUE));
        return groups;
    }

    /** The SDMX code. */
    public String code() {
        if (from == 0) {
            return "Y_LT5";
        }
        if (to == Integer.MAX_VALUE) {
            return "Y_GE" + from;
        }
        return "Y" + from + "-" + to;
    }
}
