package org.welcomedesk.rollup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.national.application.SdmxCsv;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.rollup.domain.CellChange;
import org.welcomedesk.rollup.domain.OutboxMessage;
import org.welcomedesk.rollup.domain.PeriodReleases;
import org.welcomedesk.rollup.domain.ReleaseApproved;
import org.welcomedesk.rollup.domain.ReleaseCells;
import org.welcomedesk.rollup.domain.Submission;
import org.welcomedesk.rollup.domain.SubmissionRepository;
import org.welcomedesk.statistics.application.ReleaseLedger;
import org.welcomedesk.statistics.domain.Period;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The city's releases to the national hub: a planner prepares the release of a period (values,
 * validation findings, comparison with what the hub holds), a second person approves it (four
 * eyes) and it goes to the statistics ledger and the outbox in one transaction; revisions are
 * prepared when the values of a sent period change.
 */
@ApplicationScoped
public class NationalReleases {

    /** Who prepares the revisions found after the nightly confirmation. */
    public static final String SYSTEM = "system";

    @Inject
    SubmissionRepository submissions;

    @Inject
    NationalTables tables;

    @Inject
    ReleaseLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ReleaseApproved> approved;

    Clock clock = Clock.systemUTC();

    /** A release with what is known about it: the cells that changed since what the hub holds, and the outbox. */
    public record Detail(Submission release, List<CellChange> changes, Optional<OutboxMessage> delivery) {}

    /**
     * Prepares the release of a period (a year or a quarter) by the signed-in planner.
     *
     * @throws RuleViolation naming the period when it is not a year or a quarter, or while a
     *                       release of the period waits in the outbox
     */
    @Transactional
    public Submission prepare(String period) {
        return prepare(period, audit.actor());
    }

    private Submission prepare(String period, String preparedBy) {
        Period checked = checkedPeriod(period);
        PeriodReleases history = new PeriodReleases(checked.code(), submissions.ofPeriod(checked.code()));
        history.checkCanPrepare();
        Instant now = Instant.now(clock);
        NationalRelease release = tables.release(
                UUID.randomUUID().toString(), checked, history.nextAction(), history.nextRevision(), now);
        List<Finding> findings = tables.structure().validate(release, LocalDate.ofInstant(now, ZoneOffset.UTC));
        history.replacedByNewPreparation().forEach(Submission::supersede);
        Submission submission = Submission.prepared(release, preparedBy, findings);
        submissions.add(submission);
        return submission;
    }

    /**
     * Approves a release by the signed-in approver: in this one transaction the statistics
     * ledger's entry for the national authority and the outbox message; the sender is told
     * once it commits.
     *
     * @throws org.welcomedesk.rollup.domain.OwnApproval when the approver prepared it
     */
    @Transactional
    public Submission approve(String releaseId) {
        Submission submission = find(releaseId);
        Instant now = Instant.now(clock);
        submission.approve(audit.actor(), now);
        NationalRelease message = submission.message();
        String payload = SdmxCsv.write(message);
        ledger.recordNational(ledgerDefinition(message), payload);
        submissions.add(new OutboxMessage(releaseId, SdmxCsv.MEDIA_TYPE, payload, now));
        approved.fire(new ReleaseApproved(releaseId));
        return submission;
    }

    /**
     * Prepares a revision of every period the hub holds whose values changed since (provisional
     * counts confirmed, corrections), unless one is in the outbox. Returns those prepared.
     */
    @Transactional
    public List<Submission> prepareRevisions() {
        List<Submission> prepared = new ArrayList<>();
        for (String period : submissions.sentPeriods()) {
            PeriodReleases history = new PeriodReleases(period, submissions.ofPeriod(period));
            if (history.revisionDue(ReleaseCells.of(tables.observations(Period.parse(period, "period"))))) {
                prepared.add(prepare(period, SYSTEM));
            }
        }
        return prepared;
    }

    /** Every release, newest first. */
    @Transactional
    public List<Submission> all() {
        return submissions.all();
    }

    /** A release, its changes since the release the hub held before it, and its delivery. */
    @Transactional
    public Detail detail(String releaseId) {
        Submission release = find(releaseId);
        Optional<Submission> before = submissions.ofPeriod(release.getPeriod()).stream()
                .filter(s -> s.reachedHub() && s.getRevision() < release.getRevision())
                .max(Comparator.comparingInt(Submission::getRevision));
        List<CellChange> changes = before.map(b -> release.releaseCells().changesSince(b.releaseCells()))
                .orElse(List.of());
        return new Detail(release, changes, submissions.outboxOf(releaseId));
    }

    private Submission find(String releaseId) {
        return submissions.find(releaseId).orElseThrow(() -> new NotFound("release " + releaseId));
    }

    private static Period checkedPeriod(String period) {
        if (period == null || period.isBlank()) {
            throw new RuleViolation("period", "validation.required");
        }
        Period parsed = Period.parse(period.strip(), "period");
        if (parsed.frequency() != Period.Frequency.A && parsed.frequency() != Period.Frequency.Q) {
            throw new RuleViolation("period", "rollup.prepare.period", period.strip());
        }
        return parsed;
    }

    // the canonical words the ledger keeps for a national release (no personal data)
    private static String ledgerDefinition(NationalRelease release) {
        return "NATIONAL;structure=WD:DSD_MIGR(" + release.structureVersion() + ");area=" + release.cityCode()
                + ";period=" + release.period() + ";action=" + release.action() + ";revision=" + release.revision()
                + ";protection=" + release.protection() + ";release=" + release.releaseId();
    }
}
