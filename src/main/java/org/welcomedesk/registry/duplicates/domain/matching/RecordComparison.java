package org.welcomedesk.registry.duplicates.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two people field by field and adds up the Fellegi-Sunter weights of how each field
 * agrees ({@link MatchWeights}) into a score, which {@link MatchThresholds} turns into a
 * {@link Likelihood}. Immutable, thread-safe and symmetric: compare(a, b) and compare(b, a) give
 * the same result.
 *
 * <p>How fields agree ({@link #agreements}) does not depend on the weights, so the weights can be
 * learned from the agreements of candidate pairs ({@link MatchWeights#estimate}).
 */
public final class RecordComparison {

    /** Phone numbers with fewer digits are treated as missing. */
    static final int MIN_PHONE_DIGITS = 6;

    /** Phone numbers are compared on their last digits, so +49 151 ... and 0151 ... agree. */
    private static final int PHONE_DIGITS_COMPARED = 9;

    /** Share of address words (soft Dice) from which an address counts as the same with a typo. */
    private static final double ADDRESS_TYPO_MIN = 0.8;

    /** Share of address words from which the address partly agrees (same street, other suburb). */
    private static final double ADDRESS_PARTIAL_MIN = 0.5;

    /** How many years an estimated birth year may be off. */
    private static final int ESTIMATE_YEARS = 2;

    private static final MatchField[] FIELDS = MatchField.values();

    private final MatchWeights weights;
    private final MatchThresholds thresholds;

    public RecordComparison(MatchWeights weights, MatchThresholds thresholds) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** With the default weights and thresholds. */
    public static RecordComparison defaults() {
        return new RecordComparison(MatchWeights.defaults(), MatchThresholds.defaults());
    }

    public MatchWeights weights() {
        return weights;
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    /**
     * Compares two profiles. Prepares both first (from a small cache of recently prepared
     * profiles, see {@link MatchProfile#prepared()}); for scans prefer the prepared overload.
     */
    public Comparison compare(MatchProfile a, MatchProfile b) {
        return compare(a.prepared(), b.prepared());
    }

    /** Compares two prepared profiles: the score, its likelihood and the evidence per field. */
    public Comparison compare(PreparedProfile a, PreparedProfile b) {
        Agreement[] agreements = agreements(a, b);
        List<Evidence> evidence = new ArrayList<>(FIELDS.length);
        double score = 0;
        for (MatchField field : FIELDS) {
            Agreement agreement = agreements[field.ordinal()];
            double weight = weights.weight(field, agreements);
            score += weight;
            evidence.add(new Evidence(field, agreement, weight));
        }
        return new Comparison(score, thresholds.classify(score), evidence);
    }

    /** The score alone, without the evidence: for scanning many pairs. */
    public double score(PreparedProfile a, PreparedProfile b) {
        return weights.score(agreements(a, b));
    }

    /** The likelihood alone, without the evidence: for scanning many pairs. */
    public Likelihood classify(PreparedProfile a, PreparedProfile b) {
        return thresholds.classify(score(a, b));
    }

    /**
     * How each field of two profiles agrees, indexed by {@link MatchField#ordinal()}. Names are
     * compared as entered and crosswise (given with family); crosswise counts, and
     * {@link MatchField#NAME} is {@link Agreement#SWAPPED}, when it agrees better.
     */
    public static Agreement[] agreements(PreparedProfile a, PreparedProfile b) {
        Agreement[] result = new Agreement[FIELDS.length];
        compareNames(a, b, result);
        result[MatchField.BIRTH_DATE.ordinal()] = compareBirthDates(a, b);
        result[MatchField.SEX.ordinal()] = a.sex == null || b.sex == null
                ? Agreement.MISSING
                : a.sex == b.sex ? Agreement.EXACT : Agreement.DIFFERENT;
        result[MatchField.DOCUMENT.ordinal()] = compareDocuments(a.documents, b.documents);
        result[MatchField.PHONE.ordinal()] = comparePhones(a.phone, b.phone);
        result[MatchField.ADDRESS.ordinal()] = compareAddresses(a, b);
        result[MatchField.COUNTRY_OF_BIRTH.ordinal()] = a.country == null || b.country == null
                ? Agreement.MISSING
                : a.country.equals(b.country) ? Agreement.EXACT : Agreement.DIFFERENT;
        return result;
    }

    private static void compareNames(PreparedProfile a, PreparedProfile b, Agreement[] result) {
        Agreement given = PreparedName.compare(a.given, b.given);
        Agreement family = PreparedName.compare(a.family, b.family);
        Agreement order = (a.given.isEmpty() && a.family.isEmpty()) || (b.given.isEmpty() && b.family.isEmpty())
                ? Agreement.MISSING
                : Agreement.EXACT;
        int straight = PreparedName.rank(given) + PreparedName.rank(family);
        if (order != Agreement.MISSING && straight < 2 * PreparedName.rank(Agreement.EXACT)) {
            Agreement givenCrossed = PreparedName.compare(a.given, b.family);
            Agreement familyCrossed = PreparedName.compare(a.family, b.given);
            if (PreparedName.rank(givenCrossed) + PreparedName.rank(familyCrossed) > straight) {
                given = givenCrossed;
                family = familyCrossed;
                order = Agreement.SWAPPED;
            }
        }
        result[MatchField.NAME.ordinal()] = order;
        result[MatchField.GIVEN_NAMES.ordinal()] = given;
        result[MatchField.FAMILY_NAMES.ordinal()] = family;
    }

    /**
     * Birth dates: the same date; day and month swapped; the parts both know agree (a year only);
     * years within {@value #ESTIMATE_YEARS} where one is estimated; in two full dates, one digit
     * wrong or two neighbouring digits swapped (19850312 / 19850313, 1985 / 1958); otherwise different.
     */
    static Agreement compareBirthDates(PreparedProfile a, PreparedProfile b) {
        if (a.year == 0 || b.year == 0) {
            return Agreement.MISSING;
        }
        boolean bothFull = a.day > 0 && b.day > 0;
        if (bothFull) {
            if (a.year == b.year && a.month == b.month && a.day == b.day) {
                return Agreement.EXACT;
            }
            if (a.year == b.year && a.month == b.day && a.day == b.month) {
                return Agreement.DAY_MONTH_SWAPPED;
            }
        } else {
            boolean monthsAgree = a.month == 0 || b.month == 0 || a.month == b.month;
            if (a.year == b.year && monthsAgree) {
                return Agreement.PARTIAL;
            }
        }
        if ((a.estimated || b.estimated) && Math.abs(a.year - b.year) <= ESTIMATE_YEARS) {
            return Agreement.WITHIN_ESTIMATE;
        }
        // A typo only in full dates: a year alone one digit off is too common among strangers to count.
        return bothFull && withinOneEdit(dateDigits(a), dateDigits(b)) ? Agreement.TYPO : Agreement.DIFFERENT;
    }

    private static String dateDigits(PreparedProfile p) {
        return String.valueOf(p.year * 10_000 + p.month * 100 + p.day);
    }

    /**
     * Documents: a shared number is strong evidence; a number one character off (a typo) is
     * nearly as strong; different numbers count against only when both have a number.
     */
    static Agreement compareDocuments(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return Agreement.MISSING;
        }
        boolean typo = false;
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return Agreement.EXACT;
                }
                typo |= Math.min(x.length(), y.length()) >= 5 && withinOneEdit(x, y);
            }
        }
        return typo ? Agreement.TYPO : Agreement.DIFFERENT;
    }

    static Agreement comparePhones(String a, String b) {
        if (a == null || b == null) {
            return Agreement.MISSING;
        }
        String x = a.substring(Math.max(0, a.length() - PHONE_DIGITS_COMPARED));
        String y = b.substring(Math.max(0, b.length() - PHONE_DIGITS_COMPARED));
        if (x.equals(y) || (x.length() != y.length() && (x.endsWith(y) || y.endsWith(x)))) {
            return Agreement.EXACT;
        }
        return withinOneEdit(x, y) ? Agreement.TYPO : Agreement.DIFFERENT;
    }

    /**
     * Addresses as bags of words: the share of words (soft Dice: each word found in the other
     * address, exactly or one character off) decides between exact, typo, partial and different.
     */
    static Agreement compareAddresses(PreparedProfile a, PreparedProfile b) {
        if (a.addressWords.length == 0 || b.addressWords.length == 0) {
            return Agreement.MISSING;
        }
        if (a.address.equals(b.address)) {
            return Agreement.EXACT;
        }
        int found = foundIn(a.addressWords, b.addressWords) + foundIn(b.addressWords, a.addressWords);
        double share = (double) found / (a.addressWords.length + b.addressWords.length);
        if (share >= ADDRESS_TYPO_MIN) {
            return Agreement.TYPO;
        }
        return share >= ADDRESS_PARTIAL_MIN ? Agreement.PARTIAL : Agreement.DIFFERENT;
    }

    private static int foundIn(String[] words, String[] in) {
        int found = 0;
        for (String w : words) {
            for (String v : in) {
                if (w.equals(v) || (Math.min(w.length(), v.length()) >= 4 && withinOneEdit(w, v))) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Whether two strings differ by at most one substitution, insertion, deletion or swap of two
     * neighbouring characters (Damerau-Levenshtein distance ≤ 1), in linear time.
     */
    static boolean withinOneEdit(String x, String y) {
        int lx = x.length();
        int ly = y.length();
        if (Math.abs(lx - ly) > 1) {
            return false;
        }
        int i = 0;
        while (i < lx && i < ly && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (i == lx && i == ly) {
            return true;
        }
        if (lx == ly) {
            // substitution at i, or transposition of i and i+1
            if (x.regionMatches(i + 1, y, i + 1, lx - i - 1)) {
                return true;
            }
            return i + 1 < lx
                    && x.charAt(i) == y.charAt(i + 1)
                    && x.charAt(i + 1) == y.charAt(i)
                    && x.regionMatches(i + 2, y, i + 2, lx - i - 2);
        }
        return lx > ly ? x.regionMatches(i + 1, y, i, ly - i) : y.regionMatches(i + 1, x, i, lx - i);
    }
}
