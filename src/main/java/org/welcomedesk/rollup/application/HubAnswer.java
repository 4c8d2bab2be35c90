package org.welcomedesk.rollup.application;

import org.welcomedesk.national.domain.Finding;

import java.time.Instant;
import java.util.List;

/** What the hub answered to one delivery attempt. */
public sealed interface HubAnswer {

    /** Stored (201) or already stored (200): the hub's receipt. */
    record Acknowledged(String status, Instant receivedAt) implements HubAnswer {}

    /** Refused for good (a 4xx other than 401 and 429), with the hub's reasons. */
    record Refused(int status, List<Finding> findings) implements HubAnswer {
        public Refused {
            findings = List.copyOf(findings);
        }
    }

    /** Worth trying again later (5xx, 401, 429, no connection): why, without the payload. */
    record TryAgain(String reason) implements HubAnswer {}
}
