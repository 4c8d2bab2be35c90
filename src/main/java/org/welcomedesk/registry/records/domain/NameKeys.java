package org.welcomedesk.registry.records.domain;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search keys for people's names, so that a clerk searching "Mohamed Aly" finds the resident
 * registered as "Muhammad Ali" or "محمد علي" before registering the same person twice.
 *
 * <p>Three layers, from cheap and broad to precise:
 * <ol>
 *   <li>{@link #latin} / {@link #tokens}: any script written as lowercase ASCII Latin words;</li>
 *   <li>{@link #skeletons}: one phonetic key per word, built so that the usual romanisation
 *       variants of a name collide (high recall, used to find candidates);</li>
 *   <li>{@link #similarity}: a 0..1 score that ranks those candidates (and {@link #trigrams}
 *       for typo-tolerant lookup in a database index).</li>
 * </ol>
 * Pure functions: no I/O, no dependence on the default locale, safe to call from any thread.
 */
public final class NameKeys {

    /*
     * ICU builds a transliterator from rule files, which takes milliseconds, so each is built
     * once. Transliterator instances are not documented as thread-safe, and a ThreadLocal in an
     * application server pins ICU objects to pooled threads across redeploys, so one shared
     * instance each is used under a lock: name keys are computed rarely enough for that to be cheap.
     *
     * Cyrillic goes through the BGN/PCGN romanisation first (ж→zh, х→kh, ч→ch, ю→yu, й→y)
     * because ICU's default Cyrillic-Latin is ISO 9 (ž, h, č, û, j), which after Latin-ASCII
     * loses the glides and turns "Сергей" into "sergej", far from the "Sergey"/"Sergei" that
     * passports and clerks write. BGN leaves every other script alone, so the rest of the chain
     * is exactly "Any-Latin; Latin-ASCII; Lower". Ukrainian (recognised by і, ї, є or ґ) uses the
     * Ukrainian table, in which г is h (Hryhoriy, Halyna), as in Ukrainian passports.
     */
    private static final Object LOCK = new Object();
    /** Latin forms of recent non-ASCII names (a pure function, so a memo changes no answer). */
    private static final java.util.Map<String, String> LATIN_MEMO = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LATIN_MEMO_SIZE = 100_000;
    private static final Transliterator TO_LATIN =
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator TO_LATIN_UKRAINIAN =
            Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

    /** Letters found only in Ukrainian (and Belarusian) Cyrillic, not in Russian. */
    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");

    /** "abd" particles that are joined to the following word ("abdel rahman" → one word). */
    private static final Set<String> ABD_PARTICLES =
            Set.of("abd", "abdal", "abdel", "abdul", "abdil", "abdol", "abdoul");

    /**
     * The Arabic article between "abd" and the noun, as romanised: a vowel plus l, or plus the
     * sun letter it assimilates to ("abd ar rahman", "abd as salam").
     */
    private static final Pattern ARTICLE = Pattern.compile("[aeiu](?:l|r|s|sh|d|n|t|th|z)");

    /**
     * "Abd Allah" in all its spellings: abdullah, abdallah, abdulla, abdullahi, abdilahi,
     * abdoulaye, abdallh (from Arabic script). Checked before {@link #ABD_NAME} because there the
     * article and the first l of Allah are indistinguishable.
     */
    private static final Pattern ABD_ALLAH =
            Pattern.compile("abd(?:ou|[aeiou])?l{1,2}(?=[aeiouyh])[aeiouy]*h?[aeiouy]*");

    /** "abd" + optional linking vowel/article + the noun (at least 3 letters, so "abdi" stays). */
    private static final Pattern ABD_NAME = Pattern.compile("abd(?:(?:ou|[aeiou])l?)?([a-z0-9]{3,})");

    /** Score for two words with equal skeletons: a variant spelling, not an identical one. */
    private static final double SKELETON_MATCH = 0.95;

    /** Similarity lost for each word of the longer name that the shorter one lacks. */
    private static final double EXTRA_TOKEN_PENALTY = 0.05;

    /** The most that extra words can take off: a missing middle name is not a different person. */
    private static final double MIN_EXTRA_TOKEN_FACTOR = 0.8;

    private NameKeys() {
    }

    /**
     * The name in lowercase ASCII Latin: letters, digits and single spaces between words.
     * Any script is transliterated with ICU ("Any-Latin; Latin-ASCII; Lower", Cyrillic through
     * BGN/PCGN first, see above); accents are removed; hyphens, apostrophes, dots and other
     * separators become one space ("O'Brien-Smith" → "o brien smith"). Chinese characters give
     * pinyin without tones ("张伟" → "zhang wei"), Arabic a consonantal spelling ("محمد" → "mhmd").
     *
     * @param name a name in any script, may be null
     * @return the Latin form, or "" for null or blank input
     */
    public static String latin(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        if (name.chars().allMatch(c -> c < 128)) {
            return transliterated(name);
        }
        // ICU is the costliest step of a bulk import and names repeat (Mohammed, Fatima, 王):
        // remember recent answers; a full memo simply starts again
        String known = LATIN_MEMO.get(name);
        if (known != null) {
            return known;
        }
        String latin = transliterated(name);
        if (LATIN_MEMO.size() >= LATIN_MEMO_SIZE) {
            LATIN_MEMO.clear();
        }
        LATIN_MEMO.put(name, latin);
        return latin;
    }

    private static String transliterated(String name) {
        String prepared = prepareScripts(name);
        Transliterator transliterator =
                UKRAINIAN_LETTERS.matcher(prepared).find() ? TO_LATIN_UKRAINIAN : TO_LATIN;
        return cleanAscii(transliterateWithHanWords(prepared, transliterator));
    }

    /**
     * The words of {@link #latin}, with the Arabic particles that romanisations split or join
     * differently made into one canonical word:
     * <ul>
     *   <li>"abd" forms ("abd", "abdel", "abdul", "abdal", ...) absorb an optional article
     *       ("al", "el", "ul", "ar", "ur", ...) and the next word; then every spelling of the
     *       compound becomes "abdal" + noun: "Abd al-Rahman", "Abdel Rahman", "Abdulrahman",
     *       "Abdirahman" and "Abdurrahman" all give "abdalrahman", and every spelling of
     *       Abdullah gives "abdallah";</li>
     *   <li>a lone article "al" or "el" is joined to the next word ("Al Hassan" → "alhassan"),
     *       as Arabic script writes it ("الحسن" → "alhsn").</li>
     * </ul>
     *
     * @param name a name in any script, may be null
     * @return the words, in the name's order; empty for null or blank input
     */
    public static List<String> tokens(String name) {
        String latin = latin(name);
        if (latin.isEmpty()) {
            return List.of();
        }
        String[] words = latin.split(" ");
        List<String> tokens = new ArrayList<>(words.length);
        int i = 0;
        while (i < words.length) {
            String word = words[i];
            if (ABD_PARTICLES.contains(word) && i + 1 < words.length) {
                StringBuilder joined = new StringBuilder(word);
                int next = i + 1;
                // The article counts only when a noun follows it: "Abdul Ar" keeps "ar".
                if (ARTICLE.matcher(words[next]).matches() && next + 1 < words.length) {
                    joined.append(words[next]);
                    next++;
                }
                joined.append(words[next]);
                tokens.add(canonicalAbd(joined.toString()));
                i = next + 1;
            } else if ((word.equals("al") || word.equals("el")) && i + 1 < words.length) {
                tokens.add(word + words[i + 1]);
                i += 2;
            } else {
                tokens.add(canonicalAbd(word));
                i++;
            }
        }
        return List.copyOf(tokens);
    }

    /**
     * A phonetic key for one word, such that common romanisations of the same name collide:
     * Mohammed, Muhammad, Mohamed, Mehmet and محمد all give "mhmt". The rules, in order:
     * <ol>
     *   <li>the word is made Latin as by {@link #latin} (spaces removed) and "abd" compounds
     *       are canonicalised as by {@link #tokens};</li>
     *   <li>spellings of one sound become one letter: dsch, dzh, dj → j; tsch, sch, sh, ch → s
     *       (English sh, French ch as in Aicha, Turkish/Czech ş/š after accent removal);
     *       ph → f; th → t; dh → d; kh → h; gh → g; q → k; x → ks; c → s before e, i, y and
     *       k elsewhere. "zh" is left alone: in Arabic script it is z + h (زهرا, Zahra);</li>
     *   <li>y is a vowel. w is a consonant (v) at the start of the word or before a vowel
     *       (Walid, Wei), otherwise a vowel, as in the long u of "ywsf" (يوسف, Yusuf);</li>
     *   <li>vowels are dropped, but a word that starts with a vowel keeps the marker "a"
     *       (Olena, Elena, Yelena → "aln"; Omar, Umar → "amr"), since a leading vowel is
     *       kept by every romanisation while inner vowels are what they disagree on;</li>
     *   <li>repeated letters collapse (Hassan/Hasan), a final h is dropped (Fatimah, Abdullah,
     *       and ة written as h) and a final d becomes t (Mehmet/Mehmed, Ahmet/Ahmed).</li>
     * </ol>
     * Keys are deliberately broad (Maria and Mario share one): use them to find candidates and
     * {@link #similarity} to rank them.
     *
     * @param token one word, ideally from {@link #tokens}; may be null
     * @return the key, or "" when the word has no letters or digits
     */
    public static String skeleton(String token) {
        if (token == null) {
            return "";
        }
        String word = isAsciiWord(token) ? token : latin(token).replace(" ", "");
        if (word.isEmpty()) {
            return "";
        }
        word = canonicalAbd(word);
        String sounds = mapSounds(word);

        StringBuilder key = new StringBuilder(sounds.length());
        int start = 0;
        if (isVowel(sounds.charAt(0))) {
            key.append('a');
            start = 1;
        }
        for (int i = start; i < sounds.length(); i++) {
            char c = sounds.charAt(i);
            if (!isVowel(c) && (key.length() == 0 || key.charAt(key.length() - 1) != c)) {
                key.append(c);
            }
        }
        // A final h is silent or a ta marbuta in every romanisation; keep it if it is all there is.
        if (key.length() > 1 && key.charAt(key.length() - 1) == 'h') {
            key.setLength(key.length() - 1);
        }
        if (key.length() > 1 && key.charAt(key.length() - 1) == 'd') {
            key.setCharAt(key.length() - 1, 't');
            if (key.length() > 1 && key.charAt(key.length() - 2) == 't') {
                key.setLength(key.length() - 1);
            }
        }
        return key.toString();
    }

    /**
     * The {@link #skeleton} of each word of the name, as a set: word order does not matter, so
     * a name entered family-name-first still shares keys with the same name given-name-first.
     *
     * @param name a name in any script, may be null
     * @return the keys in the name's word order, without duplicates; empty for null or blank input
     */
    public static Set<String> skeletons(String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (String token : tokens(name)) {
            String key = skeleton(token);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * The words a name is filed under: the {@link #skeletons}, and for a word with the Arabic
     * article joined to it ("alhsn") the word without it too ("hsn"), since people often drop
     * the article (Al-Hassan, Hassan).
     */
    public static Set<String> wordKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : skeletons(name)) {
            keys.add(key);
            if (key.startsWith("al") && key.length() >= 4) {
                keys.add(key.substring(2));
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * Each two different {@link #wordKeys} of a name, in alphabetical order ("hsn mhmt"): a
     * search for two words of a name finds it with one selective index lookup, whatever the
     * order the words were written in.
     */
    public static Set<String> pairKeys(String name) {
        return pairKeys(wordKeys(name));
    }

    /** {@link #pairKeys(String)} from word keys already computed. */
    public static Set<String> pairKeys(Set<String> wordKeys) {
        List<String> words = new ArrayList<>(wordKeys);
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                String a = words.get(i);
                String b = words.get(j);
                pairs.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
            }
        }
        return Collections.unmodifiableSet(pairs);
    }

    /**
     * Each word key followed by the first two letters of another ("mhmt>hs"): finds a name
     * whose other word has a typo after its first two consonants (Mohammed Hasasn).
     */
    public static Set<String> prefixPairKeys(String name) {
        return prefixPairKeys(wordKeys(name));
    }

    /** {@link #prefixPairKeys(String)} from word keys already computed. */
    public static Set<String> prefixPairKeys(Set<String> wordKeys) {
        List<String> words = new ArrayList<>(wordKeys);
        Set<String> keys = new LinkedHashSet<>();
        for (String a : words) {
            for (String b : words) {
                if (!a.equals(b)) {
                    keys.add(a + ">" + b.substring(0, Math.min(2, b.length())));
                }
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * How alike two names are, from 0 (nothing in common) to 1 (the same words), regardless of
     * word order and script.
     *
     * <p>Each word of the name with fewer words is paired with its best match among the other
     * name's words. A pair scores the Jaro-Winkler similarity of the two Latin words, or 0.95 if
     * that is lower and the words have the same {@link #skeleton} (a known variant spelling).
     * The pair scores are averaged, and the average is multiplied by 1 − 0.05 per word that the
     * longer name has in addition (at least 0.8), so a missing middle name costs a little.
     * When both names have as many words, the score is the lower of the two directions, so that
     * "Ali Ali" does not match "Ali Hassan" perfectly.
     *
     * @param nameA a name in any script, may be null
     * @param nameB a name in any script, may be null
     * @return the similarity, 0 if either name is null or blank
     */
    public static double similarity(String nameA, String nameB) {
        return similarity(tokens(nameA), tokens(nameB));
    }

    /**
     * {@link #similarity(String, String)} of names already split by {@link #tokens}: a search
     * ranking hundreds of candidates transliterates the query once.
     */
    public static double similarity(List<String> a, List<String> b) {
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

    /**
     * Character trigrams of {@link #latin}, for a typo-tolerant database index. Like PostgreSQL's
     * pg_trgm, each word is padded with two spaces in front and one behind, so "Ali" gives
     * "  a", " al", "ali" and "li ".
     *
     * @param name a name in any script, may be null
     * @return the trigrams in order of appearance, without duplicates; empty for null or blank input
     */
    public static Set<String> trigrams(String name) {
        String latin = latin(name);
        if (latin.isEmpty()) {
            return Set.of();
        }
        Set<String> trigrams = new LinkedHashSet<>();
        for (String word : latin.split(" ")) {
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return Collections.unmodifiableSet(trigrams);
    }

    // --- latin() helpers -------------------------------------------------------------------

    /**
     * Rewrites the few letters whose ICU romanisation would mislead the keys:
     * <ul>
     *   <li>Arabic ة (ta marbuta) → ه: ICU writes it "t", romanisations write "a" or "ah"
     *       (فاطمة → fatmh, like Fatimah, not fatmt);</li>
     *   <li>Arabic ع (ayin) → ا: ICU writes a modifier letter ʿ, romanisations a vowel or nothing
     *       (علي → aly, like Ali);</li>
     *   <li>Arabic س, ص, ز directly before ه or ح get an ا between: unvowelled script would
     *       otherwise read as the digraph sh/zh (زهرا → zahra, not zhra; سهيل → sahyl);</li>
     *   <li>Cyrillic soft and hard signs and apostrophes between Cyrillic letters are dropped
     *       (Дарья → darya, not "dar ya"); passports drop them too.</li>
     * </ul>
     */
    private static String prepareScripts(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char next = i + 1 < name.length() ? name.charAt(i + 1) : '\0';
            switch (c) {
                case '\u0629' -> out.append('\u0647');
                case '\u0639' -> out.append('\u0627');
                case '\u0633', '\u0635', '\u0632' -> {
                    out.append(c);
                    if (next == '\u0647' || next == '\u062D') {
                        out.append('\u0627');
                    }
                }
                case '\u044C', '\u042C', '\u044A', '\u042A' -> {
                    // soft/hard sign: dropped
                }
                case '\'', '\u2019', '\u02BC' -> {
                    char previous = i > 0 ? name.charAt(i - 1) : '\0';
                    if (!(isCyrillic(previous) && isCyrillic(next))) {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Transliterates, writing each run of Chinese characters as pinyin words the way the pinyin
     * standard and passports do: the first syllable (the family name) apart, the rest joined
     * (张小明 → "zhang xiaoming", matching "Zhang Xiaoming"). ICU alone gives one word per syllable.
     */
    private static String transliterateWithHanWords(String text, Transliterator transliterator) {
        if (text.codePoints().noneMatch(NameKeys::isHan)) {
            return transliterate(text, transliterator);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean han = isHan(text.codePointAt(i));
            int end = i;
            while (end < text.length() && isHan(text.codePointAt(end)) == han) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = transliterate(text.substring(i, end), transliterator);
            if (han) {
                String[] syllables = run.trim().split("\\s+");
                out.append(' ').append(syllables[0]);
                if (syllables.length > 1) {
                    out.append(' ').append(String.join("", List.of(syllables).subList(1, syllables.length)));
                }
                out.append(' ');
            } else {
                out.append(run);
            }
            i = end;
        }
        return out.toString();
    }

    private static String transliterate(String text, Transliterator transliterator) {
        // ASCII needs no ICU (it would only lower-case it, as cleanAscii does), and most names
        // at a European desk are ASCII: this keeps bulk imports and scans off the lock.
        if (text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        synchronized (LOCK) {
            return transliterator.transliterate(text);
        }
    }

    /**
     * Keeps [a-z0-9]; turns every run of other characters into one space. A few letters that
     * Latin-ASCII leaves alone are folded here: ə → a (Azerbaijani), ɔ → o, ɛ → e (West African
     * alphabets), and the Ethiopic sixth-order vowel ǝ is dropped, being mostly silent in
     * romanisations (ተስፋዬ → tasfaye, like Tesfaye). Modifier letters (ʿ ʾ ʻ ʹ) and combining
     * marks are dropped rather than splitting a word in two.
     */
    private static String cleanAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            char folded = switch (c) {
                case '\u0259', '\u018F' -> 'a';
                case '\u0254', '\u0186' -> 'o';
                case '\u025B', '\u0190' -> 'e';
                default -> c;
            };
            if ((folded >= 'a' && folded <= 'z') || (folded >= '0' && folded <= '9')) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(folded);
            } else if (c == '\u01DD' || c == '\u018E'
                    || Character.getType(c) == Character.MODIFIER_LETTER
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                // dropped without splitting the word
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    // --- tokens() and skeleton() helpers ---------------------------------------------------

    /**
     * One spelling for an "abd" compound word: "abdallah" for Abdullah and its variants,
     * "abdal" + noun for the others (sun-letter doubling removed: abdurrahman → abdalrahman).
     * Idempotent, so {@link #skeleton} can apply it again to a word from {@link #tokens}.
     */
    private static String canonicalAbd(String word) {
        if (!word.startsWith("abd")) {
            return word;
        }
        if (ABD_ALLAH.matcher(word).matches()) {
            return "abdallah";
        }
        Matcher m = ABD_NAME.matcher(word);
        if (!m.matches()) {
            return word;
        }
        String noun = m.group(1);
        if (noun.length() > 3 && noun.charAt(0) == noun.charAt(1) && !isVowel(noun.charAt(0))) {
            noun = noun.substring(1);
        }
        return "abdal" + noun;
    }

    /** Rule 2 and 3 of {@link #skeleton}: one letter per sound, y and inner w as vowels. */
    private static String mapSounds(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        int i = 0;
        while (i < word.length()) {
            if (word.startsWith("dsch", i)) {
                out.append('j');
                i += 4;
            } else if (word.startsWith("tsch", i)) {
                out.append('s');
                i += 4;
            } else if (word.startsWith("sch", i)) {
                out.append('s');
                i += 3;
            } else if (word.startsWith("dzh", i)) {
                out.append('j');
                i += 3;
            } else if (word.startsWith("dj", i)) {
                out.append('j');
                i += 2;
            } else if (word.startsWith("sh", i) || word.startsWith("ch", i)) {
                out.append('s');
                i += 2;
            } else if (word.startsWith("ph", i)) {
                out.append('f');
                i += 2;
            } else if (word.startsWith("th", i)) {
                out.append('t');
                i += 2;
            } else if (word.startsWith("dh", i)) {
                out.append('d');
                i += 2;
            } else if (word.startsWith("kh", i)) {
                out.append('h');
                i += 2;
            } else if (word.startsWith("gh", i)) {
                out.append('g');
                i += 2;
            } else {
                char c = word.charAt(i);
                char next = i + 1 < word.length() ? word.charAt(i + 1) : '\0';
                switch (c) {
                    case 'q' -> out.append('k');
                    case 'x' -> out.append("ks");
                    case 'c' -> out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                    case 'y' -> out.append('i');
                    case 'w' -> out.append(i == 0 || isVowel(next) || next == 'y' ? 'v' : 'u');
                    default -> out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isAsciiWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    // --- similarity() helpers --------------------------------------------------------------

    private static List<String> skeletonsOf(List<String> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            keys.add(skeleton(token));
        }
        return keys;
    }

    /** Average over {@code from}'s words of each word's best pair score against {@code to}. */
    private static double bestPairsAverage(List<String> from, List<String> fromKeys,
                                           List<String> to, List<String> toKeys) {
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
