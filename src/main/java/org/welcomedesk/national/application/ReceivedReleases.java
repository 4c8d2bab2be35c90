package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.NationalRelease;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The hub's store of the releases it received (one copy per release id) and of refused attempts. */
public interface ReceivedReleases {

    /** The receipt of a stored release. */
    Optional<Receipt> receipt(String releaseId);

    /** The newest revision stored for a city's period. */
    OptionalInt newestRevision(String city, String period);

    /** Stores a release that passed every check; its receipt. */
    Receipt store(NationalRelease release, String status, java.time.Instant receivedAt);

    /** Keeps a refused attempt for the submissions page. */
    void refused(RefusedAttempt attempt);

    /** Each city's newest revision of a period, observations and all. */
    List<NationalRelease> latest(String period);

    /** The receipt of each city's newest revision of every period. */
    List<Receipt> latestReceipts();

    /** Every refused attempt, oldest first. */
    List<RefusedAttempt> refusals();
}
