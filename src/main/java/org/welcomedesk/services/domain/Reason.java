package org.welcomedesk.services.domain;

import java.util.List;

/**
 * One readable reason behind a match or a refusal: a message key of the interface bundles and
 * its arguments (codes the page translates, numbers), and whether it speaks for the service.
 *
 * @param kind      what the reason is about, e.g. ELIGIBILITY, LANGUAGE, DISTANCE
 * @param favourable true when it counts for the service, false when against it
 */
public record Reason(Kind kind, boolean favourable, String messageKey, List<Object> arguments) {

    /** What a reason speaks about. */
    public enum Kind {
        NEED,
        ELIGIBILITY,
        LANGUAGE,
        DISTANCE,
        HOURS,
        CAPACITY,
        SKILLS
    }

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(Kind kind, boolean favourable, String messageKey, Object... arguments) {
        return new Reason(kind, favourable, messageKey, List.of(arguments));
    }
}
