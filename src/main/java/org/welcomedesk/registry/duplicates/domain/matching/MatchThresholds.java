package org.welcomedesk.registry.duplicates.domain.matching;

import org.welcomedesk.platform.error.RuleViolation;

/**
 * The scores (sums of Fellegi-Sunter weights, in bits) from which two records are a
 * {@link Likelihood#LIKELY} or a {@link Likelihood#POSSIBLE} duplicate.
 *
 * <p>Both lie between {@value #LOWEST} and {@value #HIGHEST} bits, the likely one above the
 * possible one. Below 0 the evidence speaks against the pair being one person, so a lower
 * threshold would queue strangers; with the default weights a pair agreeing in every field
 * scores about 46 bits (no single field weighs more than about 20, see
 * {@link MatchWeights#FLOOR}), so a threshold above {@value #HIGHEST} would almost never be
 * reached and would silence the check.
 */
public record MatchThresholds(double likely, double possible) {

    /** The lowest threshold, in bits: no evidence either way. */
    public static final double LOWEST = 0;

    /** The highest threshold, in bits: still reached by records that agree in nearly every field. */
    public static final double HIGHEST = 40;

    /**
     * @throws RuleViolation naming {@code likely} or {@code possible}: not a number, out of
     *                       range, or the likely threshold not above the possible one
     */
    public MatchThresholds {
        inRange(likely, "likely");
        inRange(possible, "possible");
        if (likely <= possible) {
            throw new RuleViolation("likely", "match.thresholds.order");
        }
    }

    /** Thresholds as an administrator typed them; a missing one is named. */
    public static MatchThresholds of(Double likely, Double possible) {
        if (likely == null) {
            throw new RuleViolation("likely", "validation.required");
        }
        if (possible == null) {
            throw new RuleViolation("possible", "validation.required");
        }
        return new MatchThresholds(likely, possible);
    }

    private static void inRange(double threshold, String field) {
        // NaN fails both comparisons; infinities fail one
        if (!(threshold >= LOWEST && threshold <= HIGHEST)) {
            throw new RuleViolation(field, "match.thresholds.range", format(LOWEST), format(HIGHEST));
        }
    }

    private static String format(double bits) {
        return String.valueOf((long) bits);
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

    /** Whether {@code likely} and {@code possible} would make valid thresholds. */
    public static boolean valid(double likely, double possible) {
        try {
            new MatchThresholds(likely, possible);
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }

    public Likelihood classify(double score) {
        if (score >= likely) {
            return Likelihood.LIKELY;
        }
        return score >= possible ? Likelihood.POSSIBLE : Likelihood.UNLIKELY;
    }
}
