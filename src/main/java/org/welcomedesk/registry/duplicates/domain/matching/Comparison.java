package org.welcomedesk.registry.duplicates.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of comparing two records: the score (sum of the evidence weights, in bits), what it
 * means, and the evidence per field in {@link MatchField} order, so a clerk sees why.
 */
public record Comparison(double score, Likelihood likelihood, List<Evidence> evidence) {

    public Comparison {
        Objects.requireNonNull(likelihood, "likelihood");
        evidence = List.copyOf(evidence);
    }

    /**
     * The {@code count} pieces of evidence that weighed most, either way, strongest first:
     * what a reviewer reads first. Fields not recorded on both sides and weights of 0 say nothing.
     */
    public List<Evidence> strongest(int count) {
        return evidence.stream()
                .filter(e -> e.agreement() != Agreement.MISSING && e.weight() != 0)
                .sorted(java.util.Comparator.comparingDouble((Evidence e) -> Math.abs(e.weight()))
                        .reversed())
                .limit(count)
                .toList();
    }

    /** How the given field agreed, or {@link Agreement#MISSING} if it was not compared. */
    public Agreement agreement(MatchField field) {
        for (Evidence e : evidence) {
            if (e.field() == field) {
                return e.agreement();
            }
        }
        return Agreement.MISSING;
    }
}
