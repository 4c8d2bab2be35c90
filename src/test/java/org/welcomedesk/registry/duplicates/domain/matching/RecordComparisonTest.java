package org.welcomedesk.registry.duplicates.domain.matching;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.welcomedesk.registry.records.domain.Sex;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the clerk relies on when the desk warns of a duplicate: the same person written in another
 * script, romanisation or order, with typos or a vaguer birth date, is a likely duplicate; two
 * people who merely share a common name are not; and the evidence says why.
 */
class RecordComparisonTest {

    private final RecordComparison comparison = RecordComparison.defaults();

    /** A person with a full birth date and nothing else. */
    static MatchProfile person(String given, String family, int year, int month, int day) {
        return new MatchProfile(
                "p", given, family, null, null, null, year, month, day, false, null, Set.of(), null, null);
    }

    /** As registered at the desk: names, sex, birth date and country of birth; no document or phone. */
    static MatchProfile registered(String given, String family, int year, int month, int day) {
        return new MatchProfile(
                "p", given, family, null, null, Sex.M, year, month, day, false, "XX", Set.of(), null, null);
    }

    static MatchProfile withLatin(String given, String family, String givenLatin, String familyLatin) {
        return new MatchProfile(
                "p", given, family, givenLatin, familyLatin, null, 1985, 3, 12, false, null, Set.of(), null, null);
    }

    static MatchProfile withDate(
            String given, String family, Integer year, Integer month, Integer day, boolean estimated) {
        return new MatchProfile(
                "p", given, family, null, null, null, year, month, day, estimated, null, Set.of(), null, null);
    }

    /** The same person twice: spellings, scripts and name orders, born 12 March 1985 both times. */
    static Stream<Arguments> samePerson() {
        return Stream.of(
                Arguments.of("محمد", "حسن", "Mohammed", "Hassan", Agreement.TRANSLITERATION, Agreement.TRANSLITERATION),
                Arguments.of(
                        "Muhammad",
                        "Hasan",
                        "Mohammed",
                        "Hassan",
                        Agreement.VARIANT_SPELLING,
                        Agreement.VARIANT_SPELLING),
                Arguments.of(
                        "Maxamed",
                        "Xasan",
                        "Mohamed",
                        "Hassan",
                        Agreement.VARIANT_SPELLING,
                        Agreement.VARIANT_SPELLING),
                Arguments.of("ተስፋዬ", "አለሙ", "Tesfaye", "Alemu", Agreement.TRANSLITERATION, Agreement.TRANSLITERATION),
                Arguments.of(
                        "Юлия",
                        "Кузнецова",
                        "Yuliya",
                        "Kuznetsova",
                        Agreement.TRANSLITERATION,
                        Agreement.TRANSLITERATION),
                Arguments.of(
                        "Julia",
                        "Kusnezowa",
                        "Yuliya",
                        "Kuznetsova",
                        Agreement.VARIANT_SPELLING,
                        Agreement.VARIANT_SPELLING),
                Arguments.of(
                        "Юлия",
                        "Кузнецова",
                        "Julia",
                        "Kusnezowa",
                        Agreement.TRANSLITERATION,
                        Agreement.TRANSLITERATION),
                Arguments.of("伟", "张", "Wei", "Zhang", Agreement.TRANSLITERATION, Agreement.TRANSLITERATION),
                // NameKeys writes every spelling of "Abd al-Rahman" and of "Al-Hassan" as one word.
                Arguments.of("Abdurrahman", "Haddad", "Abd al-Rahman", "Haddad", Agreement.EXACT, Agreement.EXACT),
                Arguments.of("Jonathan", "Smith", "Jomathan", "Smith", Agreement.TYPO, Agreement.EXACT),
                Arguments.of("Jonathan", "Smith", "Jonatahn", "Smith", Agreement.VARIANT_SPELLING, Agreement.EXACT),
                Arguments.of("Fatima", "Al-Hassan", "Fatma", "Alhassan", Agreement.VARIANT_SPELLING, Agreement.EXACT));
    }

    @ParameterizedTest(name = "{0} {1} ~ {2} {3}")
    @MethodSource("samePerson")
    void theSamePersonInAnotherSpellingIsALikelyDuplicate(
            String givenA, String familyA, String givenB, String familyB, Agreement given, Agreement family) {
        MatchProfile a = registered(givenA, familyA, 1985, 3, 12);
        MatchProfile b = registered(givenB, familyB, 1985, 3, 12);
        Comparison result = comparison.compare(a, b);
        assertEquals(given, result.agreement(MatchField.GIVEN_NAMES), "given names");
        assertEquals(family, result.agreement(MatchField.FAMILY_NAMES), "family names");
        assertEquals(Agreement.EXACT, result.agreement(MatchField.BIRTH_DATE));
        assertEquals(Likelihood.LIKELY, result.likelihood(), () -> "score " + result.score());
    }

    @ParameterizedTest(name = "{0} {1} ~ {2} {3}")
    @MethodSource("samePerson")
    void theSamePersonInAnotherSpellingSharesABlockingKey(
            String givenA, String familyA, String givenB, String familyB) {
        Set<String> shared = new HashSet<>(person(givenA, familyA, 1985, 3, 12).blockingKeys());
        shared.retainAll(person(givenB, familyB, 1985, 3, 12).blockingKeys());
        assertFalse(shared.isEmpty());
    }

    @Test
    void variantSpellingsOfBothNamesWithTheBirthDateAloneAreWorthALook() {
        // Without sex and country of birth, spellings of two names and a birth date are just short
        // of LIKELY: in a registry of a million, other Mohammed Hassans share a birthday.
        Comparison result =
                comparison.compare(person("Muhammad", "Hasan", 1985, 3, 12), person("Mohammed", "Hassan", 1985, 3, 12));
        assertEquals(Likelihood.POSSIBLE, result.likelihood(), () -> "score " + result.score());
    }

    /** Registered at the desk with an address, as in a city where namesakes live a few doors apart. */
    static MatchProfile living(
            String given, String family, Sex sex, int year, int month, int day, String country, String address) {
        return new MatchProfile(
                "p", given, family, null, null, sex, year, month, day, false, country, Set.of(), null, address);
    }

    @Test
    void namesakesBornOnOtherDaysInTheSameStreetAreNotWorthALook() {
        // Counted as independent, the same sex and country of birth (which the shared name mostly
        // tells) and the same street made such pairs POSSIBLE: in a synthetic city of 200,000 people,
        // 14,000 pairs of different people for supervisors to review.
        Comparison result = comparison.compare(
                living("Eduardo", "Pereira", Sex.M, 2000, 4, 6, "BR", "Rua da Alfândega Velha 7, 2.º dto."),
                living("Eduardo", "Pereira", Sex.M, 1988, 11, 20, "BR", "Rua da Alfândega Velha 68, 2.º esq."));
        assertEquals(Agreement.DIFFERENT, result.agreement(MatchField.BIRTH_DATE));
        assertEquals(Agreement.PARTIAL, result.agreement(MatchField.ADDRESS));
        assertEquals(Likelihood.UNLIKELY, result.likelihood(), () -> "score " + result.score());
    }

    @Test
    void sexAndCountryOfBirthCountFullyOnlyWhereTheNamesDoNotAlreadyTellThem() {
        MatchWeights weights = comparison.weights();
        Comparison namesake = comparison.compare(namesake(), namesake());
        Comparison otherNames =
                comparison.compare(namesake(), living("Hodan", "Warsame", Sex.F, 1990, 1, 2, "SO", null));
        double sexAlone = weights.weight(MatchField.SEX, Agreement.EXACT);
        double countryAlone = weights.weight(MatchField.COUNTRY_OF_BIRTH, Agreement.EXACT);

        assertEquals(0.0, weightOf(namesake, MatchField.SEX), 1e-9, "a given name mostly tells the sex");
        assertTrue(
                weightOf(namesake, MatchField.COUNTRY_OF_BIRTH) > 0
                        && weightOf(namesake, MatchField.COUNTRY_OF_BIRTH) < countryAlone / 2,
                "a full name mostly tells the origin");
        assertEquals(sexAlone, weightOf(otherNames, MatchField.SEX), 1e-9);
        assertEquals(countryAlone, weightOf(otherNames, MatchField.COUNTRY_OF_BIRTH), 1e-9);
        assertEquals(
                namesake.score(),
                comparison.score(namesake().prepared(), namesake().prepared()),
                1e-9,
                "the score alone, used by the scan, weighs the same way");
    }

    @Test
    void aParentAndAChildOfOneNameInOneHomeAreNotLikelyTheSamePerson() {
        // One phone and one address say the same thing once: they live together. Counted twice,
        // with the name, this pair scored 25 bits and an import would have held the child back.
        MatchProfile mother = new MatchProfile(
                "p",
                "Amina",
                "Hamdan",
                null,
                null,
                Sex.F,
                1969,
                7,
                16,
                false,
                "SY",
                Set.of(),
                "01516976567",
                "Rosenweg 115, 10310 Stadt");
        MatchProfile daughter = new MatchProfile(
                "q",
                "Amina",
                "Hamdan",
                null,
                null,
                Sex.F,
                2011,
                10,
                4,
                false,
                "SY",
                Set.of(),
                "01516976567",
                "Rosenweg 115, 10310 Stadt");
        Comparison result = comparison.compare(mother, daughter);
        assertEquals(Agreement.EXACT, result.agreement(MatchField.ADDRESS));
        assertEquals(0.0, weightOf(result, MatchField.ADDRESS), 1e-9, "the shared phone said it already");
        assertEquals(
                comparison.weights().weight(MatchField.PHONE, Agreement.EXACT), weightOf(result, MatchField.PHONE));
        assertNotEquals(Likelihood.LIKELY, result.likelihood(), () -> "score " + result.score());
    }

    private static MatchProfile namesake() {
        return living("Amina", "Yusuf", Sex.F, 1990, 1, 2, "SO", null);
    }

    private static double weightOf(Comparison comparison, MatchField field) {
        return comparison.evidence().get(field.ordinal()).weight();
    }

    @Test
    void chineseNameWrittenFamilyFirstInHanAndSwappedInLatinStillMatches() {
        MatchProfile han = registered("伟", "张", 1990, 5, 6);
        MatchProfile swapped = registered("Zhang", "Wei", 1990, 5, 6); // "Wei Zhang" with the parts the wrong way
        Comparison result = comparison.compare(han, swapped);
        assertEquals(Agreement.SWAPPED, result.agreement(MatchField.NAME));
        assertEquals(Agreement.TRANSLITERATION, result.agreement(MatchField.GIVEN_NAMES));
        assertEquals(Likelihood.LIKELY, result.likelihood());
    }

    @Test
    void swappedGivenAndFamilyNamesAreComparedCrosswise() {
        Comparison result =
                comparison.compare(person("Ahmed", "Mansour", 1979, 11, 2), person("Mansour", "Ahmed", 1979, 11, 2));
        assertEquals(Agreement.SWAPPED, result.agreement(MatchField.NAME));
        assertEquals(Agreement.EXACT, result.agreement(MatchField.GIVEN_NAMES));
        assertEquals(Agreement.EXACT, result.agreement(MatchField.FAMILY_NAMES));
        assertTrue(result.evidence().get(0).weight() < 0, "a swap is weak evidence against");
        assertEquals(Likelihood.LIKELY, result.likelihood());
    }

    @Test
    void latinFormGivenByTheClerkIsUsedBesideTheOriginalScript() {
        Comparison result = comparison.compare(
                withLatin("محمد", "علي", "Mohammed", "Ali"), withLatin("Mohammed", "Ali", null, null));
        assertEquals(Agreement.EXACT, result.agreement(MatchField.GIVEN_NAMES));
        assertEquals(Agreement.EXACT, result.agreement(MatchField.FAMILY_NAMES));
    }

    @Nested
    class BirthDates {

        private Agreement dates(MatchProfile a, MatchProfile b) {
            return comparison.compare(a, b).agreement(MatchField.BIRTH_DATE);
        }

        @Test
        void dayAndMonthSwapped() {
            Comparison result =
                    comparison.compare(person("Amina", "Yusuf", 1992, 4, 7), person("Amina", "Yusuf", 1992, 7, 4));
            assertEquals(Agreement.DAY_MONTH_SWAPPED, result.agreement(MatchField.BIRTH_DATE));
            assertEquals(Likelihood.LIKELY, result.likelihood());
        }

        @Test
        void onlyTheYearKnownOnOneSide() {
            assertEquals(
                    Agreement.PARTIAL,
                    dates(withDate("Amina", "Yusuf", 1992, null, null, false), person("Amina", "Yusuf", 1992, 7, 4)));
            assertEquals(
                    Agreement.PARTIAL,
                    dates(withDate("Amina", "Yusuf", 1992, 7, null, false), person("Amina", "Yusuf", 1992, 7, 4)));
            assertEquals(
                    Agreement.DIFFERENT,
                    dates(withDate("Amina", "Yusuf", 1992, 8, null, false), person("Amina", "Yusuf", 1992, 7, 4)));
        }

        @Test
        void estimatedYearWithinTwoYears() {
            MatchProfile estimated = withDate("Amina", "Yusuf", 1990, 1, 1, true);
            assertEquals(Agreement.WITHIN_ESTIMATE, dates(estimated, person("Amina", "Yusuf", 1992, 7, 4)));
            assertEquals(
                    Agreement.WITHIN_ESTIMATE, dates(estimated, withDate("Amina", "Yusuf", 1988, null, null, false)));
            assertEquals(Agreement.DIFFERENT, dates(estimated, person("Amina", "Yusuf", 1993, 7, 4)));
            assertTrue(comparison.weights().weight(MatchField.BIRTH_DATE, Agreement.WITHIN_ESTIMATE)
                    > comparison.weights().weight(MatchField.BIRTH_DATE, Agreement.DIFFERENT));
        }

        @Test
        void oneDigitWrongIsATypoWithPartialCredit() {
            assertEquals(
                    Agreement.TYPO,
                    dates(person("Amina", "Yusuf", 1985, 3, 12), person("Amina", "Yusuf", 1985, 3, 13)));
            assertEquals(
                    Agreement.TYPO,
                    dates(person("Amina", "Yusuf", 1985, 3, 12), person("Amina", "Yusuf", 1958, 3, 12)));
            assertEquals(
                    Agreement.DIFFERENT,
                    dates(person("Amina", "Yusuf", 1985, 3, 12), person("Amina", "Yusuf", 1971, 9, 30)));
            double typo = comparison.weights().weight(MatchField.BIRTH_DATE, Agreement.TYPO);
            assertTrue(typo > 0 && typo < comparison.weights().weight(MatchField.BIRTH_DATE, Agreement.EXACT));
        }
    }

    @Test
    void missingFieldsAreNoEvidence() {
        MatchProfile sparse = new MatchProfile(
                "a", "Hodan", "Nuur", null, null, Sex.X, null, null, null, false, null, Set.of(), null, null);
        MatchProfile full = new MatchProfile(
                "b",
                "Hodan",
                "Nuur",
                null,
                null,
                Sex.F,
                1990,
                2,
                3,
                false,
                "SO",
                Set.of("P1234567"),
                "015112345678",
                "Hauptstraße 1");
        Comparison result = comparison.compare(sparse, full);
        for (MatchField field : List.of(
                MatchField.SEX,
                MatchField.BIRTH_DATE,
                MatchField.DOCUMENT,
                MatchField.PHONE,
                MatchField.ADDRESS,
                MatchField.COUNTRY_OF_BIRTH)) {
            assertEquals(Agreement.MISSING, result.agreement(field), field.name());
        }
        result.evidence().stream()
                .filter(e -> e.agreement() == Agreement.MISSING)
                .forEach(e -> assertEquals(0.0, e.weight(), e.field().name()));
        assertNotEquals(Likelihood.LIKELY, result.likelihood(), "a name alone is not enough");
    }

    @Nested
    class Documents {

        private MatchProfile withDocument(String given, String number) {
            return new MatchProfile(
                    "p",
                    given,
                    "Ali",
                    null,
                    null,
                    null,
                    1990,
                    null,
                    null,
                    false,
                    null,
                    number == null ? Set.of() : Set.of(number),
                    null,
                    null);
        }

        @Test
        void aSharedDocumentNumberIsStrongEvidence() {
            Comparison without = comparison.compare(withDocument("Mohammed", null), withDocument("Mohamed", null));
            Comparison with =
                    comparison.compare(withDocument("Mohammed", "N12345678"), withDocument("Mohamed", "N12345678"));
            assertNotEquals(Likelihood.LIKELY, without.likelihood());
            assertEquals(Agreement.EXACT, with.agreement(MatchField.DOCUMENT));
            assertEquals(Likelihood.LIKELY, with.likelihood());
            assertTrue(with.score() - without.score() > 10);
        }

        @Test
        void differentNumbersCountAgainstOnlyWhenBothHaveOne() {
            Comparison different =
                    comparison.compare(withDocument("Mohammed", "N12345678"), withDocument("Mohammed", "K99887766"));
            Comparison oneMissing =
                    comparison.compare(withDocument("Mohammed", "N12345678"), withDocument("Mohammed", null));
            assertEquals(Agreement.DIFFERENT, different.agreement(MatchField.DOCUMENT));
            assertTrue(different.evidence().get(MatchField.DOCUMENT.ordinal()).weight() < 0);
            assertEquals(Agreement.MISSING, oneMissing.agreement(MatchField.DOCUMENT));
            assertTrue(different.score() < oneMissing.score());
        }

        @Test
        void aNumberOneCharacterOffIsATypo() {
            assertEquals(
                    Agreement.TYPO,
                    comparison
                            .compare(withDocument("Mohammed", "N12345678"), withDocument("Mohammed", "N12345687"))
                            .agreement(MatchField.DOCUMENT));
        }
    }

    @Test
    void differentPeopleWithTheSameCommonNameAreNotLikely() {
        MatchProfile one = new MatchProfile(
                "a",
                "Mohammed",
                "Ali",
                null,
                null,
                Sex.M,
                1985,
                3,
                12,
                false,
                "SY",
                Set.of(),
                null,
                "Unterkunft Nord, Industriestraße 12");
        MatchProfile other = new MatchProfile(
                "b",
                "Muhammad",
                "Ali",
                null,
                null,
                Sex.M,
                1990,
                7,
                1,
                false,
                "SY",
                Set.of(),
                null,
                "Unterkunft Nord, Industriestraße 12");
        Comparison result = comparison.compare(one, other);
        assertEquals(Agreement.DIFFERENT, result.agreement(MatchField.BIRTH_DATE));
        assertNotEquals(Likelihood.LIKELY, result.likelihood(), () -> "score " + result.score());
    }

    @Test
    void differentNamesAreUnlikelyEvenWithTheSameBirthDate() {
        Comparison result =
                comparison.compare(person("Olga", "Ivanova", 1985, 3, 12), person("Tigist", "Bekele", 1985, 3, 12));
        assertEquals(Agreement.DIFFERENT, result.agreement(MatchField.GIVEN_NAMES));
        assertEquals(Likelihood.UNLIKELY, result.likelihood());
    }

    @Test
    void comparisonIsSymmetric() {
        List<MatchProfile> profiles = List.of(
                person("محمد", "حسن", 1985, 3, 12),
                person("Mohammed", "Hassan", 1985, 12, 3),
                withDate("Hassan", "Mohammed", 1984, 1, 1, true),
                person("Julia", "Kusnezowa", 1970, 1, 2),
                withLatin("Юлия", "Кузнецова", "Yuliya", null),
                person("Jonathan Paul", "Smith", 1958, 3, 12),
                new MatchProfile(
                        "x",
                        "Jon",
                        null,
                        null,
                        null,
                        Sex.M,
                        null,
                        null,
                        null,
                        false,
                        "DE",
                        Set.of("AB1234"),
                        "+49 151 2345678",
                        "Hauptstraße 1, Stadt"),
                new MatchProfile(
                        "y",
                        "John",
                        "Smyth",
                        null,
                        null,
                        Sex.M,
                        1958,
                        null,
                        null,
                        false,
                        "DE",
                        Set.of("AB1243", "X1"),
                        "01512345678",
                        "Hauptstr. 1 Stadt"));
        for (MatchProfile a : profiles) {
            for (MatchProfile b : profiles) {
                Comparison ab = comparison.compare(a, b);
                Comparison ba = comparison.compare(b, a);
                assertEquals(ab.score(), ba.score(), 0.0, a + " / " + b);
                assertEquals(ab.evidence(), ba.evidence());
            }
        }
    }

    @Test
    void evidenceComesInFieldOrderAndAddsUpToTheScore() {
        Comparison result =
                comparison.compare(person("Amina", "Yusuf", 1992, 4, 7), person("Amina", "Yusuf", 1992, 4, 7));
        assertEquals(
                List.of(MatchField.values()),
                result.evidence().stream().map(Evidence::field).toList());
        assertEquals(
                result.score(),
                result.evidence().stream().mapToDouble(Evidence::weight).sum(),
                1e-9);
    }

    @Test
    void phonesAreComparedOnTheirLastDigits() {
        assertEquals(Agreement.EXACT, RecordComparison.comparePhones("4915112345678", "015112345678"));
        assertEquals(Agreement.TYPO, RecordComparison.comparePhones("015112345678", "015112345679"));
        assertEquals(Agreement.DIFFERENT, RecordComparison.comparePhones("015112345678", "017698765432"));
    }

    @Test
    void oneEditIncludesNeighbouringSwaps() {
        assertTrue(RecordComparison.withinOneEdit("19850312", "19850313"));
        assertTrue(RecordComparison.withinOneEdit("19850312", "19580312"));
        assertTrue(RecordComparison.withinOneEdit("abc", "abxc"));
        assertFalse(RecordComparison.withinOneEdit("19850312", "19580313"));
    }
}
