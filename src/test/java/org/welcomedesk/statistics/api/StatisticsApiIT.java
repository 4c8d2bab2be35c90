package org.welcomedesk.statistics.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.DemoUser;
import org.welcomedesk.testsupport.ThroughTheApi;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics API as the statistics-reader client uses it on the demo city: every value
 * protected (published values never 1 or 2, withheld ones absent, never 0), OBS_STATUS and
 * CONF_STATUS on each, one cell with one value whichever table or filter asks for it, strict
 * parameters, and only planners let in.
 */
class StatisticsApiIT extends ThroughTheApi {

    private static final String YEARS = "2019,2020,2021,2022,2023,2024,2025,2026";

    @BeforeAll
    static void records() throws Exception {
        arrivalsOf2019();
    }

    /**
     * Thirty women who arrived from abroad in 2019, so the tables have cells large enough to be
     * published whatever else the other tests registered (the test server has no demo city).
     */
    private static void arrivalsOf2019() throws Exception {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 30; i++) {
            StringBuilder family = new StringBuilder("Q");
            for (int letter = 0; letter < 9; letter++) {
                family.append((char) ('a' + random.nextInt(26)));
            }
            String body = """
                    {"person": {"givenNames": "Hawa", "familyNames": "%s", "sex": "F", "birthYear": %d,
                                "citizenships": ["ER"], "countryOfBirth": "ER"},
                     "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2019-0%d-1%d", "districtId": 1,
                                 "otherCountry": "ER"},
                     "consents": ["REGISTRATION"]}
                    """.formatted(family, 1960 + random.nextInt(40), 1 + i % 9, i % 10);
            var created = desk.post(
                    "/persons",
                    body,
                    Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
            assertEquals(201, created.statusCode(), created.body());
        }
    }

    @Test
    void everyValueIsProtectedAndCarriesItsStatuses() throws Exception {
        for (String query : List.of(
                "/statistics/flows?breakdown=FLOW,DISTRICT,SEX&period=" + YEARS,
                "/statistics/flows?breakdown=FLOW,CITIZEN&countries=TOP&period=2025-Q1,2025-Q2,2025-Q3",
                "/statistics/population?breakdown=DISTRICT,AGE&date=2024-01-01,2025-01-01,2026-01-01")) {
            JsonObject table = table(query);
            List<JsonObject> observations = table.getJsonArray("observations").getValuesAs(JsonObject.class);
            assertFalse(observations.isEmpty(), query);
            assertFalse(table.getString("note").isBlank(), "every output says totals need not add up");
            assertFalse(table.toString().toLowerCase(java.util.Locale.ROOT).contains("secret"), "never the parameters");
            for (JsonObject o : observations) {
                assertTrue(List.of("A", "P").contains(o.getString("OBS_STATUS")), o.toString());
                if (o.containsKey("value")) {
                    long value = o.getJsonNumber("value").longValue();
                    assertTrue(value >= 5, "a published value is never below k (never 1 or 2): " + o);
                    assertEquals("F", o.getString("CONF_STATUS"), o.toString());
                } else {
                    assertEquals("A", o.getString("CONF_STATUS"), "a missing value is withheld: " + o);
                    assertTrue(o.getInt("fewerThan") >= 5, o.toString());
                }
            }
        }
    }

    @Test
    void oneCellHasOneValueThroughTwoTablesAndAFilter() throws Exception {
        JsonObject bySex = table("/statistics/flows?breakdown=FLOW,SEX&period=" + YEARS);
        JsonObject cell = bySex.getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.containsKey("value"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo city has published arrivals or departures by sex"));
        String flow = cell.getJsonObject("dimensions").getString("FLOW");
        String sex = cell.getJsonObject("dimensions").getString("SEX");
        String period = cell.getString("timePeriod");

        JsonObject sexFiltered = table("/statistics/flows?breakdown=FLOW&filter=SEX:" + sex + "&period=" + period);
        JsonObject flowFiltered = table("/statistics/flows?breakdown=SEX&filter=FLOW:" + flow + "&period=" + period
                + "," + (Integer.parseInt(period) + 1));
        JsonObject bothFiltered =
                table("/statistics/flows?filter=FLOW:" + flow + "&filter=SEX:" + sex + "&period=" + period);

        long value = cell.getJsonNumber("value").longValue();
        assertEquals(Optional.of(value), value(sexFiltered, Map.of("FLOW", flow), period));
        assertEquals(Optional.of(value), value(flowFiltered, Map.of("SEX", sex), period));
        assertEquals(Optional.of(value), value(bothFiltered, Map.of(), period));
    }

    @Test
    void parametersAreReadStrictly() throws Exception {
        assertProblem("/statistics/flows?breakdown=FLOW&period=2025&colour=red", "colour");
        assertProblem("/statistics/flows?breakdown=FLOW,HEIGHT&period=2025", "breakdown");
        assertProblem("/statistics/flows?breakdown=FLOW&filter=SEX:X&period=2025", "filter");
        assertProblem("/statistics/flows?breakdown=FLOW&filter=SEX&period=2025", "filter");
        assertProblem("/statistics/flows?breakdown=FLOW&filter=DISTRICT:D99&period=2025", "filter");
        assertProblem("/statistics/flows?breakdown=SEX&filter=FLOW:MOVE_IN&period=2025", "filter");
        assertProblem("/statistics/flows?breakdown=FLOW&period=2025-03", "period");
        assertProblem("/statistics/flows?breakdown=FLOW&period=next-year", "period");
        assertProblem("/statistics/flows?breakdown=FLOW", "period");
        assertProblem("/statistics/flows?breakdown=FLOW,DISTRICT,SEX,AGE,CITIZEN&period=2025", "breakdown");
        assertProblem("/statistics/flows?breakdown=FLOW&period=2025&countries=CONTINENTS", "countries");
        assertProblem("/statistics/population?breakdown=FLOW&date=2025-01-01", "breakdown");
        assertProblem("/statistics/population?breakdown=SEX&date=1 January", "date");
        assertProblem("/statistics/releases?all=true", "all");
        assertEquals(404, planner.get("/statistics/releases/999999999").statusCode());
    }

    @Test
    void theLedgerIsListed() throws Exception {
        HttpResponse<String> releases = planner.get("/statistics/releases");
        assertEquals(200, releases.statusCode(), releases.body());
        for (JsonObject entry : Api.json(releases.body()).asJsonArray().getValuesAs(JsonObject.class)) {
            assertEquals(64, entry.getString("outputHash").length(), entry.toString());
            assertFalse(entry.getString("protectionVersion").isBlank());
        }
    }

    @Test
    void clerkPartnerAndNationalGet403() throws Exception {
        List<Api> refused = List.of(
                Api.as(ClientCredentials.DESK_INTEGRATION),
                Api.as(ClientCredentials.HARBOUR_CLINIC_REFERRALS),
                Api.bearer(DemoUser.signIn("clerk").accessToken()),
                Api.bearer(DemoUser.signIn("partner").accessToken()),
                Api.bearer(DemoUser.signIn("national").accessToken()));
        for (Api caller : refused) {
            for (String path : List.of(
                    "/statistics/flows?breakdown=FLOW&period=2025",
                    "/statistics/population?date=2025-01-01",
                    "/statistics/releases")) {
                HttpResponse<String> response = caller.get(path);
                assertEquals(403, response.statusCode(), path + " " + response.body());
                assertFalse(response.body().contains("observations"), response.body());
            }
        }
    }

    private static JsonObject table(String path) throws Exception {
        HttpResponse<String> response = planner.get(path.replace(" ", "%20"));
        assertEquals(200, response.statusCode(), path + " " + response.body());
        return Api.object(response);
    }

    /** The published value of the observation with these codes in a period; empty when withheld. */
    private static Optional<Long> value(JsonObject table, Map<String, String> codes, String period) {
        JsonObject found = table.getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("timePeriod").equals(period))
                .filter(o -> codes.entrySet().stream()
                        .allMatch(c -> c.getValue()
                                .equals(o.getJsonObject("dimensions").getString(c.getKey()))))
                .findFirst()
                .orElseThrow(() -> new AssertionError(codes + " " + period + " in " + table));
        return found.containsKey("value")
                ? Optional.of(found.getJsonNumber("value").longValue())
                : Optional.empty();
    }

    private static void assertProblem(String path, String field) throws Exception {
        HttpResponse<String> response = planner.get(path.replace(" ", "%20"));
        assertEquals(400, response.statusCode(), path + " " + response.body());
        JsonObject problem = Api.object(response);
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), response.body());
    }
}
