package org.welcomedesk.registry.duplicates.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ThroughTheApi;
import org.welcomedesk.testsupport.UniqueNames;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duplicate API as a machine client uses it: a draft in, candidates with evidence out; a
 * legacy register in, a job out, followed to its end with its rejected rows; roles enforced.
 */
class DuplicatesApiIT extends ThroughTheApi {

    @Test
    void aDraftInAnotherScriptFindsThePersonWithReasons() throws Exception {
        String k = UniqueNames.letters(5);
        String created = desk.post("/persons", """
                {"person": {"givenNames": "Юлия", "familyNames": "Кузнецова%s", "givenNamesLatin": "Yuliya",
                            "familyNamesLatin": "Kuznetsova%s", "sex": "F", "birthYear": 1992, "birthMonth": 4,
                            "birthDay": 11, "countryOfBirth": "RU"},
                 "documents": [{"type": "PASSPORT", "number": "75 %s", "issuingCountry": "RU"}]}
                """.formatted(k, k, k.toUpperCase()), Map.of())
                .body();
        String id = Api.object(desk.post("/persons/search", "{\"name\": \"Yuliya Kuznetsova" + k + "\"}", Map.of()))
                .getJsonArray("people")
                .getJsonObject(0)
                .getString("id");

        var response = desk.post("/persons/matches", """
                {"person": {"givenNames": "Julia", "familyNames": "Kuznetsova%s", "sex": "F", "birthYear": 1992,
                            "birthMonth": 11, "birthDay": 4},
                 "documents": [{"type": "PASSPORT", "number": "75%s"}]}
                """.formatted(k, k.toUpperCase()), Map.of());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject best = Api.object(response).getJsonArray("candidates").getJsonObject(0);
        assertEquals(id, best.getString("personId"), created);
        assertEquals("LIKELY", best.getString("likelihood"));
        String evidence = best.getJsonArray("evidence").toString();
        assertEquals("EXACT", agreement(best, "DOCUMENT"), evidence);
        assertEquals("DAY_MONTH_SWAPPED", agreement(best, "BIRTH_DATE"), evidence);
        assertEquals("TRANSLITERATION", agreement(best, "FAMILY_NAMES"), evidence);
        assertEquals(
                403,
                planner.post("/persons/matches", "{\"person\": {\"givenNames\": \"X\"}}", Map.of())
                        .statusCode(),
                "a planner never sees candidates");
    }

    @Test
    void theQueueIsNarrowedLikeThePageAndRefusesCodesItDoesNotKnow() throws Exception {
        String k = UniqueNames.letters(5);
        for (String given : new String[] {"Mohammed", "Muhammad"}) {
            var created = desk.post("/persons", """
                    {"person": {"givenNames": "%s", "familyNames": "Sultani%s", "sex": "M", "birthYear": 1975,
                                "birthMonth": 8, "birthDay": 30, "countryOfBirth": "AF"},
                     "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 5,
                                 "otherCountry": "AF"}}
                    """.formatted(given, k), Map.of());
            assertEquals(201, created.statusCode(), created.body());
        }
        assertEquals(202, desk.post("/duplicates/scan", "", Map.of()).statusCode());
        for (int i = 0; i < 150 && desk.get("/duplicates/scan").body().contains("\"running\":true"); i++) {
            Thread.sleep(200);
        }
        String today = java.time.LocalDate.now().toString();

        String found = desk.get("/duplicates?districtId=5&source=SCAN&foundFrom=" + today + "&foundTo=" + today
                        + "&sort=DISTRICT&size=100")
                .body();
        assertTrue(found.contains("Sultani" + k), found);
        String otherDistrict = desk.get("/duplicates?districtId=6&size=100").body();
        assertFalse(otherDistrict.contains("Sultani" + k), otherDistrict);
        HttpResponse<String> tomorrow =
                desk.get("/duplicates?foundFrom=" + java.time.LocalDate.now().plusDays(1));
        assertEquals(0, Api.object(tomorrow).getJsonNumber("total").longValue(), tomorrow.body());

        HttpResponse<String> unknown = desk.get("/duplicates?likelihood=CERTAIN");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(
                unknown.body().contains("likelihood") && unknown.body().contains("LIKELY, POSSIBLE, UNLIKELY"),
                unknown.body());
    }

    private static String agreement(JsonObject candidate, String field) {
        return candidate.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(field))
                .findFirst()
                .orElseThrow()
                .getString("agreement");
    }

    @Test
    void aRegisterIsImportedThroughTheApiAndItsRejectedRowsAreReported() throws Exception {
        String k = UniqueNames.letters(5);
        String csv =
                "given_names,family_names,sex,date_of_birth,country_of_birth,arrival_date,previous_country,district\n"
                        + "Samira,Benali" + k + ",F,1994-08-09,MA,2026-02-01,MA,D05\n"
                        + "Karim,Benali" + k + ",M,1991-13-01,MA,2026-02-01,MA,D05\n"
                        + "Nadia,Benali" + k + ",F,2019-01-20,MA,2026-02-01,MA,D99\n";
        HttpResponse<String> started = desk.post(
                "/imports?fileName=benali.csv", csv, Map.of("Content-Type", "text/csv", "Accept-Language", "fr"));
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();

        JsonObject job = Api.object(desk.get(location));
        for (int i = 0; i < 100 && !job.getString("status").equals("COMPLETED"); i++) {
            Thread.sleep(200);
            job = Api.object(desk.get(location));
        }
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals("CSV", job.getString("format"));
        assertEquals(1, job.getInt("imported"));
        assertEquals(2, job.getInt("rejected"));
        var problems = job.getJsonArray("problems");
        assertEquals(2, problems.getJsonObject(0).getInt("row"));
        assertEquals("birthDate", problems.getJsonObject(0).getString("field"));
        assertEquals("districtId", problems.getJsonObject(1).getString("field"));
        String report = desk.get(location + "/report").body();
        assertTrue(report.contains("Nadia,Benali" + k), "the report keeps the row as it was: " + report);
        assertEquals(403, planner.get(location).statusCode(), "a planner never sees an import");
    }
}
