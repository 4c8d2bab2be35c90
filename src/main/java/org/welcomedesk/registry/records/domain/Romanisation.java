package org.welcomedesk.registry.records.domain;

import com.ibm.icu.text.Transliterator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A name in any script written in lowercase ASCII Latin words, the common ground on which
 * {@link NameKeys} and {@link NameSimilarity} compare "محمد", "Мухаммед" and "Mohammed".
 * A pure function: no I/O, no dependence on the default locale, safe to call from any thread.
 */
public final class Romanisation {

    /*
     * ICU builds a transliterator from rule files, which takes milliseconds, so each is built
     * once. Transliterator instances are not documented as thread-safe, and a ThreadLocal in an
     * application server pins ICU objects to pooled threads across redeploys, so one shared
     * instance each is used under a lock: names are romanised rarely enough for that to be cheap.
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
    private static final Map<String, String> LATIN_MEMO = new ConcurrentHashMap<>();

    private static final int LATIN_MEMO_SIZE = 100_000;
    private static final Transliterator TO_LATIN =
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator TO_LATIN_UKRAINIAN =
            Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

    /** Letters found only in Ukrainian (and Belarusian) Cyrillic, not in Russian. */
    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");

    private Romanisation() {}

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
        Transliterator transliterator = UKRAINIAN_LETTERS.matcher(prepared).find() ? TO_LATIN_UKRAINIAN : TO_LATIN;
        return cleanAscii(transliterateWithHanWords(prepared, transliterator));
    }

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
        if (text.codePoints().noneMatch(Romanisation::isHan)) {
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
            } else if (c == '\u01DD'
                    || c == '\u018E'
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
}
