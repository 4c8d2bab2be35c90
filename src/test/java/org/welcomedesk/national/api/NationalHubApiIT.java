package org.welcomedesk.national.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.national.application.SdmxFormat;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.national.infrastructure.SimulatedCities;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.DemoUser;
import org.welcomedesk.testsupport.OnTheTestServer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hub's door for the cities' releases, with real Keycloak tokens of two city clients
 * (city-demo: city DEMO, city-porto: city PORTO), on the test server, which runs as the hub:
 * stored once however often it is sent, refused with its reasons when it is another city's,
 * does not conform or is older than what the hub holds; then the national agency's reading.
 */
class NationalHubApiIT extends OnTheTestServer {

    private static final String CSV = SdmxFormat.CSV.mediaType();
    private static final List<String> CITIES = List.of("DEMO", "PORTO");

    private static Api demo;
    private static Api porto;
    private static Api national;
    private final SimulatedCities simulated = new SimulatedCities(DataStructure.shipped(), "PT");

    @BeforeAll
    static void tokens() throws Exception {
        demo = Api.as(ClientCredentials.CITY_DEMO);
        porto = Api.as(ClientCredentials.CITY_PORTO);
        national = Api.bearer(DemoUser.signIn("national").accessToken());
    }

    @Test
    void aReleaseIsStoredOnceHoweverOftenTheCitySendsIt() throws Exception {
        NationalRelease release = simulated.release(CITIES, "DEMO", 2022, 0, false);

        HttpResponse<String> first = send(demo, release, CSV);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject receipt = Api.object(first);
        assertEquals(release.releaseId(), receipt.getString("releaseId"));
        assertEquals("DEMO", receipt.getString("city"));
        assertEquals("2022", receipt.getString("period"));
        assertEquals("RECEIVED", receipt.getString("status"));

        HttpResponse<String> again = send(demo, release, CSV);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(receipt, Api.object(again), "the same receipt: the hub kept its one copy");

        JsonArray submissions =
                Api.json(national.get("/national/submissions").body()).asJsonArray();
        assertEquals(
                1,
                submissions.stream()
                        .map(JsonObject.class::cast)
                        .filter(s -> s.getString("city").equals("DEMO")
                                && s.getString("period").equals("2022"))
                        .count());
    }

    @Test
    void aReleaseForAnotherCitysAreaIsForbidden() throws Exception {
        NationalRelease demoRelease =
                fresh(simulated.release(CITIES, "DEMO", 2020, 0, false), UnaryOperator.identity());

        HttpResponse<String> refused = send(porto, demoRelease, CSV);

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(findingCodes(refused).contains("WRONG_AREA"), refused.body());
    }

    @Test
    void anUnknownCitizenshipCodeIsRefusedWithTheFindingThatNamesIt() throws Exception {
        NationalRelease release = fresh(
                simulated.release(CITIES, "PORTO", 2021, 0, false),
                cell -> cell.dataflow().equals("MIGR_IMM1CTZ")
                                && "BR".equals(cell.key().get("CITIZEN"))
                        ? recoded(cell, "CITIZEN", "XB")
                        : cell);

        HttpResponse<String> refused = send(porto, release, CSV);

        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject finding = findings(refused).stream()
                .map(JsonObject.class::cast)
                .filter(f -> f.getString("code").equals("UNKNOWN_CODE"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(refused.body()));
        assertTrue(finding.getString("location").contains("XB"), finding.toString());
        assertTrue(!finding.getString("message").isBlank(), finding.toString());
    }

    @Test
    void aTotalThatDoesNotAddUpIsRefused() throws Exception {
        NationalRelease release = fresh(
                simulated.release(CITIES, "PORTO", 2020, 0, false),
                cell -> isTotal(cell)
                        ? new Observation(
                                cell.dataflow(),
                                cell.key(),
                                OptionalLong.of(cell.value().getAsLong() + 500),
                                cell.observationStatus(),
                                cell.confidentialityStatus())
                        : cell);

        HttpResponse<String> refused = send(porto, release, SdmxFormat.JSON.mediaType());

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(findingCodes(refused).contains("TOTAL_INCONSISTENT"), refused.body());
    }

    @Test
    void anOlderRevisionAfterANewerOneIsAConflict() throws Exception {
        NationalRelease revised = simulated.release(CITIES, "PORTO", 2019, 1, false);
        HttpResponse<String> stored = send(porto, revised, CSV);
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals("RECEIVED", Api.object(stored).getString("status"), "the first the hub has of the period");

        HttpResponse<String> older = send(porto, simulated.release(CITIES, "PORTO", 2019, 0, false), CSV);

        assertEquals(409, older.statusCode(), older.body());
        assertTrue(findingCodes(older).contains("OLDER_REVISION"), older.body());
    }

    @Test
    void theNationalAgencyReadsThePooledDatasetWithRegionAndCountryTotals() throws Exception {
        HttpResponse<String> stored = send(demo, simulated.release(CITIES, "DEMO", 2018, 0, false), CSV);
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals(
                201,
                send(porto, simulated.release(CITIES, "PORTO", 2018, 0, false), CSV)
                        .statusCode());

        HttpResponse<String> csv =
                national.get("/national/data?period=2018&dataflow=MIGR_IMM1CTZ", Map.of("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = List.of(csv.body().split("\r\n"));
        int area = List.of(lines.get(0).split(",")).indexOf("REF_AREA");
        for (String code : List.of("DEMO", "PORTO", "PT11", "PT16", "PT")) {
            assertTrue(lines.stream().anyMatch(l -> l.split(",", -1)[area].equals(code)), code + " in " + lines.get(1));
        }

        HttpResponse<String> sdmx = national.get("/national/data?period=2018", Map.of());
        assertEquals(200, sdmx.statusCode(), sdmx.body());
        assertTrue(sdmx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.sdmx.data+csv"));
        assertTrue(
                sdmx.body().startsWith("STRUCTURE,STRUCTURE_ID,ACTION"),
                sdmx.body().substring(0, 60));

        JsonObject matrix = Api.object(national.get("/national/matrix?period=2018"));
        assertEquals(
                List.of("DEMO", "PORTO"),
                matrix.getJsonArray("cities").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertTrue(matrix.getJsonArray("flows").size() == 2, matrix.toString());

        assertEquals(403, demo.get("/national/submissions").statusCode(), "a city reads nothing of the others");
    }

    private static HttpResponse<String> send(Api city, NationalRelease release, String type) throws Exception {
        String body = SdmxFormat.of(type).orElseThrow().write(release);
        return city.put("/national/releases/" + release.releaseId(), body, Map.of("Content-Type", type));
    }

    /** The release under a new id with its cells changed. */
    private static NationalRelease fresh(NationalRelease release, UnaryOperator<Observation> change) {
        List<Observation> cells = new ArrayList<>();
        release.observations().forEach(cell -> cells.add(change.apply(cell)));
        return new NationalRelease(
                UUID.randomUUID().toString(),
                release.cityCode(),
                release.structureVersion(),
                release.period(),
                SdmxAction.A,
                0,
                release.protection(),
                release.prepared(),
                cells);
    }

    private static Observation recoded(Observation cell, String dimension, String code) {
        Map<String, String> key = new HashMap<>(cell.key());
        key.put(dimension, code);
        return new Observation(
                cell.dataflow(), key, cell.value(), cell.observationStatus(), cell.confidentialityStatus());
    }

    private static boolean isTotal(Observation cell) {
        return cell.dataflow().equals("MIGR_IMM1CTZ")
                && "T".equals(cell.key().get("SEX"))
                && "TOTAL".equals(cell.key().get("AGE"))
                && "TOTAL".equals(cell.key().get("CITIZEN"));
    }

    private static JsonArray findings(HttpResponse<String> response) {
        return Api.object(response).getJsonArray("findings");
    }

    private static List<String> findingCodes(HttpResponse<String> response) {
        return findings(response).stream()
                .map(f -> f.asJsonObject().getString("code"))
                .toList();
    }
}
