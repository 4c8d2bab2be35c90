package org.welcomedesk.national.api;

import org.welcomedesk.national.application.Submissions;

import java.time.Instant;
import java.util.List;

/**
 * A city's status for a period at the hub.
 *
 * @param city      REF_AREA
 * @param period    TIME_PERIOD
 * @param status    RECEIVED, REVISED, REFUSED or LATE
 * @param revision  the stored revision (absent when nothing is stored)
 * @param at        when it was stored, or refused
 * @param releaseId the stored (or refused) release's id
 * @param late      nothing was stored by the period's deadline
 * @param findings  the finding codes of the city's last attempt, when it was refused
 */
public record SubmissionDto(
        String city,
        String period,
        String status,
        Integer revision,
        Instant at,
        String releaseId,
        boolean late,
        List<String> findings) {

    static SubmissionDto of(Submissions.Submission s) {
        return new SubmissionDto(
                s.city(),
                s.period(),
                s.status().name(),
                s.revision().orElse(null),
                s.at().orElse(null),
                s.releaseId().orElse(null),
                s.late(),
                s.findings());
    }
}
