package org.welcomedesk.platform.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ThroughTheApi;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an attacker typed into the API's dates and settings: impossible dates and nonsense
 * thresholds are refused with a 400 naming the field, never a server error, and nothing is
 * saved.
 */
class ImpossibleInputsIT extends ThroughTheApi {

    @Test
    void aDistrictWithAnImpossibleDateIsRefusedNamingTheDate() throws Exception {
        String code = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        assertRefused(admin.post("/districts", district(code, "2025-02-30", null), Map.of()), "validFrom");
        assertRefused(admin.post("/districts", district(code, "2025-13-01", null), Map.of()), "validFrom");
        assertRefused(admin.post("/districts", district(code, "+50000-01-01", null), Map.of()), "validFrom");
        assertRefused(admin.post("/districts", district(code, "2025-01-01", "2026-02-29"), Map.of()), "validTo");
        assertRefused(admin.get("/districts?on=2025-02-30"), "on");

        HttpResponse<String> valid = admin.post("/districts", district(code, "2028-02-29", null), Map.of());
        assertEquals(201, valid.statusCode(), "a leap day is a date: " + valid.body());
        assertEquals("2028-02-29", Api.object(valid).getString("validFrom"));
    }

    @Test
    void thresholdsOutsideTheEnginesRangeAreRefusedNamingTheField() throws Exception {
        JsonObject before = Api.object(admin.get("/match-thresholds"));

        assertRefused(admin.put("/match-thresholds", "{\"likely\": -10, \"possible\": -20}", Map.of()), "likely");
        assertRefused(admin.put("/match-thresholds", "{\"likely\": 1e308, \"possible\": 16}", Map.of()), "likely");
        assertRefused(admin.put("/match-thresholds", "{\"likely\": 22, \"possible\": -20}", Map.of()), "possible");
        assertRefused(admin.put("/match-thresholds", "{\"likely\": 16, \"possible\": 22}", Map.of()), "likely");
        assertRefused(admin.put("/match-thresholds", "{\"possible\": 16}", Map.of()), "likely");
        HttpResponse<String> french =
                admin.put("/match-thresholds", "{\"likely\": 99, \"possible\": 16}", Map.of("Accept-Language", "fr"));
        assertRefused(french, "likely");
        assertEquals(
                "Choisissez un nombre de bits entre 0 et 40.",
                Api.object(french).getJsonArray("errors").getJsonObject(0).getString("message"));

        assertEquals(before, Api.object(admin.get("/match-thresholds")), "nothing saved");
    }

    private static String district(String code, String validFrom, String validTo) {
        return "{\"code\": \"%s\", \"name\": \"Bairro Impossível\", \"validFrom\": \"%s\"%s}"
                .formatted(code, validFrom, validTo == null ? "" : ", \"validTo\": \"" + validTo + "\"");
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                field,
                Api.object(response).getJsonArray("errors").getJsonObject(0).getString("field"),
                response.body());
    }
}
