package org.welcomedesk.registry.records.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The three-way merge after an edit conflict ({@link PersonDetails#rebase}): this clerk's edit of
 * the version they opened, replayed onto the version someone else saved meanwhile.
 */
class PersonDetailsTest {

    /** The record as both clerks opened it. */
    private static final PersonDetails BASE = new PersonDetails(
            "Leila",
            "Haddad",
            null,
            null,
            NameOrder.GIVEN_FIRST,
            Sex.F,
            1990,
            4,
            12,
            false,
            Set.of("LB"),
            "LB",
            Set.of("ar", "fr"),
            "ar",
            false,
            "+351 900 000 000",
            null,
            "Rua do Porto 1");

    @Test
    void changesToDifferentFieldsAreAllKept() {
        PersonDetails mine = with(BASE, "phone", "+351 911 111 111", "email", "leila@example.invalid");
        PersonDetails saved = with(BASE, "address", "Rua Nova 7", "familyNames", "Haddad-Khoury");

        PersonDetails merged = mine.rebase(BASE, saved);

        assertEquals("+351 911 111 111", merged.phone(), "this clerk's change");
        assertEquals("leila@example.invalid", merged.email(), "this clerk's second change");
        assertEquals("Rua Nova 7", merged.address(), "the other clerk's change is not undone");
        assertEquals("Haddad-Khoury", merged.familyNames(), "nor their second one");
        assertEquals(BASE.givenNames(), merged.givenNames(), "untouched on both sides");
        assertEquals(BASE.birthDate(), merged.birthDate());
    }

    @Test
    void theSameFieldChangedOnBothSidesTakesThisClerksValueWhoSawBoth() {
        // saveMine is only offered after the conflict view showed both values side by side
        PersonDetails mine = with(BASE, "phone", "+351 922 222 222");
        PersonDetails saved = with(BASE, "phone", "+351 911 111 111", "address", "Rua Nova 7");

        PersonDetails merged = mine.rebase(BASE, saved);

        assertEquals("+351 922 222 222", merged.phone());
        assertEquals("Rua Nova 7", merged.address());
    }

    @Test
    void aFieldChangedAndChangedBackCountsAsUntouched() {
        // this clerk typed a new phone, then restored the one the form opened with
        PersonDetails mine = with(BASE, "phone", BASE.phone());
        PersonDetails saved = with(BASE, "phone", "+351 911 111 111");

        assertEquals("+351 911 111 111", mine.rebase(BASE, saved).phone());
    }

    @Test
    void aClearedFieldIsAChange() {
        PersonDetails mine = with(BASE, "address", null);
        PersonDetails saved = with(BASE, "phone", "+351 911 111 111");

        PersonDetails merged = mine.rebase(BASE, saved);

        assertEquals(null, merged.address(), "clearing a field is an edit like any other");
        assertEquals("+351 911 111 111", merged.phone());
    }

    @Test
    void languagesAndCitizenshipsMergeAsWholeListsWhateverTheirOrder() {
        // the form hands back a HashSet, the record a Set.of(): equal sets are no change
        PersonDetails mine = withSets(BASE, new java.util.HashSet<>(java.util.List.of("fr", "ar")), Set.of("LB", "SY"));
        PersonDetails saved = withSets(BASE, Set.of("ar", "fr", "pt"), BASE.citizenships());

        PersonDetails merged = mine.rebase(BASE, saved);

        assertEquals(Set.of("ar", "fr", "pt"), merged.languages(), "the other clerk added Portuguese");
        assertEquals(Set.of("LB", "SY"), merged.citizenships(), "this clerk added a citizenship");
    }

    @Test
    void languagesChangedOnBothSidesTakeThisClerksList() {
        PersonDetails mine = withSets(BASE, Set.of("ar"), BASE.citizenships());
        PersonDetails saved = withSets(BASE, Set.of("ar", "fr", "pt"), BASE.citizenships());

        assertEquals(Set.of("ar"), mine.rebase(BASE, saved).languages());
    }

    @Test
    void theDateOfBirthMovesAsOneValue() {
        // one clerk corrects the day, the other the year: the parts of one date are not mixed
        PersonDetails mine = birth(BASE, 1990, 4, 21, false);
        PersonDetails saved = with(birth(BASE, 1991, 4, 12, false), "phone", "+351 911 111 111");

        PersonDetails merged = mine.rebase(BASE, saved);

        assertEquals(new BirthDate(1990, 4, 21, false), merged.birthDate());
        assertEquals("+351 911 111 111", merged.phone());

        PersonDetails untouched = with(BASE, "email", "leila@example.invalid");
        assertEquals(
                new BirthDate(1991, 4, 12, false),
                untouched.rebase(BASE, saved).birthDate(),
                "a date this clerk left alone takes the saved correction");
    }

    @Test
    void nothingChangedHereGivesTheSavedVersion() {
        PersonDetails saved =
                with(withSets(BASE, Set.of("ar"), Set.of("SY")), "phone", "+351 911 111 111", "givenNames", "Layla");

        assertEquals(saved, BASE.rebase(BASE, saved));
    }

    // ---- builders ---------------------------------------------------------------------------

    private static PersonDetails with(PersonDetails d, String... fieldsAndValues) {
        PersonDetails result = d;
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            result = with(result, fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return result;
    }

    private static PersonDetails with(PersonDetails d, String field, String value) {
        return new PersonDetails(
                field.equals("givenNames") ? value : d.givenNames(),
                field.equals("familyNames") ? value : d.familyNames(),
                d.givenNamesLatin(),
                d.familyNamesLatin(),
                d.nameOrder(),
                d.sex(),
                d.birthYear(),
                d.birthMonth(),
                d.birthDay(),
                d.birthEstimated(),
                d.citizenships(),
                d.countryOfBirth(),
                d.languages(),
                d.preferredLanguage(),
                d.interpreterNeeded(),
                field.equals("phone") ? value : d.phone(),
                field.equals("email") ? value : d.email(),
                field.equals("address") ? value : d.address());
    }

    private static PersonDetails withSets(PersonDetails d, Set<String> languages, Set<String> citizenships) {
        return new PersonDetails(
                d.givenNames(),
                d.familyNames(),
                d.givenNamesLatin(),
                d.familyNamesLatin(),
                d.nameOrder(),
                d.sex(),
                d.birthYear(),
                d.birthMonth(),
                d.birthDay(),
                d.birthEstimated(),
                citizenships,
                d.countryOfBirth(),
                languages,
                d.preferredLanguage(),
                d.interpreterNeeded(),
                d.phone(),
                d.email(),
                d.address());
    }

    private static PersonDetails birth(PersonDetails d, int year, int month, int day, boolean estimated) {
        return new PersonDetails(
                d.givenNames(),
                d.familyNames(),
                d.givenNamesLatin(),
                d.familyNamesLatin(),
                d.nameOrder(),
                d.sex(),
                year,
                month,
                day,
                estimated,
                d.citizenships(),
                d.countryOfBirth(),
                d.languages(),
                d.preferredLanguage(),
                d.interpreterNeeded(),
                d.phone(),
                d.email(),
                d.address());
    }
}
