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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a search ranks the candidates the keys found: spellings and scripts of one name rank
 * high, typos and swapped names still match, different people stay apart.
 */
class NameSimilarityTest {

    /** The spellings and scripts of one name of {@link NameKeysTest#variantGroups()}. */
    static Stream<Arguments> variantGroups() {
        return NameKeysTest.variantGroups();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("variantGroups")
    void variantsOfOneNameRankAsVeryLikelyTheSamePerson(String name, List<String> variants) {
        for (String variant : variants) {
            double similarity = NameSimilarity.score(name, variant);
            assertTrue(similarity >= 0.9, variant + " vs " + name + ": " + similarity);
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
            "Muhammad Abd al-Rahman, Mohamed Abdirahman, 0.9"
        })
        void stillMatch(String a, String b, double atLeast) {
            double similarity = NameSimilarity.score(a, b);
            assertTrue(similarity >= atLeast, a + " vs " + b + ": " + similarity);
        }

        @Test
        void swappedGivenAndFamilyNamesShareSkeletons() {
            assertEquals(NameKeys.skeletons("Ali Hassan"), NameKeys.skeletons("Hassan Ali"));
            assertEquals(1.0, NameSimilarity.score("Ali Hassan", "Hassan Ali"));
        }

        @Test
        void aMissingMiddleNameCostsALittle() {
            assertEquals(0.95, NameSimilarity.score("Mohammed Ali", "Mohammed Hassan Ali"), 1e-9);
            assertEquals(0.95, NameSimilarity.score("Mohammed Hassan Ali", "Mohammed Ali"), 1e-9);
        }

        @Test
        void manyExtraWordsCostAtMostTheFloor() {
            assertEquals(0.8, NameSimilarity.score("Ali", "Ali Bakr Omar Yusuf Salim Karim Nasser"), 1e-9);
        }
    }

    @Nested
    class DifferentPeopleStayApart {

        @Test
        void unrelatedNamesScoreLow() {
            assertTrue(NameSimilarity.score("Mohammed Ali", "Maria Lopez") < 0.7);
        }

        @Test
        void sameFamilyNameButDifferentGivenNameIsNotAMatch() {
            assertTrue(NameSimilarity.score("Anna Petrova", "Ivan Petrov") < 0.8);
        }

        @Test
        void mariaAndMarioShareAKeyButRankBelowTheSameName() {
            // Skeletons are broad by design; similarity must still tell them apart.
            assertEquals(NameKeys.skeletons("Maria"), NameKeys.skeletons("Mario"));
            assertTrue(NameSimilarity.score("Maria Lopez", "Mario Lopez")
                    < NameSimilarity.score("Maria Lopez", "Marıa Lopez"));
        }

        @Test
        void yusufIsNotJoseph() {
            assertNotEquals(NameKeys.skeletons("Yusuf"), NameKeys.skeletons("Joseph"));
            assertTrue(NameSimilarity.score("Yusuf", "Joseph") < 0.8);
        }

        @Test
        void aRepeatedWordDoesNotMatchTwice() {
            assertTrue(NameSimilarity.score("Ali Ali", "Ali Hassan") < 0.8);
        }
    }

    @Nested
    class Score {

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
            double ab = NameSimilarity.score(a, b);
            assertEquals(ab, NameSimilarity.score(b, a), 1e-12);
            assertTrue(ab >= 0.0 && ab <= 1.0, String.valueOf(ab));
        }

        @Test
        void isOneForTheSameName() {
            assertEquals(1.0, NameSimilarity.score("Olena Kovalenko", "OLENA KOVALENKO"));
        }

        @ParameterizedTest(name = "jw({0}, {1}) = {2}")
        @CsvSource({
            "martha, marhta,   0.9611",
            "dwayne, duane,    0.8400",
            "dixon,  dicksonx, 0.8133",
            "abc,    xyz,      0.0",
            "same,   same,     1.0"
        })
        void usesStandardJaroWinkler(String a, String b, double expected) {
            assertEquals(expected, NameSimilarity.jaroWinkler(a, b), 1e-4);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "-- . '", "\u200B"})
    void isZeroForEmptyInputNotAnException(String name) {
        assertEquals(0.0, NameSimilarity.score(name, "Ali"));
        assertEquals(0.0, NameSimilarity.score("Ali", name));
        assertEquals(0.0, NameSimilarity.score(name, name));
    }
}
