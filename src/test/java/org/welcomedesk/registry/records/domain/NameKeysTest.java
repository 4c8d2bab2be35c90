package org.welcomedesk.registry.records.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a clerk relies on when searching before registering someone: spellings and scripts of one
 * name find each other, typos and swapped names still match, different people stay apart.
 */
class NameKeysTest {

    /** Spellings and scripts of one name, which must share their skeleton keys. */
    static Stream<Arguments> variantGroups() {
        return Stream.of(
                Arguments.of("Mohammed", List.of("Muhammad", "Mohamed", "Mohamad", "Muhammed", "محمد",
                        "Mehmet", "Мухаммед", "መሐመድ")),
                Arguments.of("Youssef", List.of("Yusuf", "Yousef", "Youcef", "يوسف", "Юсуф")),
                Arguments.of("Aleksandr", List.of("Alexander", "Александр", "Oleksandr", "Олександр")),
                Arguments.of("Olena", List.of("Elena", "Олена", "Yelena", "Елена")),
                Arguments.of("Fatima", List.of("Fatma", "Fatimah", "Fatuma", "فاطمة")),
                Arguments.of("Abdirahman", List.of("Abdulrahman", "Abd al-Rahman", "Abdel Rahman",
                        "Abdurrahman", "عبد الرحمن")),
                Arguments.of("Abdullah", List.of("Abdallah", "Abdulla", "Abdullahi", "Abdoulaye", "عبدالله")),
                Arguments.of("Nguyễn Văn An", List.of("Nguyen Van An", "NGUYEN VAN AN")),
                Arguments.of("Zhang Wei", List.of("张伟", "Wei Zhang")),
                Arguments.of("Tesfaye", List.of("ተስፋዬ")),
                Arguments.of("Aisha", List.of("Aicha", "Aïcha", "عائشة")),
                Arguments.of("Ali", List.of("Aly", "علي")),
                Arguments.of("Omar", List.of("Umar", "عمر")),
                Arguments.of("Hussein", List.of("Husayn", "Hossein", "حسين")),
                Arguments.of("Khalid", List.of("Khaled", "خالد")),
                Arguments.of("Walid", List.of("Waleed", "وليد")),
                Arguments.of("Zahra", List.of("زهرا")),
                Arguments.of("Sergey", List.of("Sergei", "Сергей")),
                Arguments.of("Hryhorii", List.of("Григорій")),
                Arguments.of("Darya", List.of("Daria", "Дарья")));
    }

    @Nested
    class VariantsOfOneName {

        @ParameterizedTest(name = "{0} ~ {1}")
        @MethodSource("org.welcomedesk.registry.records.domain.NameKeysTest#variantGroups")
        void shareSkeletons(String name, List<String> variants) {
            Set<String> expected = NameKeys.skeletons(name);
            assertTrue(!expected.isEmpty(), "no skeleton for " + name);
            for (String variant : variants) {
                assertEquals(expected, NameKeys.skeletons(variant), variant + " vs " + name);
            }
        }

        @ParameterizedTest(name = "{0} ~ {1}")
        @MethodSource("org.welcomedesk.registry.records.domain.NameKeysTest#variantGroups")
        void rankAsVeryLikelyTheSamePerson(String name, List<String> variants) {
            for (String variant : variants) {
                double similarity = NameKeys.similarity(name, variant);
                assertTrue(similarity >= 0.9, variant + " vs " + name + ": " + similarity);
            }
        }

        @Test
        void tesfayeInEthiopicScriptMatchesItsLatinSpelling() {
            // ICU writes ተስፋዬ "tasǝfaye"; the silent sixth-order vowel ǝ is dropped.
            assertEquals("tasfaye", NameKeys.latin("ተስፋዬ"));
            assertTrue(NameKeys.similarity("Tesfaye", "ተስፋዬ") >= 0.85);
        }

        @ParameterizedTest
        @ValueSource(strings = {"abd al rahman", "abdul rahman", "abdulrahman", "abd el rahman", "abdel rahman",
                "Abd al-Rahman", "Abdirahman", "Abdurrahman", "ABD-AL-RAHMAN"})
        void abdCompoundsBecomeOneWord(String name) {
            assertEquals(List.of("abdalrahman"), NameKeys.tokens(name));
        }

        @Test
        void abdCompoundKeepsTheRestOfTheName() {
            assertEquals(List.of("mohamed", "abdalrahman", "ali"), NameKeys.tokens("Mohamed Abdel Rahman Ali"));
            assertEquals(List.of("abdalaziz"), NameKeys.tokens("Abdul Aziz"));
            assertEquals(NameKeys.skeletons("Abdulaziz"), NameKeys.skeletons("Abd al-Aziz"));
        }

        @Test
        void abdiAndAbduAreNamesOfTheirOwnAndAreNotJoined() {
            assertEquals(List.of("abdi", "hassan"), NameKeys.tokens("Abdi Hassan"));
            assertEquals(List.of("abdou", "diouf"), NameKeys.tokens("Abdou Diouf"));
        }

        @Test
        void arabicArticleIsJoinedLikeArabicScriptWritesIt() {
            assertEquals(List.of("alhassan"), NameKeys.tokens("Al-Hassan"));
            assertEquals(List.of("alhassan"), NameKeys.tokens("al Hassan"));
            assertEquals(NameKeys.skeletons("Al Hassan"), NameKeys.skeletons("الحسن"));
        }

        @Test
        void chineseCharactersGiveTheSamePinyinAsThePassport() {
            assertEquals("zhang wei", NameKeys.latin("张伟"));
            assertEquals(NameKeys.latin("Zhang Wei"), NameKeys.latin("张伟"));
            // Given names of two syllables are one word in pinyin, as in passports.
            assertEquals("zhang xiaoming", NameKeys.latin("张小明"));
            assertEquals(1.0, NameKeys.similarity("Zhang Xiaoming", "张小明"));
        }

        @Test
        void cyrillicIsRomanisedAsPassportsDo() {
            assertEquals("sergey", NameKeys.latin("Сергей"));
            assertEquals("shevchenko", NameKeys.latin("Шевченко"));
            // The soft sign must not split the name in two.
            assertEquals("darya", NameKeys.latin("Дарья"));
            assertEquals("maryana", NameKeys.latin("Мар'яна"));
            // Ukrainian letters select the Ukrainian table, where г is h.
            assertEquals("hryhoriy", NameKeys.latin("Григорій"));
        }

        @Test
        void arabicAyinAndTaMarbutaReadAsRomanisationsWriteThem() {
            assertEquals("aly", NameKeys.latin("علي"));
            assertEquals("fatmh", NameKeys.latin("فاطمة"));
        }
    }

    @Nested
    class TyposAndWordOrder {

        @ParameterizedTest(name = "{0} ~ {1} >= {2}")
        @CsvSource({
                "Mohammed Ali,   Mohamed Aly,    0.9",
                "Jonathan Smith, Jonathon Smyth, 0.9",
                "Ali Hassan,     Hassan Ali,     0.95",
                "Fatima Hassan,  Fatma Hasan,    0.9",
                "Olena Kovalenko, Олена Коваленко, 0.95",
                "Muhammad Abd al-Rahman, Mohamed Abdirahman, 0.9"})
        void stillMatch(String a, String b, double atLeast) {
            double similarity = NameKeys.similarity(a, b);
            assertTrue(similarity >= atLeast, a + " vs " + b + ": " + similarity);
        }

        @Test
        void swappedGivenAndFamilyNamesShareSkeletons() {
            assertEquals(NameKeys.skeletons("Ali Hassan"), NameKeys.skeletons("Hassan Ali"));
            assertEquals(1.0, NameKeys.similarity("Ali Hassan", "Hassan Ali"));
        }

        @Test
        void aMissingMiddleNameCostsALittle() {
            assertEquals(0.95, NameKeys.similarity("Mohammed Ali", "Mohammed Hassan Ali"), 1e-9);
            assertEquals(0.95, NameKeys.similarity("Mohammed Hassan Ali", "Mohammed Ali"), 1e-9);
        }

        @Test
        void manyExtraWordsCostAtMostTheFloor() {
            assertEquals(0.8, NameKeys.similarity("Ali", "Ali Bakr Omar Yusuf Salim Karim Nasser"), 1e-9);
        }
    }

    @Nested
    class DifferentPeopleStayApart {

        @Test
        void unrelatedNamesScoreLow() {
            assertTrue(NameKeys.similarity("Mohammed Ali", "Maria Lopez") < 0.7);
        }

        @Test
        void sameFamilyNameButDifferentGivenNameIsNotAMatch() {
            assertTrue(NameKeys.similarity("Anna Petrova", "Ivan Petrov") < 0.8);
        }

        @Test
        void mariaAndMarioShareAKeyButRankBelowTheSameName() {
            // Skeletons are broad by design; similarity must still tell them apart.
            assertEquals(NameKeys.skeletons("Maria"), NameKeys.skeletons("Mario"));
            assertTrue(NameKeys.similarity("Maria Lopez", "Mario Lopez")
                    < NameKeys.similarity("Maria Lopez", "Marıa Lopez"));
        }

        @Test
        void yusufIsNotJoseph() {
            assertNotEquals(NameKeys.skeletons("Yusuf"), NameKeys.skeletons("Joseph"));
            assertTrue(NameKeys.similarity("Yusuf", "Joseph") < 0.8);
        }

        @Test
        void aRepeatedWordDoesNotMatchTwice() {
            assertTrue(NameKeys.similarity("Ali Ali", "Ali Hassan") < 0.8);
        }

        @Test
        void zhangAndJiangAreDifferentFamilyNames() {
            assertNotEquals(NameKeys.skeletons("Zhang"), NameKeys.skeletons("Jiang"));
        }
    }

    @Nested
    class LatinForm {

        @ParameterizedTest(name = "[{0}] -> [{1}]")
        @CsvSource(delimiter = '|', value = {
                "Conceição São João|conceicao sao joao",
                "'  O''Brien-Smith '|o brien smith",
                "Jean-Pierre  DUPONT|jean pierre dupont",
                "Müller|muller",
                "Łukasz Wałęsa|lukasz walesa",
                "Søren Ærø|soren aero",
                "Əli Məmmədov|ali mammadov",
                "J. R. R. Tolkien|j r r tolkien",
                "Александр|aleksandr",
                "محمد|mhmd"})
        void isLowercaseAsciiWordsSeparatedBySingleSpaces(String name, String expected) {
            assertEquals(expected, NameKeys.latin(name));
        }

        @Test
        void doesNotDependOnTheDefaultLocale() {
            Locale previous = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertEquals("ibrahim isik", NameKeys.latin("IBRAHIM ISIK"));
                assertEquals("ibrahim isik", NameKeys.latin("İbrahim Işık"));
                assertEquals(Set.of("abrhm", "ask"), NameKeys.skeletons("IBRAHIM ISIK"));
            } finally {
                Locale.setDefault(previous);
            }
        }

        @Test
        void isOnlyLettersDigitsAndSpaces() {
            for (String name : List.of("Ngozi Okonkwo-Adébáyọ̀", "עמית", "김민준", "アレクサンドル", "Hawaiʻi", "Ω")) {
                assertTrue(NameKeys.latin(name).matches("[a-z0-9]+( [a-z0-9]+)*|"), name);
            }
        }
    }

    @Nested
    class Skeleton {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "mohammed, mhmt",
                "fatimah,  ftm",
                "olena,    aln",
                "alexander, alksndr",
                "youssef,  asf",
                "walid,    vlt",
                "hu,       h",
                "ah,       a"})
        void followsTheDocumentedRules(String token, String expected) {
            assertEquals(expected, NameKeys.skeleton(token));
        }

        @Test
        void acceptsAWordInAnyScript() {
            assertEquals(NameKeys.skeleton("mohammed"), NameKeys.skeleton("محمد"));
            assertEquals(NameKeys.skeleton("abdalrahman"), NameKeys.skeleton("Abdulrahman"));
        }

        @Test
        void isStableOnTokens() {
            for (String name : List.of("Abdullah", "Abdul Latif", "Abdelaziz", "Abdurrahman", "عبد الرحمن")) {
                for (String token : NameKeys.tokens(name)) {
                    // A stored token, searched again, must give the same token and key.
                    assertEquals(List.of(token), NameKeys.tokens(token), token);
                    assertEquals(NameKeys.skeletons(name), Set.of(NameKeys.skeleton(token)), token);
                }
            }
        }
    }

    @Nested
    class Trigrams {

        @Test
        void padEachWordLikePgTrgm() {
            assertEquals(Set.of("  a", " al", "ali", "li "), NameKeys.trigrams("Ali"));
        }

        @Test
        void coverEveryWordOfTheLatinForm() {
            Set<String> trigrams = NameKeys.trigrams("Олена Ли");
            assertEquals(Set.of("  o", " ol", "ole", "len", "ena", "na ", "  l", " li", "li "), trigrams);
        }

        @Test
        void shareMostTrigramsDespiteATypo() {
            Set<String> a = NameKeys.trigrams("Jonathan");
            Set<String> b = NameKeys.trigrams("Jonathon");
            long shared = a.stream().filter(b::contains).count();
            assertTrue(shared >= a.size() / 2, "shared " + shared + " of " + a.size());
        }
    }

    @Nested
    class EmptyInput {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n", "-- . '", "\u200B"})
        void givesEmptyResultsNotExceptions(String name) {
            assertEquals("", NameKeys.latin(name));
            assertEquals(List.of(), NameKeys.tokens(name));
            assertEquals(Set.of(), NameKeys.skeletons(name));
            assertEquals(Set.of(), NameKeys.trigrams(name));
            assertEquals("", NameKeys.skeleton(name));
            assertEquals(0.0, NameKeys.similarity(name, "Ali"));
            assertEquals(0.0, NameKeys.similarity("Ali", name));
            assertEquals(0.0, NameKeys.similarity(name, name));
        }
    }

    @Nested
    class Similarity {

        static Stream<Arguments> pairs() {
            return Stream.of(
                    Arguments.of("Mohammed Ali", "Mohamed Aly"),
                    Arguments.of("Anna Petrova", "Ivan Petrov"),
                    Arguments.of("Ali Ali", "Ali Hassan"),
                    Arguments.of("Zhang Wei", "张小明"),
                    Arguments.of("Abd al-Rahman", "Abdi Hassan Omar"));
        }

        @ParameterizedTest(name = "{0} / {1}")
        @MethodSource("pairs")
        void isSymmetricAndBetweenZeroAndOne(String a, String b) {
            double ab = NameKeys.similarity(a, b);
            assertEquals(ab, NameKeys.similarity(b, a), 1e-12);
            assertTrue(ab >= 0.0 && ab <= 1.0, String.valueOf(ab));
        }

        @Test
        void isOneForTheSameName() {
            assertEquals(1.0, NameKeys.similarity("Olena Kovalenko", "OLENA KOVALENKO"));
        }

        @ParameterizedTest(name = "jw({0}, {1}) = {2}")
        @CsvSource({
                "martha, marhta,   0.9611",
                "dwayne, duane,    0.8400",
                "dixon,  dicksonx, 0.8133",
                "abc,    xyz,      0.0",
                "same,   same,     1.0"})
        void usesStandardJaroWinkler(String a, String b, double expected) {
            assertEquals(expected, NameKeys.jaroWinkler(a, b), 1e-4);
        }

        @Test
        void isSafeToCallFromManyThreads() {
            List<String> names = List.of("Мухаммед Юсуф", "محمد يوسف", "张小明", "ተስፋዬ", "Nguyễn Văn An", "Олена");
            List<String> expected = names.stream().map(NameKeys::latin).collect(Collectors.toList());
            IntStream.range(0, 2000).parallel().forEach(i -> {
                int n = i % names.size();
                assertEquals(expected.get(n), NameKeys.latin(names.get(n)));
            });
        }
    }
}
