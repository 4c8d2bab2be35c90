package org.welcomedesk.services.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ThroughTheApi;
import org.welcomedesk.testsupport.UniqueNames;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services API as the desk, a partner and a planner use it, against the demo directory: the
 * HSDS document round trip, matches explained in the caller's language, and a referral loop
 * closed by the partner, who sees only its own referrals and only what was shared.
 */
class ReferralApiIT extends ThroughTheApi {

    private static final String HARBOUR = "Harbour Community Clinic";
    private static final String WESTMOOR = "Westmoor Legal Aid";

    @Test
    void theHsdsDocumentImportedBackChangesNothing() throws Exception {
        HttpResponse<String> first = desk.get("/directory/hsds");
        assertEquals(200, first.statusCode(), first.body());
        JsonObject a = Api.object(first);
        var services = a.getJsonArray("services").getValuesAs(JsonObject.class);
        assertTrue(services.size() >= 38 && services.size() <= 45, "about 40 services: " + services.size());
        assertTrue(a.getJsonArray("organizations").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("name").equals(HARBOUR)));

        HttpResponse<String> imported = admin.post("/directory/hsds", first.body(), Map.of());
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject summary = Api.object(imported);
        assertEquals(
                0,
                summary.getInt("organizationsAdded")
                        + summary.getInt("locationsAdded")
                        + summary.getInt("servicesAdded")
                        + summary.getInt("placesAdded"),
                summary.toString());
        assertEquals(a.getJsonArray("organizations").size(), summary.getInt("organizationsUpdated"));
        assertEquals(a.getJsonArray("locations").size(), summary.getInt("locationsUpdated"));
        assertEquals(services.size(), summary.getInt("servicesUpdated"));
        assertEquals(a.getJsonArray("service_at_locations").size(), summary.getInt("placesUpdated"));

        JsonObject b = Api.object(admin.get("/directory/hsds"));
        assertEquals(a, b, "exported, imported and exported again: the same document");

        assertEquals(200, planner.get("/directory/hsds").statusCode(), "planners read the directory");
        assertEquals(403, desk.post("/directory/hsds", first.body(), Map.of()).statusCode(), "only admins import");
        HttpResponse<String> broken = admin.post("/directory/hsds", "{\"services\": [", Map.of());
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("body", field(broken));
        HttpResponse<String> numberAsId =
                admin.post("/directory/hsds", "{\"organizations\": [{\"id\": 123, \"name\": \"Number\"}]}", Map.of());
        assertEquals(400, numberAsId.statusCode(), "a number is not read as an absent id: " + numberAsId.body());
        assertEquals("organizations[0].id", field(numberAsId));
        HttpResponse<String> control = admin.post(
                "/directory/hsds", "{\"organizations\": [{\"id\": \"x\", \"name\": \"Bad\\u0000Name\"}]}", Map.of());
        assertEquals(400, control.statusCode(), control.body());
        assertEquals("organizations[0].name", field(control));
    }

    @Test
    void theDirectoryIsReadByServiceWithRulesAndPlaces() throws Exception {
        JsonObject clinic = service("HEALTH", HARBOUR, "Women's Health Clinic");
        assertEquals(HARBOUR, clinic.getString("organizationName"));
        assertTrue(
                clinic.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getString("criterion").equals("SEX")
                                && r.getString("value").equals("F")),
                clinic.toString());
        JsonObject place = clinic.getJsonArray("places").getJsonObject(0);
        assertFalse(place.getJsonArray("hours").isEmpty(), place.toString());
        assertFalse(place.getJsonObject("location").getString("name").isBlank());

        HttpResponse<String> jobs = partner.get("/directory/services?offer=JOB");
        assertEquals(200, jobs.statusCode(), jobs.body());
        assertTrue(Api.json(jobs.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getString("offer").equals("JOB")));
        HttpResponse<String> unknown = desk.get("/directory/services?need=FLYING");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("need", field(unknown));
        var organizations = Api.json(desk.get("/directory/organizations").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        String harbourId = organizations.stream()
                .filter(o -> o.getString("name").equals(HARBOUR))
                .findFirst()
                .orElseThrow()
                .getString("id");
        JsonObject harbour = Api.object(desk.get("/directory/organizations/" + harbourId));
        assertEquals("harbour-clinic", harbour.getString("partnerCode"));
        assertFalse(harbour.getJsonArray("services").isEmpty());
        assertEquals(404, desk.get("/directory/organizations/no-such-id").statusCode());
        assertTrue(Api.json(desk.get("/directory/service-at-locations").body())
                        .asJsonArray()
                        .size()
                >= 40);
    }

    @Test
    void matchesAreExplainedInTheCallersLanguage() throws Exception {
        String id = registerMan();
        assertEquals(
                204,
                desk.post("/persons/" + id + "/needs", "[{\"category\": \"HEALTH\"}]", Map.of())
                        .statusCode());

        HttpResponse<String> english = desk.get("/persons/" + id + "/service-matches?need=HEALTH");
        assertEquals(200, english.statusCode(), english.body());
        JsonObject matches = Api.object(english);
        assertEquals(
                List.of("HEALTH"),
                matches.getJsonArray("needs").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        var services = matches.getJsonArray("services").getValuesAs(JsonObject.class);
        assertTrue(services.get(0).getBoolean("eligible"), "eligible first");
        JsonObject walkIn = services.stream()
                .filter(s -> s.getString("organizationName").equals(HARBOUR) && s.getBoolean("eligible"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(english.body()));
        JsonObject needMet = reason(walkIn, "match.need");
        assertTrue(needMet.getBoolean("favourable"));
        assertEquals("Meets: Health", needMet.getString("text"));
        assertFalse(walkIn.getString("serviceAtLocationId").isBlank());

        JsonObject womenOnly = byName(services, "Women's Health Clinic");
        assertFalse(womenOnly.getBoolean("eligible"), "a women-only service is not offered to a man");
        JsonObject sex = reason(womenOnly, "eligibility.SEX.unmet");
        assertEquals("ELIGIBILITY", sex.getString("kind"));
        assertFalse(sex.getBoolean("favourable"));
        assertTrue(sex.getString("text").contains("Female"), sex.toString());

        JsonObject french = Api.object(
                desk.get("/persons/" + id + "/service-matches?need=HEALTH", Map.of("Accept-Language", "fr")));
        JsonObject sexInFrench = reason(
                byName(french.getJsonArray("services").getValuesAs(JsonObject.class), "Women's Health Clinic"),
                "eligibility.SEX.unmet");
        assertNotEquals(sex.getString("text"), sexInFrench.getString("text"));
        assertTrue(sexInFrench.getString("text").contains("Féminin"), sexInFrench.toString());

        JsonObject latestVisit = Api.object(desk.get("/persons/" + id + "/service-matches"));
        assertTrue(
                latestVisit.getJsonArray("needs").toString().contains("HEALTH"), "the latest visit's needs by default");
        HttpResponse<String> unknownNeed = desk.get("/persons/" + id + "/service-matches?need=FLYING");
        assertEquals(400, unknownNeed.statusCode(), unknownNeed.body());
        assertEquals("need", field(unknownNeed));
        assertEquals(404, desk.get("/persons/no-such-person/service-matches").statusCode());
        assertEquals(403, planner.get("/persons/" + id + "/service-matches").statusCode());
        assertEquals(403, partner.get("/persons/" + id + "/service-matches").statusCode());
    }

    @Test
    void aReferralLoopIsClosedByThePartnerWhoSeesOnlyWhatWasShared() throws Exception {
        String id = registerMan();
        String place = placeOf(service("HEALTH", HARBOUR, "GP Walk-in Consultations"));

        HttpResponse<String> drafted = desk.post("/referrals", """
                {"personId": "%s", "serviceAtLocationId": "%s", "need": "HEALTH", "note": "Persistent cough"}
                """.formatted(id, place), Map.of());
        assertEquals(201, drafted.statusCode(), drafted.body());
        JsonObject draft = Api.object(drafted);
        String code = draft.getString("code");
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(drafted.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/referrals/" + code));

        HttpResponse<String> withoutConsent =
                desk.post("/referrals/" + code + "/send", "{\"consentGivenNow\": false}", Map.of());
        assertEquals(400, withoutConsent.statusCode(), withoutConsent.body());
        assertEquals(
                "application/problem+json",
                withoutConsent.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("consent", field(withoutConsent));

        HttpResponse<String> sent = desk.post("/referrals/" + code + "/send", "{\"consentGivenNow\": true}", Map.of());
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals("SENT", Api.object(sent).getString("status"));
        assertTrue(Api.object(sent).containsKey("consentCheckedAt"), sent.body());

        HttpResponse<String> inbox = partner.get("/referrals/inbox");
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertTrue(
                Api.json(inbox.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getString("code").equals(code)),
                inbox.body());

        HttpResponse<String> seen = partner.get("/referrals/" + code);
        assertEquals(200, seen.statusCode(), seen.body());
        JsonObject shared = Api.object(seen);
        assertTrue(shared.getString("name").contains("Haddad"), seen.body());
        assertEquals("HEALTH", shared.getString("need"));
        assertEquals("Persistent cough", shared.getString("note"));
        Set<String> keys = shared.keySet();
        for (String privateField : List.of(
                "birthDate",
                "birthYear",
                "documents",
                "address",
                "personId",
                "citizenships",
                "countryOfBirth",
                "events",
                "consents",
                "districtId",
                "sex",
                "consentCheckedBy")) {
            assertFalse(keys.contains(privateField), privateField + " is not shared with the partner: " + keys);
        }

        assertEquals(
                "ACCEPTED",
                Api.object(partner.post("/referrals/" + code + "/accept", "", Map.of()))
                        .getString("status"));
        assertEquals(
                "COMPLETED",
                Api.object(partner.post("/referrals/" + code + "/complete", "", Map.of()))
                        .getString("status"));
        HttpResponse<String> again = partner.post("/referrals/" + code + "/complete", "", Map.of());
        assertEquals(400, again.statusCode(), again.body());
        assertEquals("status", field(again));

        JsonObject closed = Api.object(desk.get("/referrals/" + code));
        assertEquals("COMPLETED", closed.getString("status"));
        assertEquals(id, closed.getString("personId"));
        assertEquals(HARBOUR, closed.getString("organizationName"));
        var steps = closed.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("DRAFT", "SENT", "ACCEPTED", "COMPLETED"),
                steps.stream().map(s -> s.getString("status")).toList());
        assertEquals("service-account-harbour-clinic-referrals", steps.get(2).getString("by"));
        assertTrue(desk.get("/referrals?personId=" + id).body().contains(code));
        assertTrue(desk.get("/referrals?list=recent").body().contains(code));
        assertEquals(400, desk.get("/referrals?list=someday").statusCode());
    }

    @Test
    void aPartnerNeverSeesAnotherOrganisationsReferral() throws Exception {
        String id = registerMan();
        String place = placeOf(service("LEGAL", WESTMOOR, "Asylum and Residence Legal Advice"));
        HttpResponse<String> drafted = desk.post("/referrals", """
                {"personId": "%s", "serviceAtLocationId": "%s", "need": "LEGAL"}
                """.formatted(id, place), Map.of());
        assertEquals(201, drafted.statusCode(), drafted.body());
        String code = Api.object(drafted).getString("code");
        assertEquals(
                200,
                desk.post("/referrals/" + code + "/send", "{\"consentGivenNow\": true}", Map.of())
                        .statusCode());

        HttpResponse<String> read = partner.get("/referrals/" + code);
        assertEquals(404, read.statusCode(), read.body());
        assertEquals(
                "application/problem+json",
                read.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(read.body().contains(id), "nothing of the referral in the refusal");
        // another organisation's code is answered exactly like one that does not exist, so a
        // partner trying codes cannot learn which exist
        String madeUp = "R-2345-6789";
        for (String[] call : new String[][] {
            {"GET", ""}, {"POST", "/accept"}, {"POST", "/decline"}, {"POST", "/complete"}, {"POST", "/no-show"}
        }) {
            String body = call[1].equals("/decline") ? "{\"reason\": \"NO_CAPACITY\"}" : "";
            HttpResponse<String> other = call[0].equals("GET")
                    ? partner.get("/referrals/" + code)
                    : partner.post("/referrals/" + code + call[1], body, Map.of());
            HttpResponse<String> none = call[0].equals("GET")
                    ? partner.get("/referrals/" + madeUp)
                    : partner.post("/referrals/" + madeUp + call[1], body, Map.of());
            assertEquals(404, other.statusCode(), call[1] + " " + other.body());
            assertEquals(none.statusCode(), other.statusCode(), call[1]);
            assertEquals(none.body(), other.body(), call[1]);
            assertEquals(
                    none.headers().firstValue("Content-Type"), other.headers().firstValue("Content-Type"), call[1]);
        }
        JsonObject untouched = Api.object(desk.get("/referrals/" + code));
        assertEquals("SENT", untouched.getString("status"), "another organisation's refusal changes nothing");
        assertEquals(
                List.of("DRAFT", "SENT"),
                untouched.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("status"))
                        .toList());
        assertFalse(partner.get("/referrals/inbox").body().contains(code));
        assertEquals(403, partner.get("/referrals/" + code + "/slip").statusCode(), "the slip is the desk's");
        assertEquals(403, partner.get("/referrals?list=recent").statusCode(), "the desk's lists are the desk's");

        HttpResponse<String> slip = desk.get("/referrals/" + code + "/slip");
        assertEquals(200, slip.statusCode(), slip.body());
        assertEquals(
                "application/pdf", slip.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "attachment; filename=\"referral-" + code + ".pdf\"",
                slip.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(slip.body().startsWith("%PDF"));
    }

    @Test
    void afterConsentIsWithdrawnThePartnerLosesTheContactDetailsAndNoReferralCanBeSent() throws Exception {
        String id = registerMan();
        String place = placeOf(service("HEALTH", HARBOUR, "GP Walk-in Consultations"));
        String code = sentReferral(id, place);
        assertEquals(
                "+351 913 000 111",
                Api.object(partner.get("/referrals/" + code)).getString("phone"),
                "shared while consent stands");

        assertEquals(
                204,
                desk.post(
                                "/persons/" + id + "/consents",
                                "{\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": false}",
                                Map.of())
                        .statusCode());

        JsonObject seen = Api.object(partner.get("/referrals/" + code));
        assertTrue(seen.getString("name").contains("Haddad"), "the service still knows whom to expect");
        assertTrue(absent(seen, "phone") && absent(seen, "email"), "no contact details any more: " + seen);
        JsonObject inInbox =
                Api.json(partner.get("/referrals/inbox").body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getString("code").equals(code))
                        .findFirst()
                        .orElseThrow();
        assertTrue(absent(inInbox, "phone") && absent(inInbox, "email"), "nor in the inbox: " + inInbox);
        assertEquals(
                List.of("name", "preferredLanguage"),
                partnerReads(id).get(0),
                "the history says what the partner was shown");

        String another = Api.object(desk.post("/referrals", """
                {"personId": "%s", "serviceAtLocationId": "%s", "need": "HEALTH"}
                """.formatted(id, place), Map.of()))
                .getString("code");
        HttpResponse<String> refused =
                desk.post("/referrals/" + another + "/send", "{\"consentGivenNow\": false}", Map.of());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("consent", field(refused));
        assertEquals("DRAFT", Api.object(desk.get("/referrals/" + another)).getString("status"));
        assertEquals(404, partner.get("/referrals/" + another).statusCode(), "the partner never receives it");
    }

    @Test
    void everyReadOfAReferralByThePartnerIsAuditedWithWhatWasShown() throws Exception {
        String id = registerMan();
        String code = sentReferral(id, placeOf(service("HEALTH", HARBOUR, "GP Walk-in Consultations")));
        int before = partnerReads(id).size();

        partner.get("/referrals/" + code);
        assertEquals(before + 1, partnerReads(id).size(), "reading the referral");
        assertEquals(
                List.of("name", "phone", "email", "preferredLanguage"),
                partnerReads(id).get(0));

        partner.get("/referrals/inbox");
        assertEquals(before + 2, partnerReads(id).size(), "the inbox lists the person too");
    }

    @Test
    void unmetNeedsAreCountedAsNeedsAreRecordedAndReferralsEndUnmetEveryCountProtected() throws Exception {
        // Omar is 41 and lives in Harbour (D02): no child-care service of the demo directory takes him
        String childCare = "CHILD_CARE|D02|NO_ELIGIBLE_SERVICE";
        String declined = "HEALTH|D02|DECLINED";
        String noShow = "HEALTH|D02|NO_SHOW";

        String id = registerMan("CHILD_CARE");
        assertEquals(
                204,
                desk.post("/persons/" + id + "/needs", "[{\"category\": \"HEALTH\"}]", Map.of())
                        .statusCode());
        String place = placeOf(service("HEALTH", HARBOUR, "GP Walk-in Consultations"));
        String first = sentReferral(id, place);
        assertEquals(
                200,
                partner.post("/referrals/" + first + "/decline", "{\"reason\": \"NO_CAPACITY\"}", Map.of())
                        .statusCode());
        String second = sentReferral(id, place);
        assertEquals(
                200,
                partner.post("/referrals/" + second + "/accept", "", Map.of()).statusCode());
        assertEquals(
                200,
                partner.post("/referrals/" + second + "/no-show", "", Map.of()).statusCode());

        Map<String, JsonObject> end = unmetNeeds();
        // every need, district and cause is listed, so an empty cell cannot be told from a small one
        for (String cell : List.of(childCare, declined, noShow, "HOUSING|D10|NO_SHOW")) {
            assertTrue(end.containsKey(cell), cell + " is listed: " + end.keySet());
        }
        for (var count : end.entrySet()) {
            JsonObject c = count.getValue();
            if (c.containsKey("count")) {
                assertTrue(c.getJsonNumber("count").longValue() >= 5, "a published count is never below k: " + count);
                assertEquals("F", c.getString("CONF_STATUS"), count.toString());
                assertFalse(c.containsKey("fewerThan"), count.toString());
            } else {
                assertEquals("A", c.getString("CONF_STATUS"), "withheld, never 0: " + count);
                assertTrue(c.getInt("fewerThan") >= 5, count.toString());
            }
        }
        assertEquals(end, unmetNeeds(), "the same people give the same published counts");
    }

    @Test
    void rolesAreEnforcedAndSkillsRecorded() throws Exception {
        String id = registerMan();
        String place = placeOf(service("HEALTH", HARBOUR, "GP Walk-in Consultations"));
        String body =
                "{\"personId\": \"" + id + "\", \"serviceAtLocationId\": \"" + place + "\", \"need\": \"HEALTH\"}";
        assertEquals(403, planner.post("/referrals", body, Map.of()).statusCode(), "a planner never refers");
        assertEquals(403, partner.post("/referrals", body, Map.of()).statusCode(), "a partner never refers");
        HttpResponse<String> wrongNeed = desk.post("/referrals", body.replace("HEALTH", "HOUSING"), Map.of());
        assertEquals(400, wrongNeed.statusCode(), wrongNeed.body());
        assertEquals("need", field(wrongNeed));
        HttpResponse<String> pastDue =
                desk.post("/referrals", body.replace("}", ", \"dueDate\": \"2001-01-01\"}"), Map.of());
        assertEquals(400, pastDue.statusCode(), pastDue.body());
        assertEquals("dueDate", field(pastDue));
        HttpResponse<String> draft = desk.post("/referrals", body, Map.of());
        assertEquals(201, draft.statusCode(), draft.body());
        assertEquals(
                404,
                partner.get("/referrals/" + Api.object(draft).getString("code")).statusCode(),
                "a draft does not exist for the service: nobody checked consent to share yet");

        HttpResponse<String> unmet = planner.get("/unmet-needs");
        assertEquals(200, unmet.statusCode(), unmet.body());
        assertTrue(Api.object(unmet).containsKey("counts"));
        assertEquals(403, partner.get("/unmet-needs").statusCode());

        assertEquals(
                204,
                desk.put("/persons/" + id + "/skills", "[\"94\", \"51\"]", Map.of())
                        .statusCode());
        assertEquals(
                "[\"51\",\"94\"]",
                Api.object(desk.get("/persons/" + id)).getJsonArray("skills").toString());
        HttpResponse<String> unknownSkill = desk.put("/persons/" + id + "/skills", "[\"51\", \"99\"]", Map.of());
        assertEquals(400, unknownSkill.statusCode(), unknownSkill.body());
        assertEquals("skills", field(unknownSkill));
    }

    // ---- helpers --------------------------------------------------------------------------

    /** A man with a need for health care, registered at the counter; his id. */
    private static String registerMan() throws Exception {
        return registerMan("HEALTH");
    }

    /** A man born in 1985, living in Harbour (D02), with one need; his id. */
    private static String registerMan(String need) throws Exception {
        String family = "Haddad" + UniqueNames.letters(5);
        HttpResponse<String> created =
                desk.post("/persons", """
                {"person": {"givenNames": "Omar", "familyNames": "%s", "sex": "M", "birthYear": 1985,
                            "birthMonth": 3, "birthDay": 14, "citizenships": ["SY"], "countryOfBirth": "SY",
                            "languages": ["ar"], "preferredLanguage": "ar", "phone": "+351 913 000 111",
                            "address": "Rua do Porto 12"},
                 "documents": [{"type": "PASSPORT", "number": "N%s", "issuingCountry": "SY"}],
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2,
                             "otherCountry": "SY", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "%s"}]}
                """.formatted(family, family.toUpperCase(java.util.Locale.ROOT), need), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getString("id");
    }

    /** A referral drafted and sent with the person's consent given at the counter; its code. */
    private static String sentReferral(String personId, String place) throws Exception {
        HttpResponse<String> drafted = desk.post("/referrals", """
                {"personId": "%s", "serviceAtLocationId": "%s", "need": "HEALTH"}
                """.formatted(personId, place), Map.of());
        assertEquals(201, drafted.statusCode(), drafted.body());
        String code = Api.object(drafted).getString("code");
        HttpResponse<String> sent = desk.post("/referrals/" + code + "/send", "{\"consentGivenNow\": true}", Map.of());
        assertEquals(200, sent.statusCode(), sent.body());
        return code;
    }

    /** The fields of each read of the person by the harbour clinic's system, newest first. */
    private static List<List<String>> partnerReads(String personId) throws Exception {
        HttpResponse<String> history = desk.get("/persons/" + personId + "/history");
        assertEquals(200, history.statusCode(), history.body());
        return Api.json(history.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("VIEW")
                        && e.getString("actor").equals("service-account-harbour-clinic-referrals"))
                .map(e -> e.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList())
                .toList();
    }

    /** The unmet-need counts as planners read them, by "need|district|cause". */
    private static Map<String, JsonObject> unmetNeeds() throws Exception {
        HttpResponse<String> response = planner.get("/unmet-needs");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, JsonObject> counts = new java.util.TreeMap<>();
        for (JsonObject c : Api.object(response).getJsonArray("counts").getValuesAs(JsonObject.class)) {
            counts.put(
                    c.getString("need") + "|"
                            + (!c.containsKey("district") || c.isNull("district") ? "" : c.getString("district")) + "|"
                            + c.getString("cause"),
                    c);
        }
        return counts;
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    /** A service of the demo directory, read by id. */
    private static JsonObject service(String need, String organization, String name) throws Exception {
        var found = Api.json(desk.get("/directory/services?need=" + need).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("organizationName").equals(organization)
                        && s.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the demo directory"));
        HttpResponse<String> response = desk.get("/directory/services/" + found.getString("id"));
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private static String placeOf(JsonObject service) {
        return service.getJsonArray("places").getJsonObject(0).getString("id");
    }

    private static JsonObject byName(List<JsonObject> fits, String serviceName) {
        return fits.stream()
                .filter(f -> f.getString("serviceName").equals(serviceName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(serviceName + " not among " + fits));
    }

    private static JsonObject reason(JsonObject fit, String messageKey) {
        return fit.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("messageKey").equals(messageKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(messageKey + " not among " + fit.getJsonArray("reasons")));
    }

    private static String field(HttpResponse<String> problem) {
        return Api.object(problem).getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
