package org.welcomedesk.registry.duplicates.domain.matching;

import org.welcomedesk.registry.records.domain.NameKeys;
import org.welcomedesk.registry.records.domain.NameSimilarity;

import java.util.List;

/**
 * One name field (given or family names) in the forms it was recorded in - as the person writes
 * it and in the clerk's Latin form - each made Latin, split into words and keyed once, so that
 * comparing two names needs no transliteration.
 */
final class PreparedName {

    static final PreparedName NONE = new PreparedName(new Form[0]);

    /** Word similarity of two words with the same skeleton (as in {@link NameSimilarity#score}). */
    private static final double SKELETON_MATCH = 0.95;

    /** Word similarity of two words with the same loose key (Julia / Yuliya, Maxamed / Mohamed). */
    private static final double LOOSE_MATCH = 0.95;

    /** Jaro-Winkler similarity from which two words count as the same word with a typo. */
    static final double TYPO_MIN = 0.9;

    final Form[] forms;

    private PreparedName(Form[] forms) {
        this.forms = forms;
    }

    static PreparedName of(String asWritten, String latin) {
        Form written = Form.of(asWritten);
        Form latinForm = Form.of(latin);
        if (written == null && latinForm == null) {
            return NONE;
        }
        if (written == null) {
            return new PreparedName(new Form[] {latinForm});
        }
        if (latinForm == null || latinForm.joined.equals(written.joined)) {
            return new PreparedName(new Form[] {written});
        }
        // The clerk's Latin form first: it is the one used for the blocking keys.
        return new PreparedName(new Form[] {latinForm, written});
    }

    boolean isEmpty() {
        return forms.length == 0;
    }

    /** The form used for blocking keys: the clerk's Latin form if there is one. */
    Form primary() {
        return forms[0];
    }

    /**
     * How two names agree: the best agreement over the forms of each, preferring forms in the same
     * script on a tie; agreement found only across scripts is {@link Agreement#TRANSLITERATION}.
     */
    static Agreement compare(PreparedName a, PreparedName b) {
        if (a.forms.length == 0 || b.forms.length == 0) {
            return Agreement.MISSING;
        }
        Agreement best = null;
        int bestRank = -1;
        boolean bestAcrossScripts = true;
        for (Form fa : a.forms) {
            for (Form fb : b.forms) {
                boolean acrossScripts = fa.script != fb.script;
                Agreement agreement = compareForms(fa, fb);
                int rank = rank(agreement);
                if (rank > bestRank || (rank == bestRank && bestAcrossScripts && !acrossScripts)) {
                    best = agreement;
                    bestRank = rank;
                    bestAcrossScripts = acrossScripts;
                }
            }
        }
        if (bestAcrossScripts
                && (best == Agreement.EXACT || best == Agreement.VARIANT_SPELLING || best == Agreement.TYPO)) {
            return Agreement.TRANSLITERATION;
        }
        return best;
    }

    /** Orders name agreements from none (0) to the same words (5). */
    static int rank(Agreement agreement) {
        return switch (agreement) {
            case EXACT -> 5;
            case VARIANT_SPELLING, TRANSLITERATION -> 4;
            case TYPO -> 3;
            case PARTIAL -> 2;
            case DIFFERENT -> 1;
            default -> 0;
        };
    }

    private static Agreement compareForms(Form a, Form b) {
        if (a.joined.equals(b.joined)) {
            return Agreement.EXACT;
        }
        if (a.compact.equals(b.compact)) {
            return Agreement.VARIANT_SPELLING; // "Mary Ann" / "Maryann"
        }
        int n = a.tokens.length;
        int m = b.tokens.length;
        if (n == m) {
            double ab = bestPairs(a, b);
            double ba = bestPairs(b, a);
            double score = Math.min(ab, ba);
            if (score >= SKELETON_MATCH) {
                return Agreement.VARIANT_SPELLING;
            }
            if (score >= TYPO_MIN) {
                return Agreement.TYPO;
            }
            return hasStrongPair(a, b) ? Agreement.PARTIAL : Agreement.DIFFERENT;
        }
        // One has words the other lacks (a middle name): the words they share must agree.
        return hasStrongPair(a, b) ? Agreement.PARTIAL : Agreement.DIFFERENT;
    }

    /** Average over {@code from}'s words of each word's best similarity to a word of {@code to}. */
    private static double bestPairs(Form from, Form to) {
        double sum = 0;
        for (int i = 0; i < from.tokens.length; i++) {
            double best = 0;
            for (int j = 0; j < to.tokens.length && best < 1.0; j++) {
                best = Math.max(best, wordSimilarity(from, i, to, j));
            }
            sum += best;
        }
        return sum / from.tokens.length;
    }

    private static boolean hasStrongPair(Form a, Form b) {
        for (int i = 0; i < a.tokens.length; i++) {
            for (int j = 0; j < b.tokens.length; j++) {
                if (wordSimilarity(a, i, b, j) >= TYPO_MIN) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double wordSimilarity(Form a, int i, Form b, int j) {
        String x = a.tokens[i];
        String y = b.tokens[j];
        if (x.equals(y)) {
            return 1.0;
        }
        if (!a.skeletons[i].isEmpty() && a.skeletons[i].equals(b.skeletons[j])) {
            return SKELETON_MATCH;
        }
        // Always in the same order: the greedy Jaro matching is not guaranteed to be symmetric.
        double jw = x.compareTo(y) < 0 ? NameSimilarity.jaroWinkler(x, y) : NameSimilarity.jaroWinkler(y, x);
        if (jw < SKELETON_MATCH && (somaliAyin(x, y) || somaliAyin(y, x))) {
            return SKELETON_MATCH;
        }
        if (jw < LOOSE_MATCH
                && a.loose[i].equals(b.loose[j])
                && !a.loose[i].isEmpty()
                && Math.min(x.length(), y.length()) > 2) {
            return LOOSE_MATCH;
        }
        return jw;
    }

    /**
     * Somali writes the Arabic ʿayn as c, which other spellings leave out: Cumar / Omar,
     * Cabdi / Abdi, Cismaan / Osman. Whether {@code c} starts with c + vowel and without the c
     * has the skeleton of {@code other}, which starts with a vowel.
     */
    private static boolean somaliAyin(String c, String other) {
        return c.length() > 2
                && c.charAt(0) == 'c'
                && isVowel(c.charAt(1))
                && isVowel(other.charAt(0))
                && NameKeys.skeleton(c.substring(1)).equals(NameKeys.skeleton(other));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * A broader phonetic key than {@link NameKeys#skeleton}, for blocking: it also merges the
     * spellings that differ in consonants of one sound class, as German and English
     * transliterations of Russian do (Julia / Yuliya, Kusnezowa / Kuznetsova) and Somali
     * spelling does (x for the Arabic ḥ: Maxamed / Mohamed, Xasan / Hassan).
     * Steps: x and ks → h (so Aleksandr and Alexander still agree), a final ow or ew → ov, ev
     * (Iwanow / Ivanov), then the skeleton, then
     * z, c → s; ts → s; g, q → k; v, w → f; p → b; d → t; a leading j → the vowel marker
     * (the skeleton's y). Repeated letters collapse.
     */
    static String loose(String word) {
        if (word.isEmpty()) {
            return "";
        }
        String respelled = word.replace("ks", "h").replace('x', 'h');
        if (respelled.length() > 3 && (respelled.endsWith("ow") || respelled.endsWith("ew"))) {
            respelled = respelled.substring(0, respelled.length() - 1) + "v"; // German -ow for Russian -ov
        }
        String skeleton = NameKeys.skeleton(respelled);
        StringBuilder key = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = switch (skeleton.charAt(i)) {
                case 'z', 'c' -> 's';
                case 'g', 'q' -> 'k';
                case 'v', 'w' -> 'f';
                case 'p' -> 'b';
                case 'd' -> 't';
                case 'j' -> i == 0 ? 'a' : 'j';
                default -> skeleton.charAt(i);
            };
            int last = key.length() - 1;
            if (c == 's' && last >= 0 && key.charAt(last) == 't') {
                key.setCharAt(last, 's');
                if (last > 0 && key.charAt(last - 1) == 's') {
                    key.setLength(last);
                }
            } else if (last < 0 || key.charAt(last) != c) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** One way the name is written: its Latin words and their keys. */
    static final class Form {
        final String joined;
        final String compact;
        final String[] tokens;
        final String[] skeletons;
        final String[] loose;
        final Character.UnicodeScript script;

        private Form(String[] tokens, Character.UnicodeScript script) {
            this.tokens = tokens;
            this.joined = String.join(" ", tokens);
            this.compact = String.join("", tokens);
            this.skeletons = new String[tokens.length];
            this.loose = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                skeletons[i] = NameKeys.skeleton(tokens[i]);
                loose[i] = loose(tokens[i]);
            }
            this.script = script;
        }

        static Form of(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            List<String> tokens = NameKeys.tokens(name);
            if (tokens.isEmpty()) {
                return null;
            }
            return new Form(tokens.toArray(new String[0]), scriptOf(name));
        }

        /** The script of the name's first letter that belongs to one (Latin for "O'Brien"). */
        private static Character.UnicodeScript scriptOf(String name) {
            for (int i = 0; i < name.length(); ) {
                int cp = name.codePointAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    return script;
                }
                i += Character.charCount(cp);
            }
            return Character.UnicodeScript.LATIN;
        }
    }
}
