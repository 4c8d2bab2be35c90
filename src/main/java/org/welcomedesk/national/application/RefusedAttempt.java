package org.welcomedesk.national.application;

import java.time.Instant;
import java.util.List;

/**
 * A release the hub refused, kept for the submissions page: who tried, what, why. Never the
 * message itself.
 *
 * @param city      the sending city (the token's city claim)
 * @param releaseId the id the city used
 * @param period    the period, when the message could be read
 * @param status    the HTTP status answered (403, 409, 422)
 * @param codes     the findings' codes
 * @param at        when
 */
public record RefusedAttempt(String city, String releaseId, String period, int status, List<String> codes, Instant at) {

    public RefusedAttempt {
        codes = List.copyOf(codes);
    }
}
