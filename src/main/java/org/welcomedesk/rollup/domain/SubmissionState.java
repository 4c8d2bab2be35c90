package org.welcomedesk.rollup.domain;

/** Where a city's release to the national hub stands. */
public enum SubmissionState {
    /** Values, validation and comparison ready; waiting for a second person to approve. */
    PREPARED,
    /** Approved: in the ledger and the outbox, waiting for the sender. */
    APPROVED,
    /** Acknowledged by the hub. */
    SENT,
    /** Refused by the hub, with its findings. */
    REFUSED,
    /** A newer release of the period was prepared or sent instead. */
    SUPERSEDED
}
