package org.welcomedesk.rollup.domain;

import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.platform.error.RuleViolation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The releases of one period, oldest first, and the rules for the next: its revision and action
 * (the first the hub receives appends, later ones replace with revision + 1), what it is compared
 * with (the last the hub received), and what it supersedes.
 */
public record PeriodReleases(String period, List<Submission> releases) {

    public PeriodReleases {
        releases = List.copyOf(releases);
    }

    /** The last release the hub acknowledged, the one a new release is compared with. */
    public Optional<Submission> lastSent() {
        return releases.stream().filter(Submission::reachedHub).max(Comparator.comparingInt(Submission::getRevision));
    }

    /**
     * The revision of the next release: 0 until the hub holds one, then one more than the
     * newest it holds.
     */
    public int nextRevision() {
        return lastSent().map(s -> s.getRevision() + 1).orElse(0);
    }

    public SdmxAction nextAction() {
        return lastSent().isPresent() ? SdmxAction.R : SdmxAction.A;
    }

    /**
     * May a new release of the period be prepared? Not while one is in the outbox: the hub
     * would get two revisions out of order.
     */
    public void checkCanPrepare() {
        if (releases.stream().anyMatch(s -> s.getState() == SubmissionState.APPROVED)) {
            throw new RuleViolation("period", "rollup.prepare.inOutbox", period);
        }
    }

    /** What a newly prepared release replaces: those waiting for approval and those refused. */
    public List<Submission> replacedByNewPreparation() {
        return releases.stream()
                .filter(s -> s.getState() == SubmissionState.PREPARED || s.getState() == SubmissionState.REFUSED)
                .toList();
    }

    /** What a release the hub just acknowledged replaces: the releases it held before. */
    public List<Submission> replacedBySent(Submission sent) {
        return releases.stream()
                .filter(s -> s != sent && s.getState() == SubmissionState.SENT && s.getRevision() < sent.getRevision())
                .toList();
    }

    /**
     * Whether the values now differ from what the hub holds (or from the revision already
     * waiting for approval) while none is in the outbox: then a revision is due.
     */
    public boolean revisionDue(ReleaseCells now) {
        Optional<Submission> sent = lastSent();
        if (sent.isEmpty() || releases.stream().anyMatch(s -> s.getState() == SubmissionState.APPROVED)) {
            return false;
        }
        ReleaseCells reference = releases.stream()
                .filter(s -> s.getState() == SubmissionState.PREPARED)
                .reduce((first, second) -> second)
                .orElse(sent.get())
                .releaseCells();
        return !now.changesSince(reference).isEmpty();
    }
}
