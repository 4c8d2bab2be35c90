package org.welcomedesk.registry.domain.matching;

/**
 * The scores (sums of Fellegi-Sunter weights, in bits) from which two records are a
 * {@link Likelihood#LIKELY} or a {@link Likelihood#POSSIBLE} duplicate.
 */
public record MatchThresholds(double likely, double possible) {

    public MatchThresholds {
        if (!Double.isFinite(likely) || !Double.isFinite(possible)) {
            throw new IllegalArgumentException("thresholds must be finite numbers");
        }
        if (likely <= possible) {
            throw new IllegalArgumentException("the likely threshold (" + likely
                    + ") must be above the possible threshold (" + possible + ")");
        }
    }

    /**
     * LIKELY from 22 bits, POSSIBLE from 16. The score is the log2 likelihood ratio of the pair
     * being one person (Fellegi-Sunter); the odds that it is add the prior log-odds. Of two people
     * drawn at random from a registry of about a million, about one pair in a million (2^-20) is
     * one person, so a score of 22 leaves odds of about 4:1 for (LIKELY: merge after a look), and
     * 16 about 1:16 (POSSIBLE: worth a clerk's look). In the default weights, 22 takes agreeing
     * names and an agreeing birth date (or a document number), not a common name alone: names
     * alike and the birth date different stay below it even with the same address.
     */
    public static MatchThresholds defaults() {
        return new MatchThresholds(22.0, 16.0);
    }

    public Likelihood classify(double score) {
        if (score >= likely) {
            return Likelihood.LIKELY;
        }
        return score >= possible ? Likelihood.POSSIBLE : Likelihood.UNLIKELY;
    }
}
