package org.welcomedesk.rollup.domain;

import java.time.Duration;

/**
 * When the sender tries again after a failed delivery: the first delay, doubled after each
 * failure, never more than the longest. Deterministic, so an operator can tell when the next
 * attempt is from the attempts alone.
 */
public record Backoff(Duration first, Duration longest) {

    /** 2 s, 4 s, 8 s... up to 10 minutes. */
    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff " + first + " to " + longest);
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
