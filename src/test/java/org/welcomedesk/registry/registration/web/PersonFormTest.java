package org.welcomedesk.registry.registration.web;

import org.junit.jupiter.api.Test;
import org.welcomedesk.registry.records.application.PersonQuery;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person form turns what was typed into details, a document and a search, and back. */
class PersonFormTest {

    private static final PersonDetails RANIA = new PersonDetails(
            "رانيا",
            "Nasser",
            "Rania",
            "Nasser",
            NameOrder.GIVEN_FIRST,
            Sex.F,
            1986,
            4,
            null,
            true,
            Set.of("SY", "LB"),
            "SY",
            Set.of("ar", "fr"),
            "ar",
            true,
            "+351 900 000 000",
            "rania@example.invalid",
            "Rua Nova 7");

    @Test
    void theDetailsComeBackAsTheyWereRecorded() {
        assertEquals(RANIA, PersonForm.of(RANIA).toDetails());
    }

    @Test
    void aDocumentIsPassedOnOnlyWhenSomethingOfItWasTyped() {
        PersonForm form = PersonForm.of(RANIA);
        assertEquals(List.of(), form.documents());

        form.setDocumentNumber("N123");
        assertEquals(
                List.of(new NewPerson.Document(null, "N123", null, null)),
                form.documents(),
                "half-filled, so that the missing type is named");

        form.setDocumentNumber(" ");
        form.setDocumentType(DocumentType.PASSPORT);
        assertEquals(1, form.documents().size());
    }

    @Test
    void aRelativeStartsWithTheFamilyNameAndOriginOnly() {
        PersonForm relative = PersonForm.of(RANIA).relative();
        assertEquals("Nasser", relative.getFamilyNames());
        assertEquals("Nasser", relative.getFamilyNamesLatin());
        assertEquals(Set.of("SY", "LB"), Set.copyOf(relative.getCitizenships()));
        assertEquals("SY", relative.getCountryOfBirth());
        assertNull(relative.getGivenNames());
        assertNull(relative.getSex());
        assertNull(relative.getBirthYear());
        assertTrue(relative.getLanguages().isEmpty());
    }

    @Test
    void aHouseholdMemberTakesTheAddressAndLanguagesOfTheFirst() {
        PersonForm member = PersonForm.of(RANIA).relative();
        member.shareHomeOf(PersonForm.of(RANIA));
        member.takeLanguagesIfNoneOf(PersonForm.of(RANIA));
        PersonDetails details = member.toDetails();
        assertEquals("Rua Nova 7", details.address());
        assertEquals(Set.of("ar", "fr"), details.languages());
        assertEquals("ar", details.preferredLanguage());
        assertTrue(details.interpreterNeeded());
    }

    @Test
    void aMemberWithLanguagesOfTheirOwnKeepsThem() {
        PersonForm member = PersonForm.of(RANIA).relative();
        member.setLanguages(new java.util.ArrayList<>(List.of("fr")));
        member.takeLanguagesIfNoneOf(PersonForm.of(RANIA));
        assertEquals(Set.of("fr"), member.toDetails().languages());
        assertNull(member.toDetails().preferredLanguage());
    }

    @Test
    void anImpossibleBirthDateIsRefusedNamingItsField() {
        PersonForm form = new PersonForm();
        form.setBirthYear(1990);
        form.setBirthMonth(2);
        form.setBirthDay(31);
        var refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.welcomedesk.platform.error.RuleViolation.class, form::checkBirthDate);
        assertEquals("birthDay", refused.field());
        assertTrue(form.isRefused("birthDay"));

        form.setBirthDay(null);
        form.setBirthMonth(13);
        assertEquals(
                "birthMonth",
                org.junit.jupiter.api.Assertions.assertThrows(
                                org.welcomedesk.platform.error.RuleViolation.class, form::checkBirthDate)
                        .field());

        form.setBirthMonth(null);
        form.setBirthYear(java.time.LocalDate.now().getYear() + 5);
        assertEquals(
                "birthYear",
                org.junit.jupiter.api.Assertions.assertThrows(
                                org.welcomedesk.platform.error.RuleViolation.class, form::checkBirthDate)
                        .field());

        form.setBirthYear(1990);
        form.checkBirthDate();
        assertTrue(!form.isRefused("birthYear"), "a corrected date is no longer marked");
    }

    @Test
    void whatWasSearchedStartsTheForm() {
        PersonForm form = new PersonForm();
        form.startFromSearch(" Rania Al Nasser ", "1986", "x", "", "N123", "+33 6 12");
        assertEquals("Rania Al", form.getGivenNames());
        assertEquals("Nasser", form.getFamilyNames());
        assertEquals(1986, form.getBirthYear());
        assertNull(form.getBirthMonth(), "not a number");
        assertNull(form.getBirthDay());
        assertEquals("N123", form.getDocumentNumber());
        assertEquals("+33 6 12", form.getPhone());
    }

    @Test
    void theSearchTakesTheBirthDateDocumentAndPhoneTyped() {
        PersonForm form = new PersonForm();
        form.setBirthYear(1986);
        form.setDocumentNumber("N123");
        form.setPhone("+351");
        assertEquals(new PersonQuery("Rania", 1986, null, null, "N123", "+351"), form.toQuery("Rania"));
    }
}
