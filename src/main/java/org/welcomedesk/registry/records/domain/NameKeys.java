package org.welcomedesk.registry.records.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search and blocking keys of a name, so that a clerk searching "Mohamed Aly" finds the
 * resident registered as "Muhammad Ali" or "محمد علي" before registering the same person twice.
 *
 * <p>From the {@link Romanisation} of a name: its {@link #tokens words} with the Arabic
 * particles joined, one phonetic {@link #skeleton} per word built so that the usual
 * romanisation variants of a name collide (high recall, used to find candidates), and the
 * word, pair and prefix-pair keys a person is filed under in {@code person_name_key}.
 * {@link NameSimilarity} then ranks the candidates. The keys are stored with each person, so
 * a change to any rule here changes which existing records a search finds (NameKeysTest pins them).
 * Pure functions: no I/O, no dependence on the default locale, safe to call from any thread.
 */
public final class NameKeys {

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

    private NameKeys() {}

    /**
     * The words of the name's {@link Romanisation#latin Latin form}, with the Arabic particles
     * that romanisations split or join differently made into one canonical word:
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
        String latin = Romanisation.latin(name);
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
     *   <li>the word is made Latin as by {@link Romanisation#latin} (spaces removed) and "abd" compounds
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
     * {@link NameSimilarity#score} to rank them.
     *
     * @param token one word, ideally from {@link #tokens}; may be null
     * @return the key, or "" when the word has no letters or digits
     */
    public static String skeleton(String token) {
        if (token == null) {
            return "";
        }
        String word = isAsciiWord(token) ? token : Romanisation.latin(token).replace(" ", "");
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
}
