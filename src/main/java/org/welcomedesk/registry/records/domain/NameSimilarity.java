package org.welcomedesk.registry.records.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two names are, regardless of word order and script: ranks the candidates that
 * {@link NameKeys} found, so that the likeliest match comes first.
 * Pure functions, safe to call from any thread.
 */
public final class NameSimilarity {

    /** Score for two words with equal skeletons: a variant spelling, not an identical one. */
    private static final double SKELETON_MATCH = 0.95;

    /** Similarity lost for each word of the longer name that the shorter one lacks. */
    private static final double EXTRA_TOKEN_PENALTY = 0.05;

    /** The most that extra words can take off: a missing middle name is not a different person. */
    private static final double MIN_EXTRA_TOKEN_FACTOR = 0.8;

    private NameSimilarity() {}

    /**
     * How alike two names are, from 0 (nothing in common) to 1 (the same words), regardless of
     * word order and script.
     *
     * <p>Each word of the name with fewer words is paired with its best match among the other
     * name's words. A pair scores the Jaro-Winkler similarity of the two Latin words, or 0.95 if
     * that is lower and the words have the same {@link NameKeys#skeleton} (a known variant spelling).
     * The pair scores are averaged, and the average is multiplied by 1 − 0.05 per word that the
     * longer name has in addition (at least 0.8), so a missing middle name costs a little.
     * When both names have as many words, the score is the lower of the two directions, so that
     * "Ali Ali" does not match "Ali Hassan" perfectly.
     *
     * @param nameA a name in any script, may be null
     * @param nameB a name in any script, may be null
     * @return the similarity, 0 if either name is null or blank
     */
    public static double score(String nameA, String nameB) {
        return score(NameKeys.tokens(nameA), NameKeys.tokens(nameB));
    }

    /**
     * {@link #score(String, String)} of names already split by {@link NameKeys#tokens}: a search
     * ranking hundreds of candidates transliterates the query once.
     */
    public static double score(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        List<String> keysA = skeletonsOf(a);
        List<String> keysB = skeletonsOf(b);
        double score;
        if (a.size() < b.size()) {
            score = bestPairsAverage(a, keysA, b, keysB);
        } else if (b.size() < a.size()) {
            score = bestPairsAverage(b, keysB, a, keysA);
        } else {
            score = Math.min(bestPairsAverage(a, keysA, b, keysB), bestPairsAverage(b, keysB, a, keysA));
        }
        int extra = Math.abs(a.size() - b.size());
        double factor = Math.max(MIN_EXTRA_TOKEN_FACTOR, 1.0 - EXTRA_TOKEN_PENALTY * extra);
        return Math.min(1.0, Math.max(0.0, score * factor));
    }

    private static List<String> skeletonsOf(List<String> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            keys.add(NameKeys.skeleton(token));
        }
        return keys;
    }

    /** Average over {@code from}'s words of each word's best pair score against {@code to}. */
    private static double bestPairsAverage(
            List<String> from, List<String> fromKeys, List<String> to, List<String> toKeys) {
        double sum = 0.0;
        for (int i = 0; i < from.size(); i++) {
            double best = 0.0;
            for (int j = 0; j < to.size(); j++) {
                double pair = jaroWinkler(from.get(i), to.get(j));
                if (!fromKeys.get(i).isEmpty() && fromKeys.get(i).equals(toKeys.get(j))) {
                    pair = Math.max(pair, SKELETON_MATCH);
                }
                best = Math.max(best, pair);
            }
            sum += best;
        }
        return sum / from.size();
    }

    /**
     * Jaro-Winkler similarity (Winkler 1990): Jaro similarity with the common prefix, up to 4
     * characters, rewarded with scale 0.1. Two empty strings are identical (1), one empty is 0.
     */
    public static double jaroWinkler(String s1, String s2) {
        if (s1.equals(s2)) {
            return 1.0;
        }
        int len1 = s1.length();
        int len2 = s2.length();
        if (len1 == 0 || len2 == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(len1, len2) / 2 - 1);
        boolean[] matched1 = new boolean[len1];
        boolean[] matched2 = new boolean[len2];
        int matches = 0;
        for (int i = 0; i < len1; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(len2 - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matched2[j] && s1.charAt(i) == s2.charAt(j)) {
                    matched1[i] = true;
                    matched2[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int outOfOrder = 0;
        int k = 0;
        for (int i = 0; i < len1; i++) {
            if (matched1[i]) {
                while (!matched2[k]) {
                    k++;
                }
                if (s1.charAt(i) != s2.charAt(k)) {
                    outOfOrder++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / len1 + m / len2 + (m - outOfOrder / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(len1, len2)) && s1.charAt(prefix) == s2.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}
