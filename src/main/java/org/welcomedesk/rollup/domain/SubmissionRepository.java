package org.welcomedesk.rollup.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The city's releases to the hub and the outbox they are delivered from. */
public interface SubmissionRepository {

    void add(Submission submission);

    Optional<Submission> find(String releaseId);

    /** Every release, newest first. */
    List<Submission> all();

    /** The releases of a period, oldest first. */
    List<Submission> ofPeriod(String period);

    /** The periods that have a release the hub acknowledged. */
    List<String> sentPeriods();

    void add(OutboxMessage message);

    Optional<OutboxMessage> outboxOf(String releaseId);

    /** Undelivered messages whose next attempt is due, oldest due first. */
    List<OutboxMessage> due(Instant now);
}
