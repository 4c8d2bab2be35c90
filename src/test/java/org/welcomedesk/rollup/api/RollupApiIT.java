package org.welcomedesk.rollup.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.rollup.StandInHub;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.DemoUser;
import org.welcomedesk.testsupport.OnTheTestServer;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The city's releases to the national hub through the workflow API, delivered by the test
 * server's sender to a stand-in hub run by the test: a planner prepares, an approver approves,
 * the hub is unavailable twice and then stores it (delivered once, SENT, in the ledger); nobody
 * approves their own release; a hub's refusal comes back with its findings, on the API and the page.
 */
class RollupApiIT extends OnTheTestServer {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static StandInHub hub;
    private static DemoUser planner;
    private static DemoUser approver;

    @BeforeAll
    static void start() throws Exception {
        hub = StandInHub.start();
        planner = DemoUser.signIn("planner");
        approver = DemoUser.signIn("approver");
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void approvedReleaseIsDeliveredOnceAfterTheHubWasUnavailableTwice() throws Exception {
        JsonObject prepared = prepare(planner, aPeriod());
        String id = prepared.getString("id");
        String unavailable = "{\"status\":503,\"title\":\"Service Unavailable\"}";
        hub.answer(id, 503, unavailable);
        hub.answer(id, 503, unavailable);
        assertEquals("PREPARED", prepared.getString("state"));
        assertEquals("planner", prepared.getString("preparedBy"));
        assertTrue(prepared.getInt("cells") > 0, prepared.toString());

        HttpResponse<String> plannerApproves =
                Api.bearer(planner.accessToken()).post("/rollup/releases/" + id + "/approval", "", Map.of());
        assertEquals(403, plannerApproves.statusCode(), "a planner without approval rights: " + plannerApproves.body());

        HttpResponse<String> approved =
                Api.bearer(approver.accessToken()).post("/rollup/releases/" + id + "/approval", "", Map.of());
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("approver", Api.object(approved).getString("approvedBy"));

        JsonObject sent = awaitState(id, "SENT");
        assertEquals(3, hub.deliveriesOf(id).size(), "two refusals of service, then stored: " + hub.deliveriesOf(id));
        assertEquals(3, sent.getJsonObject("delivery").getInt("attempts"));
        assertEquals("RECEIVED", sent.getJsonObject("receipt").getString("status"));
        StandInHub.Delivery delivery = hub.deliveriesOf(id).get(2);
        assertEquals("DEMO", delivery.cityClaim(), "the city's own client-credentials token");
        assertEquals("application/vnd.sdmx.data+csv;version=2.0.0", delivery.contentType());
        assertTrue(delivery.body().contains(id), "the release id travels in the message");
        assertNotNull(hub.kept(id));

        Thread.sleep(5_000);
        assertEquals(3, hub.deliveriesOf(id).size(), "nothing sent again once stored");

        HttpResponse<String> ledger = Api.bearer(planner.accessToken()).get("/statistics/releases");
        assertEquals(200, ledger.statusCode(), ledger.body());
        JsonObject entry = Api.json(ledger.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("definition").contains("release=" + id))
                .findFirst()
                .orElseThrow();
        assertEquals("NATIONAL", entry.getString("kind"));
        assertEquals("NATIONAL_AUTHORITY", entry.getString("audience"));
        assertEquals("approver", entry.getString("actor"));
    }

    @Test
    void nobodyApprovesTheirOwnRelease() throws Exception {
        String id = prepare(approver, aPeriod()).getString("id");

        HttpResponse<String> own = Api.bearer(approver.accessToken())
                .post("/rollup/releases/" + id + "/approval", "", Map.of("Accept-Language", "fr"));

        assertEquals(403, own.statusCode(), own.body());
        assertTrue(own.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(
                Api.object(own).getString("detail").contains("une autre personne habilitée doit l’approuver"),
                own.body());
        assertEquals("PREPARED", release(id).getString("state"));
        assertTrue(hub.deliveriesOf(id).isEmpty());
    }

    @Test
    void theHubsRefusalIsShownWithItsFindings() throws Exception {
        String id = prepare(planner, aPeriod()).getString("id");
        hub.answer(
                id,
                422,
                "{\"type\":\"https://welcomedesk.org/problems/invalid-release\",\"title\":\"Refused\","
                        + "\"status\":422,\"findings\":[{\"code\":\"UNKNOWN_CODE\",\"dataflow\":\"MIGR_IMM1CTZ\","
                        + "\"location\":\"CITIZEN=XX\",\"message\":\"XX is not a code of CL_COUNTRY\"}]}");

        Api.bearer(approver.accessToken()).post("/rollup/releases/" + id + "/approval", "", Map.of());

        JsonObject refused = awaitState(id, "REFUSED");
        JsonObject finding = refused.getJsonArray("refusal").getJsonObject(0);
        assertEquals("UNKNOWN_CODE", finding.getString("code"));
        assertEquals("MIGR_IMM1CTZ", finding.getString("dataflow"));
        assertEquals("Unknown code: CITIZEN=XX", finding.getString("message"));
        assertEquals(1, hub.deliveriesOf(id).size(), "a refusal is not sent again");

        HttpResponse<String> page = planner.page("/statistics/national.xhtml?release=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("Unknown code: CITIZEN=XX") && page.body().contains("Refused by the hub"),
                page.body());
    }

    @Test
    void aPeriodThatIsNoYearNorQuarterIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> month =
                Api.bearer(planner.accessToken()).post("/rollup/releases", "{\"period\":\"2024-03\"}", Map.of());

        assertEquals(400, month.statusCode(), month.body());
        assertEquals(
                "period",
                Api.object(month).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void clerksAndNationalUsersCannotPrepare() throws Exception {
        for (String user : new String[] {"clerk", "national"}) {
            HttpResponse<String> tried = Api.bearer(DemoUser.signIn(user).accessToken())
                    .post("/rollup/releases", "{\"period\":\"2024\"}", Map.of());
            assertEquals(403, tried.statusCode(), user);
        }
    }

    /** A quarter no other test of this run uses (the test server's database outlives runs). */
    private static String aPeriod() {
        return ThreadLocalRandom.current().nextInt(2018, 2025) + "-Q"
                + ThreadLocalRandom.current().nextInt(1, 5);
    }

    private static JsonObject prepare(DemoUser user, String period) throws Exception {
        HttpResponse<String> response =
                Api.bearer(user.accessToken()).post("/rollup/releases", "{\"period\":\"" + period + "\"}", Map.of());
        assertEquals(201, response.statusCode(), response.body());
        return Api.object(response);
    }

    private static JsonObject release(String id) throws Exception {
        HttpResponse<String> response = Api.bearer(planner.accessToken()).get("/rollup/releases/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private static JsonObject awaitState(String id, String state) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject release = release(id);
        while (!state.equals(release.getString("state")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            release = release(id);
        }
        assertEquals(state, release.getString("state"), release.toString());
        return release;
    }
}
