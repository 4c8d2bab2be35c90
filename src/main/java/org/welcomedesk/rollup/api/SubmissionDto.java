package org.welcomedesk.rollup.api;

import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.rollup.application.FindingTexts;
import org.welcomedesk.rollup.application.NationalReleases;
import org.welcomedesk.rollup.domain.CellChange;
import org.welcomedesk.rollup.domain.Submission;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A city's release of a period to the national hub.
 *
 * @param id         the release id (a UUID; the hub keeps one copy per id)
 * @param period     TIME_PERIOD: 2025 or 2025-Q1
 * @param revision   0 for the first release the hub receives of the period, then 1, 2...
 * @param action     SDMX ACTION: A (append) or R (replace, a revision)
 * @param state      PREPARED, APPROVED (in the outbox), SENT, REFUSED, SUPERSEDED
 * @param preparedBy who prepared it ("system" for a revision prepared after the nightly confirmation)
 * @param preparedAt when
 * @param approvedBy who approved it (never who prepared it)
 * @param approvedAt when
 * @param cells      how many cells (observations) it has
 * @param findings   what validation against the data structure found before approval
 * @param changes    cells that differ from the release the hub held before (value before and after)
 * @param delivery   the outbox: attempts, next attempt, last failure, when done
 * @param receipt    the hub's acknowledgement, when SENT
 * @param refusal    the hub's reasons, when REFUSED
 */
public record SubmissionDto(
        String id,
        String period,
        int revision,
        String action,
        String state,
        String preparedBy,
        Instant preparedAt,
        String approvedBy,
        Instant approvedAt,
        int cells,
        List<FindingDto> findings,
        List<ChangeDto> changes,
        DeliveryDto delivery,
        ReceiptDto receipt,
        List<FindingDto> refusal) {

    /**
     * A finding in the caller's language.
     *
     * @param code     a stable code (UNKNOWN_CODE, TOTAL_INCONSISTENT...)
     * @param dataflow the national table concerned
     * @param location the dimension or cell concerned
     * @param message  the explanation
     */
    public record FindingDto(String code, String dataflow, String location, String message) {
        static FindingDto of(Finding finding, Locale locale) {
            return new FindingDto(
                    finding.code(), finding.dataflow(), finding.location(), FindingTexts.text(locale, finding));
        }
    }

    /**
     * A cell that changed since the release the hub held before; null values were withheld or absent.
     *
     * @param dataflow     the national table
     * @param cell         the cell's key, DIMENSION=CODE pairs
     * @param before       the value before
     * @param after        the value now
     * @param difference   after - before, when both are published
     * @param statusBefore OBS_STATUS before
     * @param statusAfter  OBS_STATUS now
     */
    public record ChangeDto(
            String dataflow,
            String cell,
            Long before,
            Long after,
            Long difference,
            String statusBefore,
            String statusAfter) {
        static ChangeDto of(CellChange change) {
            return new ChangeDto(
                    change.dataflow(),
                    change.cell(),
                    change.before(),
                    change.after(),
                    change.difference(),
                    change.statusBefore(),
                    change.statusAfter());
        }
    }

    /**
     * The outbox message of an approved release.
     *
     * @param attempts      attempts made
     * @param nextAttemptAt when the sender tries next (while not done)
     * @param lastFailure   why the last attempt failed (a status or a connection failure)
     * @param doneAt        when the hub answered for good
     */
    public record DeliveryDto(int attempts, Instant nextAttemptAt, String lastFailure, Instant doneAt) {}

    /**
     * The hub's acknowledgement.
     *
     * @param status     the hub's status (RECEIVED, REVISED...)
     * @param receivedAt when the hub received it
     */
    public record ReceiptDto(String status, Instant receivedAt) {}

    /** Without changes: the list's entries. */
    static SubmissionDto summary(Submission s, Locale locale) {
        return of(new NationalReleases.Detail(s, List.of(), java.util.Optional.empty()), locale);
    }

    static SubmissionDto of(NationalReleases.Detail detail, Locale locale) {
        Submission s = detail.release();
        return new SubmissionDto(
                s.getReleaseId(),
                s.getPeriod(),
                s.getRevision(),
                s.getAction().name(),
                s.getState().name(),
                s.getPreparedBy(),
                s.getPreparedAt(),
                s.getApprovedBy(),
                s.getApprovedAt(),
                s.getCellCount(),
                s.findings().stream().map(f -> FindingDto.of(f, locale)).toList(),
                detail.changes().stream().map(ChangeDto::of).toList(),
                detail.delivery()
                        .map(m -> new DeliveryDto(
                                m.getAttempts(),
                                m.isDone() ? null : m.getNextAttemptAt(),
                                m.getLastFailure(),
                                m.getDeliveredAt()))
                        .orElse(null),
                s.reachedHub() ? new ReceiptDto(s.getHubStatus(), s.getReceivedAt()) : null,
                s.refusalReasons().stream().map(f -> FindingDto.of(f, locale)).toList());
    }
}
