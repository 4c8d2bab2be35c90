package org.welcomedesk.registry.registration.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ThroughTheApi;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry API as a counter integration uses it: registration with Idempotency-Key,
 * ETag / If-Match updates, problem details, audit of reads, and least privilege by role.
 */
class RegistryApiIT extends ThroughTheApi {

    private static String registration(String familyName) {
        return """
                {"person": {"givenNames": "Amina", "familyNames": "%s", "sex": "F", "birthYear": 1991,
                            "citizenships": ["SO"], "countryOfBirth": "SO", "languages": ["so"], "preferredLanguage": "so",
                            "phone": "+351 912 345 678"},
                 "documents": [{"type": "PASSPORT", "number": "P%s", "issuingCountry": "SO"}],
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-10-01", "districtId": 2,
                             "otherCountry": "SO", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HOUSING", "note": "Temporary shelter"}]}
                """.formatted(familyName, familyName.hashCode() & 0xffffff);
    }

    @Test
    void aReplayedRegistrationReturnsTheFirstPersonAndCreatesNothing() throws Exception {
        String family = "Replay" + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = desk.post("/persons", registration(family), Map.of("Idempotency-Key", key));
        HttpResponse<String> replay = desk.post("/persons", registration(family), Map.of("Idempotency-Key", key));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, replay.statusCode(), replay.body());
        assertEquals(first.headers().firstValue("Location"), replay.headers().firstValue("Location"));
        JsonObject found = Api.object(desk.post("/persons/search", "{\"name\": \"Amina " + family + "\"}", Map.of()));
        assertEquals(1, found.getInt("total"), "one person, however often the request was sent");

        HttpResponse<String> otherRequest =
                desk.post("/persons", registration(family + "x"), Map.of("Idempotency-Key", key));
        assertEquals(400, otherRequest.statusCode(), "the same key for a different request is refused");
    }

    @Test
    void aStaleUpdateIsRefusedWith412AndTheSavedChangeSurvives() throws Exception {
        HttpResponse<String> created = desk.post(
                "/persons", registration("Stale" + UUID.randomUUID().toString().substring(0, 6)), Map.of());
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        JsonObject person = Api.object(created);

        String firstEdit = details(person, "+351 911 111 111");
        String secondEdit = details(person, "+351 922 222 222");
        HttpResponse<String> saved = desk.put(location, firstEdit, Map.of("If-Match", etag));
        HttpResponse<String> stale = desk.put(location, secondEdit, Map.of("If-Match", etag));

        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(412, stale.statusCode(), stale.body());
        assertNotEquals(etag, stale.headers().firstValue("ETag").orElseThrow(), "412 carries the current version");
        assertEquals("+351 911 111 111", Api.object(desk.get(location)).getString("phone"), "nothing overwritten");
        assertEquals(428, desk.put(location, secondEdit, Map.of()).statusCode(), "If-Match is required");
        String newEtag = saved.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                200,
                desk.put(location, secondEdit, Map.of("If-Match", newEtag)).statusCode(),
                "the ETag returned by a PUT is the one to send next");
    }

    @Test
    void invalidFieldsAreNamedInTheProblemDetails() throws Exception {
        String bad = """
                {"person": {"givenNames": "Ana", "sex": "F", "birthYear": 2090, "email": "not-an-email"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-10-01", "districtId": 2}}
                """;
        HttpResponse<String> response = desk.post("/persons", bad, Map.of("Accept-Language", "pt"));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        List<String> fields = Api.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertEquals(List.of("birthYear"), fields, response.body());
    }

    @Test
    void unknownCodesAreNamedInsteadOfFailingInTheDatabase() throws Exception {
        String unknownCountry = registration(
                        "Codes" + UUID.randomUUID().toString().substring(0, 6))
                .replace("\"otherCountry\": \"SO\"", "\"otherCountry\": \"QQ\"");
        HttpResponse<String> response = desk.post("/persons", unknownCountry, Map.of());
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "otherCountry",
                Api.object(response).getJsonArray("errors").getJsonObject(0).getString("field"));

        String endedDistrict = registration(
                        "Codes" + UUID.randomUUID().toString().substring(0, 6))
                .replace("\"districtId\": 2", "\"districtId\": 10");
        HttpResponse<String> ended = desk.post("/persons", endedDistrict, Map.of());
        assertEquals(400, ended.statusCode(), "district 10 (Eastfield) was split in 2025: " + ended.body());
        assertEquals(
                "districtId",
                Api.object(ended).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void everyReadIsAuditedAndSupervisorsSeeTheHistory() throws Exception {
        HttpResponse<String> created = desk.post(
                "/persons", registration("Audit" + UUID.randomUUID().toString().substring(0, 6)), Map.of());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = Api.object(created).getString("id");
        // the POST answers with the record, which is itself a read: count from here
        long before = reads(id, "service-account-desk-integration", List.of());

        desk.get(location);

        assertEquals(before + 1, reads(id, "service-account-desk-integration", List.of()), "the GET is one more read");
        HttpResponse<String> history = desk.get(location + "/history");
        assertEquals(200, history.statusCode(), history.body());
        var entries = Api.json(history.body()).asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("CREATE")), history.body());
    }

    @Test
    void searchesHouseholdsAndTheMembersShownWithARecordAreAuditedAsReads() throws Exception {
        String family = "Haddad" + UUID.randomUUID().toString().substring(0, 4);
        JsonObject household = Api.object(desk.post("/households", household(family), Map.of()));
        var members = household.getJsonArray("members").getValuesAs(JsonObject.class);
        String omar = members.stream()
                .filter(m -> m.getString("relationship").equals("REFERENCE_PERSON"))
                .findFirst()
                .orElseThrow()
                .getString("personId");
        String lina = members.stream()
                .filter(m -> m.getString("relationship").equals("CHILD"))
                .findFirst()
                .orElseThrow()
                .getString("personId");
        String actor = "service-account-desk-integration";

        long searched = reads(omar, actor, List.of("search"));
        JsonObject found = Api.object(desk.post("/persons/search", "{\"name\": \"Omar " + family + "\"}", Map.of()));
        assertEquals(omar, found.getJsonArray("people").getJsonObject(0).getString("id"), found.toString());
        assertEquals(searched + 1, reads(omar, actor, List.of("search")), "a person shown in search results was read");

        long omarInHousehold = reads(omar, actor, List.of("household"));
        long linaInHousehold = reads(lina, actor, List.of("household"));
        assertEquals(200, desk.get("/households/" + household.getString("id")).statusCode());
        assertEquals(omarInHousehold + 1, reads(omar, actor, List.of("household")), "each member of a household read");
        assertEquals(linaInHousehold + 1, reads(lina, actor, List.of("household")));

        desk.get("/persons/" + omar);
        assertEquals(
                linaInHousehold + 2,
                reads(lina, actor, List.of("household")),
                "Omar's record lists Lina's name and relationship: a read of hers");
        assertEquals(omarInHousehold + 1, reads(omar, actor, List.of("household")), "not of his own as a member");
    }

    /** How often {@code actor} read the person's record with exactly these fields, as the history shows. */
    private static long reads(String personId, String actor, List<String> fields) throws Exception {
        HttpResponse<String> history = desk.get("/persons/" + personId + "/history");
        assertEquals(200, history.statusCode(), history.body());
        return Api.json(history.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("VIEW")
                        && e.getString("actor").equals(actor)
                        && e.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString)
                                .toList()
                                .equals(fields))
                .count();
    }

    @Test
    void aPlannerNeverSeesPersonalRecords() throws Exception {
        HttpResponse<String> created = desk.post(
                "/persons",
                registration("Private" + UUID.randomUUID().toString().substring(0, 6)),
                Map.of());
        String location = created.headers().firstValue("Location").orElseThrow();

        assertEquals(403, planner.get(location).statusCode());
        assertEquals(
                403,
                planner.post("/persons/search", "{\"name\": \"Amina\"}", Map.of())
                        .statusCode());
        assertEquals(
                403, planner.post("/persons", registration("Nope"), Map.of()).statusCode());
    }

    @Test
    void aHouseholdIsRegisteredTogether() throws Exception {
        String family = "Haddad" + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> response = desk.post("/households", household(family), Map.of());

        assertEquals(201, response.statusCode(), response.body());
        var members = Api.object(response).getJsonArray("members").getValuesAs(JsonObject.class);
        assertEquals(2, members.size());
        assertTrue(members.stream().anyMatch(m -> m.getString("relationship").equals("REFERENCE_PERSON")));
        assertTrue(members.stream().anyMatch(m -> m.getString("relationship").equals("CHILD")));
    }

    @Test
    void consentIsWithdrawnNeedsAreRecordedAtAVisitAndDocumentsAddedLater() throws Exception {
        HttpResponse<String> created = desk.post(
                "/persons", registration("Visit" + UUID.randomUUID().toString().substring(0, 6)), Map.of());
        String location = created.headers().firstValue("Location").orElseThrow();

        assertEquals(
                204,
                desk.post(
                                location + "/consents",
                                "{\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": true}",
                                Map.of())
                        .statusCode());
        assertEquals(
                204,
                desk.post(
                                location + "/consents",
                                "{\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": false}",
                                Map.of())
                        .statusCode());
        assertEquals(
                204,
                desk.post(location + "/needs", "[{\"category\": \"LANGUAGE\", \"note\": \"Evening course\"}]", Map.of())
                        .statusCode());
        String number = "RP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        assertEquals(
                204,
                desk.post(
                                location + "/documents",
                                "{\"type\": \"RESIDENCE_PERMIT\", \"number\": \"" + number
                                        + "\", \"issuingCountry\": \"PT\", \"expiryDate\": \"2030-01-31\"}",
                                Map.of())
                        .statusCode());

        JsonObject person = Api.object(desk.get(location));
        var consents = person.getJsonArray("consents").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("purpose").equals("SHARING_WITH_PARTNERS"))
                .toList();
        assertEquals(2, consents.size(), "withdrawal is recorded like the consent, not instead of it");
        assertEquals(false, consents.get(1).getBoolean("granted"));
        assertEquals(2, person.getJsonArray("needsAssessments").size(), "one at registration, one at this visit");
        assertEquals(2, person.getJsonArray("documents").size());
        JsonObject found = Api.object(desk.post(
                "/persons/search",
                "{\"documentNumber\": \"" + number.toLowerCase(java.util.Locale.ROOT) + "\"}",
                Map.of()));
        assertEquals(
                person.getString("id"),
                found.getJsonArray("people").getJsonObject(0).getString("id"));
    }

    // ---- strict input: nothing guessed, nothing unbounded --------------------------------

    private static List<String> fieldsOf(HttpResponse<String> response) {
        return Api.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of(field), fieldsOf(response), response.body());
    }

    @Test
    void aConsentThatIsNotTrueOrFalseIsRefusedAndNothingIsRecorded() throws Exception {
        HttpResponse<String> created = desk.post(
                "/persons", registration("Yes" + UUID.randomUUID().toString().substring(0, 6)), Map.of());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals(
                204,
                desk.post(
                                location + "/consents",
                                "{\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": true}",
                                Map.of())
                        .statusCode());
        var before = Api.object(desk.get(location)).getJsonArray("consents");

        for (String granted : List.of("\"yes\"", "1", "\"TRUE \"", "null")) {
            HttpResponse<String> refused = desk.post(
                    location + "/consents",
                    "{\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": " + granted + "}",
                    Map.of("Accept-Language", "fr"));
            assertRefused(refused, "granted");
            assertTrue(
                    granted.equals("null")
                            || Api.object(refused)
                                    .getJsonArray("errors")
                                    .getJsonObject(0)
                                    .getString("message")
                                    .contains("true"),
                    "the message says what to send, in French: " + refused.body());
        }
        assertEquals(
                before,
                Api.object(desk.get(location)).getJsonArray("consents"),
                "no withdrawal was recorded from a value that only looked like one");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedByName() throws Exception {
        String family = "Types" + UUID.randomUUID().toString().substring(0, 6);
        assertRefused(
                desk.post(
                        "/persons",
                        registration(family).replace("\"givenNames\": \"Amina\"", "\"givenNames\": 123"),
                        Map.of()),
                "person.givenNames");
        assertRefused(
                desk.post(
                        "/persons",
                        registration(family).replace("\"birthYear\": 1991", "\"birthYear\": 1990.5"),
                        Map.of()),
                "person.birthYear");
        assertRefused(
                desk.post(
                        "/persons",
                        registration(family).replace("\"phone\"", "\"interpreterNeeded\": 1, \"phone\""),
                        Map.of()),
                "person.interpreterNeeded");
        assertRefused(
                desk.post("/persons", registration(family).replace("\"documents\"", "\"documentz\""), Map.of()),
                "documentz");
        String document = "P" + (family.hashCode() & 0xffffff);
        assertEquals(
                0,
                Api.object(desk.post("/persons/search", "{\"documentNumber\": \"" + document + "\"}", Map.of()))
                        .getInt("total"),
                "nothing was registered");
    }

    @Test
    void aNullBodyOrANullElementIsA400NotAServerError() throws Exception {
        HttpResponse<String> created = desk.post(
                "/persons", registration("Null" + UUID.randomUUID().toString().substring(0, 6)), Map.of());
        String location = created.headers().firstValue("Location").orElseThrow();

        for (String path : List.of(
                "/persons",
                "/persons/search",
                "/persons/matches",
                location + "/consents",
                location + "/events",
                location + "/documents",
                "/households",
                "/duplicates/1/merge")) {
            assertRefused(desk.post(path, "null", Map.of()), "body");
        }
        assertRefused(desk.post(location + "/needs", "null", Map.of()), "needs");
        assertRefused(desk.post(location + "/needs", "[null]", Map.of()), "needs[0]");
        assertRefused(desk.put(location + "/skills", "[\"51\", null]", Map.of()), "skills[1]");
        assertRefused(desk.post("/households", "{\"members\": [null]}", Map.of()), "members[0]");
        assertRefused(
                desk.post(
                        "/persons",
                        "{\"person\": {\"givenNames\": \"A\", \"sex\": \"F\"}, \"documents\": [null]}",
                        Map.of()),
                "documents[0]");
        assertRefused(
                desk.post(
                        "/persons",
                        "{\"person\": {\"givenNames\": \"A\", \"sex\": \"F\"}, \"consents\": [null]}",
                        Map.of()),
                "consents[0]");
    }

    @Test
    void aDryRunIsNeverGuessed() throws Exception {
        int before = Api.json(desk.get("/imports").body()).asJsonArray().size();
        String csv = "given_names,family_names,sex\nSamira,Guess"
                + UUID.randomUUID().toString().substring(0, 6) + ",F\n";
        for (String dryRun : List.of("1", "yes", "TRUE", "0")) {
            assertRefused(
                    desk.post("/imports?fileName=guess.csv&dryRun=" + dryRun, csv, Map.of("Content-Type", "text/csv")),
                    "dryRun");
        }
        String boundary = "wd" + UUID.randomUUID().toString().replace("-", "");
        String multipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"guess.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\nyes\r\n--" + boundary + "--\r\n";
        assertRefused(
                desk.post("/imports", multipart, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary)),
                "dryRun");
        assertRefused(
                desk.post(
                        "/imports",
                        multipart.replace("name=\"dryRun\"", "name=\"dryrun\""),
                        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary)),
                "dryrun");
        assertEquals(before, Api.json(desk.get("/imports").body()).asJsonArray().size(), "no import was started");
        assertRefused(desk.get("/duplicates?size=abc"), "size");
    }

    @Test
    void overLongTextIsRefusedQuicklyAndOversizedBodiesEarly() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> search =
                desk.post("/persons/search", "{\"name\": \"" + "a".repeat(100_000) + "\"}", Map.of());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertRefused(search, "name");
        assertTrue(millis < 2000, "refused in " + millis + " ms");

        assertRefused(desk.post("/persons/search", "{\"name\": \"Am\\u0000ina\"}", Map.of()), "name");
        assertRefused(
                desk.post(
                        "/persons",
                        registration("Ctl" + UUID.randomUUID().toString().substring(0, 6))
                                .replace("\"Amina\"", "\"Ami\\u001bna\""),
                        Map.of()),
                "person.givenNames");

        HttpResponse<String> large =
                desk.post("/persons/search", "{\"name\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}", Map.of());
        assertEquals(413, large.statusCode(), large.body());
        assertEquals(
                "application/problem+json",
                large.headers().firstValue("Content-Type").orElseThrow());
    }

    /** Omar and his daughter Lina, arrived together. */
    private static String household(String family) {
        return """
                {"members": [
                  {"person": {"givenNames": "Omar", "familyNames": "%1$s", "sex": "M", "birthYear": 1985},
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 3, "otherCountry": "SY"}},
                  {"person": {"givenNames": "Lina", "familyNames": "%1$s", "sex": "F", "birthYear": 2015},
                   "householdRole": "CHILD",
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 3, "otherCountry": "SY"}}]}
                """.formatted(family);
    }

    private static String details(JsonObject person, String phone) {
        return """
                {"givenNames": "%s", "familyNames": "%s", "sex": "F", "birthYear": 1991, "citizenships": ["SO"],
                 "countryOfBirth": "SO", "languages": ["so"], "preferredLanguage": "so", "phone": "%s"}
                """.formatted(person.getString("givenNames"), person.getString("familyNames"), phone);
    }
}
