package org.welcomedesk.services.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceStatus;
import org.welcomedesk.registry.records.domain.Sex;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eligibility rules are data: each evaluates to a reason the clerk can read, met or not. */
class EligibilityTest {

    static PersonProfile person(Integer age, Sex sex, Integer monthsInCity, Set<DocumentType> documents) {
        return new PersonProfile(
                age,
                sex,
                ResidenceStatus.NEWCOMER,
                monthsInCity,
                documents,
                "D02",
                new GeoPoint(41.14, -8.63),
                Set.of("ar", "en"),
                Set.of(),
                Set.of(NeedCategory.HEALTH));
    }

    @Test
    void anAgeLimitSaysWhichLimitAndTheAge() {
        EligibilityRule fromSixteen = new EligibilityRule(Criterion.MIN_AGE, " 16 ");
        assertEquals("16", fromSixteen.getValue());

        Reason tooYoung = fromSixteen.evaluate(person(15, Sex.F, 3, Set.of()));
        assertFalse(tooYoung.favourable());
        assertEquals("eligibility.MIN_AGE.unmet", tooYoung.messageKey());
        assertEquals(List.of(16, 15), tooYoung.arguments());

        assertTrue(fromSixteen.evaluate(person(16, Sex.F, 3, Set.of())).favourable());
        Reason unknown = fromSixteen.evaluate(person(null, Sex.F, 3, Set.of()));
        assertFalse(unknown.favourable(), "an unknown age does not pass an age limit");
        assertEquals("eligibility.MIN_AGE.unknown", unknown.messageKey());
    }

    @Test
    void aDocumentRuleAsksForOneOfSeveralDocuments() {
        EligibilityRule identity = new EligibilityRule(Criterion.DOCUMENT, "passport, residence_permit");
        assertEquals("PASSPORT,RESIDENCE_PERMIT", identity.getValue());

        Reason none = identity.evaluate(person(30, Sex.M, 3, Set.of()));
        assertFalse(none.favourable());
        assertEquals("eligibility.DOCUMENT.unmet", none.messageKey());
        assertEquals(List.of(List.of(DocumentType.PASSPORT, DocumentType.RESIDENCE_PERMIT)), none.arguments());
        assertTrue(identity.evaluate(person(30, Sex.M, 3, Set.of(DocumentType.RESIDENCE_PERMIT)))
                .favourable());
    }

    @Test
    void timeInTheCityCountsBothWays() {
        EligibilityRule newcomersOnly = new EligibilityRule(Criterion.MAX_MONTHS_IN_CITY, "24");
        EligibilityRule settledOnly = new EligibilityRule(Criterion.MIN_MONTHS_IN_CITY, "6");
        PersonProfile arrivedThreeMonthsAgo = person(30, Sex.M, 3, Set.of());

        assertTrue(newcomersOnly.evaluate(arrivedThreeMonthsAgo).favourable());
        Reason tooSoon = settledOnly.evaluate(arrivedThreeMonthsAgo);
        assertFalse(tooSoon.favourable());
        assertEquals(List.of(6, 3), tooSoon.arguments());
    }

    @Test
    void codeListsMatchAnyCode() {
        assertTrue(new EligibilityRule(Criterion.LANGUAGE, "PT,EN")
                .evaluate(person(30, Sex.M, 3, Set.of()))
                .favourable());
        assertFalse(new EligibilityRule(Criterion.LANGUAGE, "pt")
                .evaluate(person(30, Sex.M, 3, Set.of()))
                .favourable());
        assertFalse(new EligibilityRule(Criterion.SEX, "F")
                .evaluate(person(30, Sex.M, 3, Set.of()))
                .favourable());
        assertTrue(new EligibilityRule(Criterion.DISTRICT, "D01,D02")
                .evaluate(person(30, Sex.M, 3, Set.of()))
                .favourable());
        assertTrue(new EligibilityRule(Criterion.RESIDENCE_STATUS, "NEWCOMER")
                .evaluate(person(30, Sex.M, 3, Set.of()))
                .favourable());
    }

    @Test
    void aBadValueIsRefusedNamingTheField() {
        RuleViolation notANumber =
                assertThrows(RuleViolation.class, () -> new EligibilityRule(Criterion.MIN_AGE, "sixteen"));
        assertEquals("ruleValue", notANumber.field());
        assertEquals("eligibility.value.number", notANumber.messageKey());
        RuleViolation unknownDocument = assertThrows(
                RuleViolation.class, () -> new EligibilityRule(Criterion.DOCUMENT, "PASSPORT,LIBRARY_CARD"));
        assertEquals("eligibility.value.code", unknownDocument.messageKey());
        assertEquals("LIBRARY_CARD", unknownDocument.arguments()[0]);
        assertThrows(RuleViolation.class, () -> new EligibilityRule(Criterion.SEX, "X"));
        assertThrows(RuleViolation.class, () -> new EligibilityRule(Criterion.MAX_AGE, ""));
    }
}
