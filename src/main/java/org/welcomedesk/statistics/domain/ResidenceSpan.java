package org.welcomedesk.statistics.domain;

import java.time.LocalDate;

/**
 * A stretch of time a person usually lived in one district of the city, as statistics see it:
 * what is needed to count them in the resident population on a date and nothing that names
 * anyone. A stay that began as temporary mobility (TMP_MOB) is not usual residence and has no
 * span.
 *
 * @param unit         opaque reference of the person, only to count them once
 * @param key          the record key of the event that began the span
 * @param from         first day in the district
 * @param to           first day no longer there (moved, left); null while they still live there
 * @param district     the district code as it was when the span began
 * @param sex          F, M or UNK
 * @param birthDate    the latest possible birth date (so ages are the youngest possible), null when unknown
 * @param citizenship  ISO 3166-1 alpha-2, STLS or UNK
 * @param birthCountry ISO 3166-1 alpha-2 or UNK
 * @param status       provisional while the arrival that began the stay is
 */
public record ResidenceSpan(
        String unit,
        RecordKey key,
        LocalDate from,
        LocalDate to,
        String district,
        String sex,
        LocalDate birthDate,
        String citizenship,
        String birthCountry,
        ObservationStatus status) {

    /** Whether the person lived here on that date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    /** Completed years on the date; -1 when the birth date is unknown. */
    public int ageOn(LocalDate date) {
        return birthDate == null
                ? -1
                : Math.max(0, java.time.Period.between(birthDate, date).getYears());
    }
}
