package org.welcomedesk.registry.duplicates.domain.matching;

import java.util.Objects;

/**
 * How one field of two records agreed, and the Fellegi-Sunter weight (log2 of m/u) this added to
 * the score: positive for agreement, negative for disagreement, 0 for a missing value.
 */
public record Evidence(MatchField field, Agreement agreement, double weight) {

    public Evidence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(agreement, "agreement");
    }

    /** Which way it weighs: {@code supports}, {@code against}, or {@code neutral} when it added nothing. */
    public String weighs() {
        return weight > 0 ? "supports" : weight < 0 ? "against" : "neutral";
    }
}
