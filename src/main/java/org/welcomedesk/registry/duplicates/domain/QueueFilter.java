package org.welcomedesk.registry.duplicates.domain;

import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which open pairs a supervisor wants to see: found by one source, in one likelihood band, with
 * one of the two people living in one district, found within a period. Null means any.
 *
 * @param source     what found the pair, or null for any
 * @param likelihood the score band, or null for any
 * @param districtId the district of either person, or null for any
 * @param foundFrom  found at or after this moment, or null
 * @param foundUntil found before this moment, or null
 */
public record QueueFilter(
        DuplicatePair.Source source, Likelihood likelihood, Long districtId, Instant foundFrom, Instant foundUntil) {

    /** Every open pair. */
    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null);
    }

    /**
     * The filter for pairs found on the days {@code fromDay} to {@code toDay}, both included, as
     * days run in {@code zone}; either day may be null for an open end.
     */
    public static QueueFilter of(
            DuplicatePair.Source source,
            Likelihood likelihood,
            Long districtId,
            LocalDate fromDay,
            LocalDate toDay,
            ZoneId zone) {
        return new QueueFilter(
                source,
                likelihood,
                districtId,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether the filter narrows the queue at all. */
    public boolean narrows() {
        return source != null || likelihood != null || districtId != null || foundFrom != null || foundUntil != null;
    }

    /** The order in which the queue lists pairs. */
    public enum Order {
        /** Most likely first. */
        SCORE,
        /** Most recently found first. */
        FOUND,
        /** Grouped by the district of the first person, in the city's district order. */
        DISTRICT
    }
}
