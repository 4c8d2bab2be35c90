package org.welcomedesk.rollup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.rollup.domain.Backoff;
import org.welcomedesk.rollup.domain.OutboxMessage;
import org.welcomedesk.rollup.domain.PeriodReleases;
import org.welcomedesk.rollup.domain.Submission;
import org.welcomedesk.rollup.domain.SubmissionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's transactions, each short and apart from the network call: what is due, and the
 * hub's answer recorded on the message and its release.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    SubmissionRepository submissions;

    Clock clock = Clock.systemUTC();

    Backoff backoff = Backoff.STANDARD;

    /** The messages due now, detached: what the sender delivers next. */
    @Transactional
    public List<OutboxMessage> due() {
        return submissions.due(Instant.now(clock));
    }

    /** Records what the hub answered to the delivery of a release. */
    @Transactional
    public void record(String releaseId, HubAnswer answer) {
        OutboxMessage message = submissions.outboxOf(releaseId).orElseThrow();
        if (message.isDone()) {
            return; // another delivery of the same message got there first
        }
        Instant now = Instant.now(clock);
        Submission submission = submissions.find(releaseId).orElseThrow();
        if (answer instanceof HubAnswer.Acknowledged receipt) {
            message.done(now);
            submission.acknowledged(receipt.receivedAt() == null ? now : receipt.receivedAt(), receipt.status());
            new PeriodReleases(submission.getPeriod(), submissions.ofPeriod(submission.getPeriod()))
                    .replacedBySent(submission)
                    .forEach(Submission::supersede);
        } else if (answer instanceof HubAnswer.Refused refusal) {
            message.done(now);
            submission.refused(refusal.findings());
        } else if (answer instanceof HubAnswer.TryAgain failure) {
            message.failed(now, failure.reason(), backoff);
        }
    }
}
