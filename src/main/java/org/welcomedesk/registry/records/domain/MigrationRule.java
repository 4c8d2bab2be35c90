package org.welcomedesk.registry.records.domain;

import java.time.LocalDate;

/**
 * The duration rule of usual residence: a stay (or an absence) of at least {@code months}
 * months, actual or intended, is migration; shorter is temporary mobility. 12 months is the
 * EU-comparable default; the 2021 UN framework also admits 6 months and a day.
 */
public record MigrationRule(int months) {

    public MigrationRule {
        if (months < 1) {
            throw new IllegalArgumentException("months must be positive");
        }
    }

    /** The provisional flow of a new event, from its type and intended duration. */
    public Flow classify(ResidenceEventType type, Integer intendedMonths) {
        boolean longEnough = intendedMonths == null || intendedMonths >= months;
        return switch (type) {
            case ARRIVAL_FROM_ABROAD -> longEnough ? Flow.IMM : Flow.TMP_MOB;
            case ARRIVAL_FROM_MUNICIPALITY -> Flow.IN_INT;
            case MOVE_WITHIN_CITY -> Flow.MOVE_INTRA;
            case DEPARTURE_ABROAD -> longEnough ? Flow.EMI : Flow.TMP_MOB;
            case DEPARTURE_TO_MUNICIPALITY -> Flow.OUT_INT;
            case TEMPORARY_STAY -> Flow.TMP_MOB;
        };
    }

    /** The day on which an event dated {@code eventDate} can be confirmed. */
    public LocalDate confirmableOn(LocalDate eventDate) {
        return eventDate.plusMonths(months);
    }
}
