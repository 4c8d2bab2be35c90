package org.welcomedesk.registry.duplicates.domain.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fellegi-Sunter probabilities per field and agreement level: m, how often the level occurs when
 * two records are the same person, and u, how often when they are not. Agreement at a level adds
 * log2(m/u) bits to the score ({@link #weight}); a missing value adds nothing. Immutable.
 *
 * <p>The {@link #defaults()} were learned offline with {@link #estimate} (expectation-maximisation,
 * unsupervised: no ground truth is used) from the candidate pairs of the benchmark data sets.
 */
public final class MatchWeights {

    /** Probabilities are kept inside [FLOOR, 1 - FLOOR], so no weight is infinite (at most ~20 bits). */
    static final double FLOOR = 1e-6;

    private static final MatchField[] FIELDS = MatchField.values();
    private static final Agreement[] LEVELS = Agreement.values();

    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final double sexWhenGivenNamesAgree;
    private final double countryWhenNamesAgree;

    /** How often people whose given names agree are of the same sex (see {@link #weight(MatchField, Agreement[])}). */
    static final double SEX_U_WHEN_GIVEN_NAMES_AGREE = 0.95;

    /** How often people whose given and family names agree were born in the same country (see there). */
    static final double COUNTRY_U_WHEN_NAMES_AGREE = 0.55;

    private MatchWeights(double[][] m, double[][] u) {
        this.m = m;
        this.u = u;
        this.sexWhenGivenNamesAgree =
                conditionalWeight(m[MatchField.SEX.ordinal()][Agreement.EXACT.ordinal()], SEX_U_WHEN_GIVEN_NAMES_AGREE);
        this.countryWhenNamesAgree = conditionalWeight(
                m[MatchField.COUNTRY_OF_BIRTH.ordinal()][Agreement.EXACT.ordinal()], COUNTRY_U_WHEN_NAMES_AGREE);
        this.weights = new double[FIELDS.length][LEVELS.length];
        for (MatchField field : FIELDS) {
            for (Agreement level : LEVELS) {
                int f = field.ordinal();
                int l = level.ordinal();
                weights[f][l] = level == Agreement.MISSING || Double.isNaN(m[f][l]) || Double.isNaN(u[f][l])
                        ? 0.0
                        : Math.log(clamp(m[f][l]) / clamp(u[f][l])) / Math.log(2);
            }
        }
    }

    /** No probabilities: every weight 0 until set {@link #with}. */
    public static MatchWeights none() {
        return new MatchWeights(nanTable(), nanTable());
    }

    /**
     * The levels each field can take ({@link Agreement#MISSING} aside); the others never occur.
     */
    public static Set<Agreement> levels(MatchField field) {
        return switch (field) {
            case NAME -> EnumSet.of(Agreement.EXACT, Agreement.SWAPPED);
            case GIVEN_NAMES, FAMILY_NAMES ->
                EnumSet.of(
                        Agreement.EXACT,
                        Agreement.VARIANT_SPELLING,
                        Agreement.TRANSLITERATION,
                        Agreement.TYPO,
                        Agreement.PARTIAL,
                        Agreement.DIFFERENT);
            case BIRTH_DATE ->
                EnumSet.of(
                        Agreement.EXACT,
                        Agreement.DAY_MONTH_SWAPPED,
                        Agreement.PARTIAL,
                        Agreement.WITHIN_ESTIMATE,
                        Agreement.TYPO,
                        Agreement.DIFFERENT);
            case DOCUMENT, PHONE -> EnumSet.of(Agreement.EXACT, Agreement.TYPO, Agreement.DIFFERENT);
            case ADDRESS -> EnumSet.of(Agreement.EXACT, Agreement.TYPO, Agreement.PARTIAL, Agreement.DIFFERENT);
            case SEX, COUNTRY_OF_BIRTH -> EnumSet.of(Agreement.EXACT, Agreement.DIFFERENT);
        };
    }

    /**
     * The weights used by default, learned offline, unsupervised, by
     * {@code mvn -o -Pbenchmark -Dbenchmark=febrl -Dbenchmark.args=--learn-weights} (which prints
     * them as Java): u is each level's frequency among 400,000 random pairs (200,000 of FEBRL
     * dataset2, 200,000 of the cross-script names data set), m is learned by {@link #estimate EM}
     * from the candidate pairs of FEBRL (dataset1, dataset2, 4a × 4b) for the levels seen at least
     * 30 times there, and of the cross-script names data set for the others (transliteration,
     * estimated years, sex, phone, country of birth). The name order is set by hand (see there).
     *
     * <p>u of names comes from data sets with few distinct names; in a registry where a tenth of
     * the men are called Mohammed a shared common name is weaker evidence than these weights
     * say, which the thresholds allow for by asking for a birth date or a document as well.
     */
    public static MatchWeights defaults() {
        return Defaults.WEIGHTS;
    }

    /** These weights with m and u of one field at one level replaced. */
    public MatchWeights with(MatchField field, Agreement level, double m, double u) {
        if (level == Agreement.MISSING) {
            throw new IllegalArgumentException("a missing value has no weight");
        }
        if (!(m > 0 && m <= 1 && u > 0 && u <= 1)) {
            throw new IllegalArgumentException("m and u must be probabilities above 0: " + m + ", " + u);
        }
        double[][] newM = copy(this.m);
        double[][] newU = copy(this.u);
        newM[field.ordinal()][level.ordinal()] = m;
        newU[field.ordinal()][level.ordinal()] = u;
        return new MatchWeights(newM, newU);
    }

    /** The probability of the level among pairs of records of one person (NaN if not set). */
    public double m(MatchField field, Agreement level) {
        return m[field.ordinal()][level.ordinal()];
    }

    /** The probability of the level among pairs of records of different people (NaN if not set). */
    public double u(MatchField field, Agreement level) {
        return u[field.ordinal()][level.ordinal()];
    }

    /**
     * log2(m/u): what agreement at this level adds to the score on its own; 0 for a missing value
     * or an unset level. In a pair, see {@link #weight(MatchField, Agreement[])}.
     */
    public double weight(MatchField field, Agreement level) {
        return weights[field.ordinal()][level.ordinal()];
    }

    /**
     * What one field's agreement adds to the score of a pair whose fields agree as given (indexed
     * by {@link MatchField#ordinal()}): {@link #weight(MatchField, Agreement)}, except where other
     * fields have already said it. Fellegi-Sunter adds fields up as if independent, but a given
     * name mostly tells the sex, a full name mostly tells where its bearer comes from, and people
     * who share a phone mostly share a home: among them the same sex, country of birth or address
     * is the rule, not the one pair in two, in eight or in three hundred of random pairs. So when
     * the given names agree (the same, another spelling or script, a typo) the same sex counts with
     * u = {@value #SEX_U_WHEN_GIVEN_NAMES_AGREE}; when given and family names both agree the same
     * country of birth counts with u = {@value #COUNTRY_U_WHEN_NAMES_AGREE}; when the phone numbers
     * agree the address adds nothing. Set, not learned (the benchmark data sets are too small to
     * sample strangers who share a name or a phone). Counted independently, a namesake born on
     * another day in the same street scored 18 bits, and in a synthetic city of 200,000 people
     * 14,000 pairs of different people were queued for review; a parent and a child of the same
     * name at one address and phone scored 25, likely the same person (docs/benchmarks.md).
     * Disagreement is never discounted.
     */
    public double weight(MatchField field, Agreement[] agreements) {
        double weight = weights[field.ordinal()][agreements[field.ordinal()].ordinal()];
        if (weight <= 0) {
            return weight;
        }
        return switch (field) {
            case SEX ->
                namesAgree(agreements[MatchField.GIVEN_NAMES.ordinal()])
                        ? Math.min(weight, sexWhenGivenNamesAgree)
                        : weight;
            case COUNTRY_OF_BIRTH ->
                namesAgree(agreements[MatchField.GIVEN_NAMES.ordinal()])
                                && namesAgree(agreements[MatchField.FAMILY_NAMES.ordinal()])
                        ? Math.min(weight, countryWhenNamesAgree)
                        : weight;
            case ADDRESS -> phonesAgree(agreements[MatchField.PHONE.ordinal()]) ? 0.0 : weight;
            default -> weight;
        };
    }

    /** The score of agreements indexed by {@link MatchField#ordinal()}. */
    double score(Agreement[] agreements) {
        double score = 0;
        for (MatchField field : FIELDS) {
            score += weight(field, agreements);
        }
        return score;
    }

    /** The same phone number, or one digit off. */
    private static boolean phonesAgree(Agreement phones) {
        return phones == Agreement.EXACT || phones == Agreement.TYPO;
    }

    /** The same name, in another spelling or script, or with a typo. */
    private static boolean namesAgree(Agreement names) {
        return PreparedName.rank(names) >= PreparedName.rank(Agreement.TYPO);
    }

    /** log2(m/u) with the u of people who share a name, never below 0 (agreement is no evidence against). */
    private static double conditionalWeight(double m, double u) {
        return Double.isNaN(m) ? 0.0 : Math.max(0.0, Math.log(clamp(m) / u) / Math.log(2));
    }

    /**
     * Learns m and u by expectation-maximisation (Winkler 1988) from the agreement vectors of
     * candidate pairs ({@link RecordComparison#agreements}), without knowing which pairs match:
     * the pairs are modelled as a mixture of matches and non-matches, fields independent given
     * the class, missing values ignored.
     *
     * <p>With random pairs given, u is their frequency of each level and stays fixed, and EM
     * learns m only (as Splink does): random pairs are nearly all of different people, and u
     * must describe all non-matching pairs, not just those that blocking made candidates, which
     * agree on names by construction (re-estimating u from them makes name agreement look
     * worthless).
     *
     * @param candidatePairs agreement vectors of the pairs blocking produces
     * @param randomPairs    agreement vectors of random pairs (nearly all non-matches), for u;
     *                       if empty, u is learned by EM too
     * @param iterations     EM iterations (it converges within about 50)
     * @return the learned weights; levels never observed keep a small smoothed probability
     */
    public static MatchWeights estimate(
            List<Agreement[]> candidatePairs, List<Agreement[]> randomPairs, int iterations) {
        double[][] m = new double[FIELDS.length][LEVELS.length];
        double[][] u = new double[FIELDS.length][LEVELS.length];
        for (MatchField field : FIELDS) {
            Set<Agreement> levels = levels(field);
            for (Agreement level : levels) {
                // Start: matches mostly agree exactly, non-matches as random pairs do (or mostly differ).
                m[field.ordinal()][level.ordinal()] = level == Agreement.EXACT ? 0.8 : 0.2 / (levels.size() - 1);
                u[field.ordinal()][level.ordinal()] = level == Agreement.DIFFERENT ? 0.8 : 0.2 / (levels.size() - 1);
            }
        }
        if (!randomPairs.isEmpty()) {
            u = frequencies(randomPairs, null, 0.5);
        }
        double p = 0.1;
        double[] g = new double[candidatePairs.size()];
        for (int iteration = 0; iteration < iterations; iteration++) {
            // E: the probability that each pair is a match.
            for (int i = 0; i < g.length; i++) {
                Agreement[] v = candidatePairs.get(i);
                double logMatch = Math.log(p);
                double logNonMatch = Math.log(1 - p);
                for (int f = 0; f < v.length; f++) {
                    if (v[f] != Agreement.MISSING) {
                        logMatch += Math.log(clamp(m[f][v[f].ordinal()]));
                        logNonMatch += Math.log(clamp(u[f][v[f].ordinal()]));
                    }
                }
                g[i] = 1 / (1 + Math.exp(logNonMatch - logMatch));
            }
            // M: probabilities weighted by those.
            m = frequencies(candidatePairs, g, 0.01);
            double[] notG = new double[g.length];
            double sum = 0;
            for (int i = 0; i < g.length; i++) {
                notG[i] = 1 - g[i];
                sum += g[i];
            }
            if (randomPairs.isEmpty()) {
                u = frequencies(candidatePairs, notG, 0.01);
            }
            p = Math.min(1 - FLOOR, Math.max(FLOOR, sum / g.length));
        }
        for (MatchField field : FIELDS) {
            for (Agreement level : LEVELS) {
                if (!levels(field).contains(level)) {
                    m[field.ordinal()][level.ordinal()] = Double.NaN;
                    u[field.ordinal()][level.ordinal()] = Double.NaN;
                }
            }
        }
        monotone(m, u);
        return new MatchWeights(m, u);
    }

    /**
     * Weaker agreement never weighs more than stronger agreement of the same field (a typo in an
     * address more than the same address, say): where the data say so, it is a quirk of the
     * sample, and a clerk could not follow it. m is lowered to the stronger level's m/u ratio.
     */
    private static void monotone(double[][] m, double[][] u) {
        for (MatchField field : FIELDS) {
            int f = field.ordinal();
            for (Agreement level : levels(field)) {
                for (Agreement stronger : STRONGER.getOrDefault(level, List.of())) {
                    int l = level.ordinal();
                    int s = stronger.ordinal();
                    if (levels(field).contains(stronger) && m[f][l] / u[f][l] > m[f][s] / u[f][s]) {
                        m[f][l] = u[f][l] * m[f][s] / u[f][s];
                    }
                }
            }
        }
    }

    /** For each level, the levels that are stronger evidence of the same person. */
    private static final java.util.Map<Agreement, List<Agreement>> STRONGER = java.util.Map.of(
            Agreement.VARIANT_SPELLING, List.of(Agreement.EXACT),
            Agreement.TRANSLITERATION, List.of(Agreement.EXACT),
            Agreement.TYPO, List.of(Agreement.EXACT),
            Agreement.DAY_MONTH_SWAPPED, List.of(Agreement.EXACT),
            Agreement.PARTIAL, List.of(Agreement.EXACT),
            Agreement.WITHIN_ESTIMATE, List.of(Agreement.EXACT),
            Agreement.DIFFERENT, List.of(Agreement.EXACT, Agreement.PARTIAL, Agreement.TYPO));

    /** Smoothed relative frequency of each level per field, pairs weighted (or all 1). */
    private static double[][] frequencies(List<Agreement[]> pairs, double[] pairWeights, double pseudoCount) {
        double[][] counts = new double[FIELDS.length][LEVELS.length];
        for (int i = 0; i < pairs.size(); i++) {
            Agreement[] v = pairs.get(i);
            double w = pairWeights == null ? 1 : pairWeights[i];
            for (int f = 0; f < v.length; f++) {
                if (v[f] != Agreement.MISSING) {
                    counts[f][v[f].ordinal()] += w;
                }
            }
        }
        double[][] result = new double[FIELDS.length][LEVELS.length];
        for (MatchField field : FIELDS) {
            Set<Agreement> levels = levels(field);
            double total = 0;
            for (Agreement level : levels) {
                total += counts[field.ordinal()][level.ordinal()] + pseudoCount;
            }
            for (Agreement level : levels) {
                result[field.ordinal()][level.ordinal()] =
                        clamp((counts[field.ordinal()][level.ordinal()] + pseudoCount) / total);
            }
        }
        return result;
    }

    /** Java source of these weights, to paste into {@link Defaults}. */
    public String toJava() {
        StringBuilder java = new StringBuilder();
        for (MatchField field : FIELDS) {
            for (Agreement level : levels(field)) {
                double mv = m(field, level);
                double uv = u(field, level);
                if (!Double.isNaN(mv) && !Double.isNaN(uv)) {
                    java.append(String.format(
                            Locale.ROOT,
                            "                .with(MatchField.%s, Agreement.%s, %.6g, %.6g)%n",
                            field,
                            level,
                            mv,
                            uv));
                }
            }
        }
        return java.toString();
    }

    /** A table of the weights, for reports. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (MatchField field : FIELDS) {
            text.append(field).append(':');
            for (Agreement level : levels(field)) {
                text.append(String.format(Locale.ROOT, " %s %+.2f", level, weight(field, level)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static double clamp(double probability) {
        return Math.min(1 - FLOOR, Math.max(FLOOR, probability));
    }

    private static double[][] nanTable() {
        double[][] table = new double[FIELDS.length][LEVELS.length];
        for (double[] row : table) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return table;
    }

    private static double[][] copy(double[][] table) {
        double[][] result = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            result[i] = table[i].clone();
        }
        return result;
    }

    /** The learned defaults, built once. */
    private static final class Defaults {
        static final MatchWeights WEIGHTS = MatchWeights.none()
                // Not learned: the name order (SWAPPED) is chosen because the crossed names agree better,
                // so EM would count that agreement a second time. Same order: no evidence; swapped:
                // a little against (half as likely among one person's records as among strangers').
                .with(MatchField.NAME, Agreement.EXACT, 0.95, 0.95)
                .with(MatchField.NAME, Agreement.SWAPPED, 0.05, 0.10)
                // Learned (see the class comment above): `mvn -o -Pbenchmark -Dbenchmark=febrl
                // -Dbenchmark.args=--learn-weights` prints these lines.
                .with(MatchField.GIVEN_NAMES, Agreement.EXACT, 0.690609, 0.00525903)
                .with(MatchField.GIVEN_NAMES, Agreement.VARIANT_SPELLING, 0.144369, 0.00504698)
                .with(MatchField.GIVEN_NAMES, Agreement.TRANSLITERATION, 0.123897, 0.00123524)
                .with(MatchField.GIVEN_NAMES, Agreement.TYPO, 0.0574218, 0.00360608)
                .with(MatchField.GIVEN_NAMES, Agreement.PARTIAL, 0.0545993, 0.00424989)
                .with(MatchField.GIVEN_NAMES, Agreement.DIFFERENT, 0.106871, 0.980603)
                .with(MatchField.FAMILY_NAMES, Agreement.EXACT, 0.701045, 0.00682120)
                .with(MatchField.FAMILY_NAMES, Agreement.VARIANT_SPELLING, 0.162810, 0.00301237)
                .with(MatchField.FAMILY_NAMES, Agreement.TRANSLITERATION, 0.126055, 0.00144224)
                .with(MatchField.FAMILY_NAMES, Agreement.TYPO, 0.0418953, 0.00158406)
                .with(MatchField.FAMILY_NAMES, Agreement.PARTIAL, 0.00522267, 0.000814188)
                .with(MatchField.FAMILY_NAMES, Agreement.DIFFERENT, 0.0916634, 0.986326)
                .with(MatchField.BIRTH_DATE, Agreement.EXACT, 0.765321, 0.000379688)
                .with(MatchField.BIRTH_DATE, Agreement.TYPO, 0.0332088, 0.00222163)
                .with(MatchField.BIRTH_DATE, Agreement.DAY_MONTH_SWAPPED, 0.00469593, 1.44518e-05)
                .with(MatchField.BIRTH_DATE, Agreement.WITHIN_ESTIMATE, 0.0415474, 0.00900871)
                .with(MatchField.BIRTH_DATE, Agreement.PARTIAL, 0.0381904, 0.00133876)
                .with(MatchField.BIRTH_DATE, Agreement.DIFFERENT, 0.199952, 0.987037)
                .with(MatchField.SEX, Agreement.EXACT, 0.931602, 0.498890)
                .with(MatchField.SEX, Agreement.DIFFERENT, 0.0683979, 0.501110)
                .with(MatchField.DOCUMENT, Agreement.EXACT, 0.748771, 0.000249738)
                .with(MatchField.DOCUMENT, Agreement.TYPO, 0.0423759, 2.30850e-05)
                .with(MatchField.DOCUMENT, Agreement.DIFFERENT, 0.208853, 0.999727)
                .with(MatchField.PHONE, Agreement.EXACT, 0.479138, 0.00147833)
                .with(MatchField.PHONE, Agreement.TYPO, 1.12736e-05, 9.66230e-06)
                .with(MatchField.PHONE, Agreement.DIFFERENT, 0.520850, 0.998512)
                .with(MatchField.ADDRESS, Agreement.EXACT, 0.104317, 0.00367516)
                .with(MatchField.ADDRESS, Agreement.TYPO, 0.00368554, 0.000129844)
                .with(MatchField.ADDRESS, Agreement.PARTIAL, 0.158431, 0.0198737)
                .with(MatchField.ADDRESS, Agreement.DIFFERENT, 0.182019, 0.976321)
                .with(MatchField.COUNTRY_OF_BIRTH, Agreement.EXACT, 0.996218, 0.125802)
                .with(MatchField.COUNTRY_OF_BIRTH, Agreement.DIFFERENT, 0.00378208, 0.874198);
    }
}
