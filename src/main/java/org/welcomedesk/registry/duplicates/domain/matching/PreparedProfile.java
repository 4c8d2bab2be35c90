package org.welcomedesk.registry.duplicates.domain.matching;

import org.welcomedesk.registry.records.domain.Sex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A {@link MatchProfile} with its names transliterated and keyed, its dates and numbers
 * normalised, once: what {@link RecordComparison} compares many times (a registry scan compares
 * each profile with dozens of others) and what {@link CandidatePairs} blocks on. Immutable and
 * safe to share between threads.
 */
public final class PreparedProfile {

    /** The most document numbers a person is filed under. */
    static final int MAX_DOCUMENT_KEYS = 2;

    /** The most name words a person is filed under with their birth date. */
    static final int MAX_WORD_KEYS = 3;

    /** The longest key, for the database column. */
    public static final int MAX_KEY_LENGTH = 64;

    /** The most keys one profile has: documents, phone, full name, 3 name-and-year keys, words with date, 2 words with year and month. */
    public static final int MAX_KEYS = MAX_DOCUMENT_KEYS + 1 + 1 + 3 + MAX_WORD_KEYS + 2;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final MatchProfile profile;
    final PreparedName given;
    final PreparedName family;
    /** 0 when unknown. */
    final int year;

    final int month;
    final int day;
    final boolean estimated;
    /** null when unknown. */
    final Sex sex;

    final String[] documents;
    /** Digits, null when fewer than {@link RecordComparison#MIN_PHONE_DIGITS}. */
    final String phone;

    final String[] addressWords;
    final String address;
    final String country;
    private final Set<String> blockingKeys;

    private PreparedProfile(MatchProfile profile) {
        this.profile = profile;
        this.given = PreparedName.of(profile.givenNames(), profile.givenNamesLatin());
        this.family = PreparedName.of(profile.familyNames(), profile.familyNamesLatin());
        this.year = positive(profile.birthYear());
        this.month = year == 0 ? 0 : positive(profile.birthMonth());
        this.day = month == 0 ? 0 : positive(profile.birthDay());
        this.estimated = profile.birthEstimated();
        this.sex = profile.sex() == Sex.X ? null : profile.sex();
        this.documents = profile.documentNumbers().stream()
                .filter(d -> d != null && !d.isBlank())
                .sorted()
                .toArray(String[]::new);
        String digits =
                profile.phoneDigits() == null ? "" : profile.phoneDigits().replaceAll("[^0-9]", "");
        this.phone = digits.length() >= RecordComparison.MIN_PHONE_DIGITS ? digits : null;
        this.addressWords = words(profile.address());
        this.address = String.join(" ", addressWords);
        this.country =
                profile.countryOfBirth() == null || profile.countryOfBirth().isBlank()
                        ? null
                        : profile.countryOfBirth().strip().toUpperCase(Locale.ROOT);
        this.blockingKeys = Collections.unmodifiableSet(computeBlockingKeys());
    }

    /** Prepares a profile (transliterates its names: tens of microseconds). */
    public static PreparedProfile of(MatchProfile profile) {
        return new PreparedProfile(profile);
    }

    /**
     * Prepares a profile, or returns the one prepared recently for an equal profile: callers that
     * compare {@link MatchProfile}s directly (a draft against each of its candidates) then
     * transliterate each person once, not once per comparison. The cache holds at most
     * {@value #CACHE_SIZE} profiles and is emptied when full.
     */
    static PreparedProfile cached(MatchProfile profile) {
        PreparedProfile prepared = CACHE.get(profile);
        if (prepared == null) {
            prepared = new PreparedProfile(profile);
            if (CACHE.size() >= CACHE_SIZE) {
                CACHE.clear();
            }
            CACHE.put(profile, prepared);
        }
        return prepared;
    }

    private static final int CACHE_SIZE = 20_000;
    private static final Map<MatchProfile, PreparedProfile> CACHE = new ConcurrentHashMap<>();

    public MatchProfile profile() {
        return profile;
    }

    /** The person's id, as in the profile. */
    public String id() {
        return profile.id();
    }

    /**
     * The keys under which this person is filed in the duplicate index and looked up; two people
     * are candidates when they share at least one. At most {@link #MAX_KEYS} keys of at most
     * {@link #MAX_KEY_LENGTH} ASCII characters, the same on every JVM. "Name words" are loose
     * phonetic keys ({@link PreparedName#loose}), so spellings, scripts and transliterations of a
     * name give the same word; pairs of them are sorted, so swapped names give the same pair.
     * <ul>
     *   <li>{@code d:NUMBER} per document number (at most 2) and {@code p:DIGITS} (last 9 digits
     *       of the phone): a shared number finds the person whatever else was mistyped;</li>
     *   <li>{@code n:WORDS}: all name words, sorted - for people without a birth date;</li>
     *   <li>{@code y:YEAR/4:PAIR} and {@code z:(YEAR+2)/4:PAIR}, PAIR the first given and first
     *       family name word: two buckets of 4 years offset by 2, so years up to 2 apart always
     *       share one (estimated years, a mistyped last digit of the year);</li>
     *   <li>{@code m:DAY-MONTH:PAIR}, day and month sorted (so swapping them does not matter):
     *       finds a mistyped or estimated year; not for estimated dates or 1 January, the usual
     *       placeholder, which would make large blocks;</li>
     *   <li>{@code t:DATE:WORD} for up to 3 name words with the full date (day and month
     *       sorted): finds a person when the other name words are mistyped beyond the
     *       phonetic key;</li>
     *   <li>{@code u:YEARMONTH:WORD} for the first given and the first family name word: finds a
     *       mistyped name together with a mistyped day.</li>
     * </ul>
     * No key is a name word alone or a name with only a decade: on a registry of a million
     * newcomers those blocks (all "Mohammed"s) run into tens of thousands.
     */
    public Set<String> blockingKeys() {
        return blockingKeys;
    }

    private Set<String> computeBlockingKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < documents.length && i < MAX_DOCUMENT_KEYS; i++) {
            keys.add(cut("d:" + ascii(documents[i])));
        }
        if (phone != null) {
            keys.add("p:" + phone.substring(Math.max(0, phone.length() - 9)));
        }
        List<String> primaryWords = new ArrayList<>();
        addLoose(primaryWords, given.isEmpty() ? null : given.primary());
        addLoose(primaryWords, family.isEmpty() ? null : family.primary());
        Set<String> allWords = new TreeSet<>(primaryWords);
        if (allWords.size() >= 2) {
            keys.add(cut("n:" + String.join(".", allWords)));
        }
        String pair = anchorPair();
        if (pair != null && year > 0) {
            keys.add(cut("y:" + Math.floorDiv(year, 4) + ":" + pair));
            keys.add(cut("z:" + Math.floorDiv(year + 2, 4) + ":" + pair));
            if (day > 0 && !estimated && !(day == 1 && month == 1)) {
                keys.add(cut("m:" + dayAndMonth() + ":" + pair));
            }
        }
        if (day > 0 && !estimated) {
            List<String> words = keyWords();
            String date = year + dayAndMonth();
            for (String word : words) {
                keys.add(cut("t:" + date + ":" + word));
            }
            // Year and month without the day, for the first given and family name words: finds a
            // mistyped day together with a mistyped name.
            String yearMonth = year + (month < 10 ? "0" : "") + month;
            String g = firstLoose(given);
            String f = firstLoose(family);
            for (String word : new String[] {g, f}) {
                if (word != null) {
                    keys.add(cut("u:" + yearMonth + ":" + word));
                }
            }
        }
        return keys;
    }

    /** Day and month, the smaller first, so that a swap of the two gives the same text. */
    private String dayAndMonth() {
        int low = Math.min(day, month);
        int high = Math.max(day, month);
        return (low < 10 ? "0" : "") + low + (high < 10 ? "0" : "") + high;
    }

    /** First given and first family name word, sorted; or the first two words; or the only one. */
    private String anchorPair() {
        String g = firstLoose(given);
        String f = firstLoose(family);
        if (g == null && f == null) {
            return null;
        }
        if (g == null || f == null) {
            PreparedName.Form only = (g == null ? family : given).primary();
            List<String> words = new ArrayList<>();
            addLoose(words, only);
            if (words.size() < 2) {
                return words.isEmpty() ? null : words.get(0);
            }
            g = words.get(0);
            f = words.get(1);
        }
        return g.compareTo(f) <= 0 ? g + "." + f : f + "." + g;
    }

    /** Name words for the {@code t:} keys: first given, first family, then the other forms' and words. */
    private List<String> keyWords() {
        Set<String> words = new LinkedHashSet<>();
        int longest = 0;
        for (PreparedName.Form form : allForms()) {
            longest = Math.max(longest, form.loose.length);
        }
        for (int i = 0; i < longest && words.size() < MAX_WORD_KEYS; i++) {
            for (PreparedName name : List.of(given, family)) {
                for (PreparedName.Form form : name.forms) {
                    if (i < form.loose.length && !form.loose[i].isEmpty() && words.size() < MAX_WORD_KEYS) {
                        words.add(form.loose[i]);
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }

    private List<PreparedName.Form> allForms() {
        List<PreparedName.Form> forms = new ArrayList<>(Arrays.asList(given.forms));
        forms.addAll(Arrays.asList(family.forms));
        return forms;
    }

    private static String firstLoose(PreparedName name) {
        if (name.isEmpty()) {
            return null;
        }
        for (String word : name.primary().loose) {
            if (!word.isEmpty()) {
                return word;
            }
        }
        return null;
    }

    private static void addLoose(List<String> into, PreparedName.Form form) {
        if (form == null) {
            return;
        }
        for (String word : form.loose) {
            if (!word.isEmpty() && !into.contains(word)) {
                into.add(word);
            }
        }
    }

    /** Document numbers may hold any letters (numberKey keeps them): others than ASCII as ~hex. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                out.append('~').append(Integer.toHexString(c));
            }
        });
        return out.toString();
    }

    private static String cut(String key) {
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
    }

    private static int positive(Integer value) {
        return value == null || value <= 0 ? 0 : value;
    }

    /** Lowercase words without accents, for comparing addresses. */
    static String[] words(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_WORD.split(plain)).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
