package org.welcomedesk.national.domain;

import java.time.Instant;
import java.util.List;

/**
 * A city's release of one period's national tables, the unit that is approved, sent,
 * acknowledged or refused, and revised. Its id makes delivery idempotent: the hub keeps one
 * copy per id.
 *
 * @param releaseId        a UUID chosen by the city when the release is prepared
 * @param cityCode         REF_AREA of the city (a code of the structure's city code list)
 * @param structureVersion the version of the data structure the values follow (e.g. 1.0)
 * @param period           TIME_PERIOD: a year (2025) or a quarter (2025-Q1)
 * @param action           A for the first release of the period, R for a revision
 * @param revision         0 for the first release of the period, then 1, 2... (later replaces earlier)
 * @param protection       how the counts were protected
 * @param prepared         when the city prepared it
 * @param observations     every cell of every national table for the period
 */
public record NationalRelease(
        String releaseId,
        String cityCode,
        String structureVersion,
        String period,
        SdmxAction action,
        int revision,
        Protection protection,
        Instant prepared,
        List<Observation> observations) {

    public NationalRelease {
        observations = List.copyOf(observations);
    }
}
