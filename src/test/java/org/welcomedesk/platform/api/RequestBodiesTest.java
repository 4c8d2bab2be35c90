package org.welcomedesk.platform.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomedesk.platform.error.InvalidFields;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.text.TextField;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict binding of request bodies: nothing is guessed, every fault names its field. */
class RequestBodiesTest {

    enum Purpose {
        REGISTRATION,
        SHARING_WITH_PARTNERS
    }

    record Consent(Purpose purpose, Boolean granted) {}

    record Details(
            String givenNames,
            Integer birthYear,
            boolean interpreterNeeded,
            Set<String> languages,
            @TextField(maxLength = 400) String address,
            LocalDate since,
            Double score,
            Long id) {}

    record Need(
            Purpose category,
            @TextField(maxLength = 500, multiLine = true) String note) {}

    record Member(Details person, List<Need> needs) {}

    record Household(List<Member> members) {}

    /** The one field at fault and its message key. */
    private static InvalidFields.FieldError onlyFault(String body, Class<?> type) {
        InvalidFields invalid = assertThrows(InvalidFields.class, () -> RequestBodies.json(body, type));
        assertEquals(1, invalid.errors().size(), invalid.errors().toString());
        return invalid.errors().get(0);
    }

    private static void assertFault(String field, String key, InvalidFields.FieldError fault) {
        assertEquals(field, fault.field(), fault.toString());
        assertEquals(key, fault.messageKey(), fault.toString());
    }

    @Test
    void aBodyAsWrittenIsBound() {
        Details d = RequestBodies.json("""
                {"givenNames": "Amina", "birthYear": 1991, "interpreterNeeded": true, "languages": ["so", "ar"],
                 "since": "2026-10-01", "score": 12.5, "id": 9007199254740993}""", Details.class);
        assertEquals("Amina", d.givenNames());
        assertEquals(1991, d.birthYear());
        assertTrue(d.interpreterNeeded());
        assertEquals(Set.of("so", "ar"), d.languages());
        assertEquals(LocalDate.of(2026, 10, 1), d.since());
        assertEquals(12.5, d.score());
        assertEquals(9007199254740993L, d.id());
        assertNull(d.address());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "1", "0", "\"TRUE \"", "\"true\"", "\"false\"", "[]", "{}"})
    void aBooleanIsOnlyTrueOrFalse(String granted) {
        assertFault(
                "granted",
                "validation.boolean",
                onlyFault("{\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": " + granted + "}", Consent.class));
    }

    @Test
    void aPrimitiveBooleanIsNeverGuessedEither() {
        assertFault("interpreterNeeded", "validation.boolean", onlyFault("{\"interpreterNeeded\": 1}", Details.class));
        assertFault(
                "interpreterNeeded", "validation.boolean", onlyFault("{\"interpreterNeeded\": null}", Details.class));
        assertFalse(RequestBodies.json("{}", Details.class).interpreterNeeded(), "absent is the default");
    }

    @Test
    void textIsOnlyAJsonString() {
        assertFault("givenNames", "validation.text", onlyFault("{\"givenNames\": 123}", Details.class));
        assertFault("givenNames", "validation.text", onlyFault("{\"givenNames\": true}", Details.class));
        assertFault("givenNames", "validation.text", onlyFault("{\"givenNames\": [\"A\"]}", Details.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990.5", "\"1990\"", "true", "1e10", "2147483648"})
    void aWholeNumberIsAWholeJsonNumberInRange(String year) {
        var fault = onlyFault("{\"birthYear\": " + year + "}", Details.class);
        assertEquals("birthYear", fault.field());
        assertTrue(Set.of("validation.wholeNumber", "validation.range").contains(fault.messageKey()), fault.toString());
    }

    @Test
    void aWholeNumberWrittenWithZeroDecimalsIsStillWhole() {
        assertEquals(
                1990,
                RequestBodies.json("{\"birthYear\": 1990.0}", Details.class).birthYear());
        assertEquals(
                2000, RequestBodies.json("{\"birthYear\": 2e3}", Details.class).birthYear());
    }

    @Test
    void aNumberIsNotText() {
        assertFault("score", "validation.number", onlyFault("{\"score\": \"12\"}", Details.class));
    }

    @Test
    void aCodeIsOneOfItsNamesExactly() {
        var fault = onlyFault("{\"purpose\": \"sharing_with_partners\", \"granted\": true}", Consent.class);
        assertFault("purpose", "validation.code", fault);
        assertEquals(List.of("REGISTRATION, SHARING_WITH_PARTNERS"), fault.arguments());
        assertFault("purpose", "validation.code", onlyFault("{\"purpose\": 1, \"granted\": true}", Consent.class));
    }

    @Test
    void aDateIsAnIsoDate() {
        assertFault("since", "validation.isoDate", onlyFault("{\"since\": \"2026-02-30\"}", Details.class));
        assertFault("since", "validation.isoDate", onlyFault("{\"since\": 20260201}", Details.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "[{}]", "\"text\"", "12", "true"})
    void aBodyThatIsNotAnObjectIsRefused(String body) {
        assertFault("body", "validation.object", onlyFault(body, Consent.class));
    }

    @Test
    void aListBodyIsAListWithoutNulls() {
        InvalidFields notList =
                assertThrows(InvalidFields.class, () -> RequestBodies.json("null", Need[].class, "needs"));
        assertFault("needs", "validation.list", notList.errors().get(0));
        InvalidFields withNull = assertThrows(
                InvalidFields.class,
                () -> RequestBodies.json("[{\"category\": \"REGISTRATION\"}, null]", Need[].class, "needs"));
        assertFault("needs[1]", "validation.nullElement", withNull.errors().get(0));
        InvalidFields nullCode =
                assertThrows(InvalidFields.class, () -> RequestBodies.json("[\"51\", null]", String[].class, "skills"));
        assertFault("skills[1]", "validation.nullElement", nullCode.errors().get(0));
        assertArrayEquals(new String[] {"51", "94"}, RequestBodies.json("[\"51\", \"94\"]", String[].class, "skills"));
    }

    @Test
    void faultsDeepInsideAreNamedByTheirPathAllAtOnce() {
        InvalidFields invalid = assertThrows(InvalidFields.class, () -> RequestBodies.json("""
                {"members": [{"person": {"givenNames": "Omar"}},
                             {"person": {"givenNames": 123, "languages": ["ar", null]},
                              "needs": [{"category": "HOUSING"}, null]}]}""", Household.class));
        assertEquals(
                List.of(
                        "members[1].person.givenNames",
                        "members[1].person.languages[1]",
                        "members[1].needs[0].category",
                        "members[1].needs[1]"),
                invalid.errors().stream().map(InvalidFields.FieldError::field).toList());
    }

    @Test
    void aNullElementInsideANestedListIsRefused() {
        assertFault("members[0]", "validation.nullElement", onlyFault("{\"members\": [null]}", Household.class));
    }

    @Test
    void unknownAndRepeatedFieldsAreRefused() {
        assertFault(
                "grantd",
                "validation.unknownField",
                onlyFault("{\"purpose\": \"REGISTRATION\", \"grantd\": true}", Consent.class));
        RuleViolation twice = assertThrows(
                RuleViolation.class,
                () -> RequestBodies.json("{\"granted\": true, \"granted\": false}", Consent.class));
        assertEquals("granted", twice.field());
        assertEquals("validation.duplicateField", twice.messageKey());
    }

    @Test
    void textLongerThanItsFieldIsRefusedNotCut() {
        String name = "a".repeat(201);
        var fault = onlyFault("{\"givenNames\": \"" + name + "\"}", Details.class);
        assertFault("givenNames", "validation.text.tooLong", fault);
        assertEquals(List.of(200), fault.arguments());
        assertEquals(
                400,
                RequestBodies.json("{\"address\": \"" + "b".repeat(400) + "\"}", Details.class)
                        .address()
                        .length());
        assertFault(
                "address",
                "validation.text.tooLong",
                onlyFault("{\"address\": \"" + "b".repeat(401) + "\"}", Details.class));
        assertFault(
                "languages[0]",
                "validation.text.tooLong",
                onlyFault("{\"languages\": [\"" + "c".repeat(201) + "\"]}", Details.class));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"\\u0000", "\\u001b", "\\u007f", "\\u0085", "\\u009f", "\\ud800", "\\udc00", "\\t", "\\n", "\\r"
            })
    void controlAndBrokenCharactersAreRefusedInOneLineText(String escaped) {
        assertFault(
                "givenNames",
                "validation.text.control",
                onlyFault("{\"givenNames\": \"Am" + escaped + "ina\"}", Details.class));
    }

    @Test
    void notesMayHaveSeveralLinesButNoOtherControlCharacters() {
        Need need =
                RequestBodies.json("{\"category\": \"REGISTRATION\", \"note\": \"one\\r\\ntwo\\tthree\"}", Need.class);
        assertEquals("one\r\ntwo\tthree", need.note());
        assertFault(
                "note",
                "validation.text.control",
                onlyFault("{\"category\": \"REGISTRATION\", \"note\": \"bell\\u0007\"}", Need.class));
        assertEquals(
                "\uD83D\uDE00 ok",
                RequestBodies.json("{\"givenNames\": \"\\ud83d\\ude00 ok\"}", Details.class)
                        .givenNames(),
                "a character outside the BMP is a pair of surrogates, not a broken one");
    }

    @Test
    void malformedEmptyDeepAndHugeBodiesAreRefusedWithoutServerErrors() {
        assertEquals(
                "validation.bodyMissing",
                assertThrows(RuleViolation.class, () -> RequestBodies.json("  ", Consent.class))
                        .messageKey());
        assertEquals(
                "validation.bodyMalformed",
                assertThrows(RuleViolation.class, () -> RequestBodies.json("{\"granted\": tru}", Consent.class))
                        .messageKey());
        assertEquals(
                "validation.bodyMalformed",
                assertThrows(RuleViolation.class, () -> RequestBodies.json("{} {}", Consent.class))
                        .messageKey());
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals(
                "validation.bodyTooDeep",
                assertThrows(RuleViolation.class, () -> RequestBodies.json(deep, Need[].class, "needs"))
                        .messageKey());
        String huge = "{\"birthYear\": 1" + "0".repeat(100_000) + "}";
        assertEquals(
                "validation.range",
                assertThrows(RuleViolation.class, () -> RequestBodies.json(huge, Details.class))
                        .messageKey());
    }

    @Test
    void aDocumentPassedOnAsItIsIsStillReadStrictly() {
        JsonObject document =
                RequestBodies.object("{\"services\": [{\"name\": \"Clinic\", \"description\": \"a\\nb\"}]}");
        assertEquals(
                "Clinic", document.getJsonArray("services").getJsonObject(0).getString("name"));
        InvalidFields invalid = assertThrows(
                InvalidFields.class, () -> RequestBodies.object("{\"services\": [{\"name\": \"Cli\\u0000nic\"}]}"));
        assertFault(
                "services[0].name", "validation.text.control", invalid.errors().get(0));
        assertFault(
                "body",
                "validation.object",
                assertThrows(InvalidFields.class, () -> RequestBodies.object("null"))
                        .errors()
                        .get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "yes", "no", "TRUE", "True", " true", "true ", "on"})
    void aFlagIsOnlyTrueOrFalse(String value) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> RequestBodies.flag(value, "dryRun", false));
        assertEquals("dryRun", refused.field());
        assertEquals("validation.boolean", refused.messageKey());
    }

    @Test
    void aFlagAbsentTakesItsDefault() {
        assertTrue(RequestBodies.flag("true", "dryRun", false));
        assertFalse(RequestBodies.flag("false", "dryRun", true));
        assertTrue(RequestBodies.flag(null, "dryRun", true));
        // named without a value ("?dryRun="): refused, not taken as either
        RuleViolation blank = assertThrows(RuleViolation.class, () -> RequestBodies.flag("", "dryRun", false));
        assertEquals("dryRun", blank.field());
    }

    @Test
    void aWholeNumberParameterIsDigitsWithinItsRange() {
        assertEquals(20, RequestBodies.wholeNumber(null, "size", 20, 1, 100));
        assertEquals(7, RequestBodies.wholeNumber("7", "size", 20, 1, 100));
        for (String bad : List.of("abc", "1.5", "1e2", "99999999999", " 7", "+7")) {
            RuleViolation refused =
                    assertThrows(RuleViolation.class, () -> RequestBodies.wholeNumber(bad, "size", 20, 1, 100));
            assertEquals("size", refused.field(), bad);
        }
        assertEquals(
                "validation.between",
                assertThrows(RuleViolation.class, () -> RequestBodies.wholeNumber("500", "size", 20, 1, 100))
                        .messageKey());
    }
}
