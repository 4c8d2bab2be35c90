package org.welcomedesk.rollup;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.national.application.SdmxCsv;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ApplicationServer;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.DemoUser;
import org.welcomedesk.testsupport.KeycloakExtension;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national roll-up end to end, on real servers: a national hub and two cities (DEMO and
 * PORTO), each an Open Liberty server of its own with its own H2 database, all trusting the
 * tests' Keycloak, where each city sends with its own machine client (city-demo, city-porto).
 * Each test registers a year of arrivals in a city through the registry API, and drives the
 * city's workflow API (a planner prepares, the approver approves) and the hub's read API as a
 * national user, as docs/national.md describes them. Each test uses a period of its own, so
 * none depends on another having run.
 *
 * <p>Servers are started once for the class and stopped by process id when it ends, failed or
 * not (and by a shutdown hook if the test JVM itself is stopped).
 */
@ExtendWith(KeycloakExtension.class)
class NationalRollupIT {

    /** Three Liberty starts side by side: about a minute on a quiet 2-core machine, far more on a busy one. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(10);
    /** Long enough for the sender's backoff (2 s doubling) to reach a hub that took minutes to restart. */
    private static final Duration SENT_WITHIN = Duration.ofMinutes(5);

    private static final String PROBLEM = "application/problem+json";

    private static ApplicationServer hub;
    private static City demo;
    private static City porto;
    private static final List<ApplicationServer> STARTED = new ArrayList<>();

    @BeforeAll
    static void servers() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(NationalRollupIT::stopAll));
        // ports after the Arquillian server's own two (it.http.port, it.https.port)
        int base = Integer.getInteger("it.http.port", 9280) + 2;
        String prefix = System.getProperty("it.server.name", "welcomeDeskTest");
        int keycloak = Integer.getInteger("keycloak.port", 8280);
        Path work = Path.of("target/national-e2e").toAbsolutePath();

        hub = new ApplicationServer(work, prefix + "Hub", base, base + 1, keycloak)
                .prepare(Map.of("welcomedesk.national.hub", "true"), "hub-data", jvm());
        demo = new City(
                "DEMO",
                ClientCredentials.CITY_DEMO,
                new ApplicationServer(work, prefix + "Demo", base + 2, base + 3, keycloak),
                "ER",
                1);
        porto = new City(
                "PORTO",
                ClientCredentials.CITY_PORTO,
                new ApplicationServer(work, prefix + "Porto", base + 4, base + 5, keycloak),
                "BR",
                101);
        for (City city : List.of(demo, porto)) {
            city.server.prepare(
                    Map.of(
                            "welcomedesk.city.code", city.code,
                            "welcomedesk.rollup.hub-url", hub.url(),
                            "welcomedesk.rollup.client-id", city.sender.clientId(),
                            "welcomedesk.rollup.client-secret", city.sender.secret()),
                    city.code.toLowerCase() + "-data",
                    jvm());
        }
        // launched together (Liberty's `server start` returns only once the kernel is up): the
        // three starts overlap rather than queue
        Instant deadline = Instant.now().plus(READY_WITHIN);
        STARTED.addAll(List.of(hub, demo.server, porto.server));
        List<CompletableFuture<Void>> launches = STARTED.stream()
                .map(server -> CompletableFuture.runAsync(() -> {
                    try {
                        server.launch();
                        server.awaitReady(deadline);
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }))
                .toList();
        CompletableFuture.allOf(launches.toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void stopServers() {
        stopAll();
    }

    private static synchronized void stopAll() {
        CompletableFuture.allOf(STARTED.stream()
                        .map(server -> CompletableFuture.runAsync(() -> {
                            try {
                                server.stop();
                            } catch (Exception e) {
                                server.kill();
                            }
                        }))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** Small JVMs that start fast (C1 only, serial GC): three servers share the machine with the test's Keycloak. */
    private static List<String> jvm() {
        return List.of(
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=en", "-Duser.country=US");
    }

    @Test
    void eachCitySendsItsYearAndTheHubPoolsBoth() throws Exception {
        String period = "2025";
        demo.registerArrivals(period, 12);
        porto.registerArrivals(period, 12);

        JsonObject fromDemo = demo.approved(demo.prepare(period));
        JsonObject fromPorto = porto.approved(porto.prepare(period));
        demo.awaitState(fromDemo.getString("id"), "SENT");
        porto.awaitState(fromPorto.getString("id"), "SENT");

        for (City city : List.of(demo, porto)) {
            JsonObject submission = submission(city.code, period)
                    .orElseThrow(
                            () -> new AssertionError(city.code + " " + period + " is not among the hub's submissions"));
            assertEquals("RECEIVED", submission.getString("status"), submission.toString());
            assertEquals(0, submission.getInt("revision"), submission.toString());
            assertEquals(
                    Optional.of(city.published(period)),
                    PooledData.of(hubData(period)).arrivals(city.code, period),
                    city.code + ": the hub holds the value the city publishes itself");
        }
    }

    @Test
    void aRevisionReplacesTheProvisionalValueAtTheHub() throws Exception {
        String period = "2022";
        List<Arrival> arrivals = demo.registerArrivals(period, 16);
        JsonObject first = demo.approved(demo.prepare(period));
        demo.awaitState(first.getString("id"), "SENT");
        long sent = PooledData.of(hubData(period)).arrivals("DEMO", period).orElseThrow();
        assertEquals(demo.published(period), sent);

        // a clerk corrects eight of the arrivals: they happened the year before
        for (Arrival arrival : arrivals.subList(0, 8)) {
            demo.correctDate(arrival, (Integer.parseInt(period) - 1) + "-06-15");
        }
        HttpResponse<String> prepared = demo.asPlanner().post(demo.api("/rollup/revisions"), "{}", Map.of());
        assertEquals(200, prepared.statusCode(), prepared.body());
        JsonObject revision = Api.json(prepared.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("period").equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no revision prepared for " + period + ": " + prepared.body()));
        assertEquals("PREPARED", revision.getString("state"), revision.toString());
        assertEquals("R", revision.getString("action"), revision.toString());
        assertEquals(1, revision.getInt("revision"), revision.toString());
        assertFalse(revision.getJsonArray("changes").isEmpty(), "the revision lists what changed: " + revision);

        demo.awaitState(demo.approved(revision).getString("id"), "SENT");
        long revised = PooledData.of(hubData(period)).arrivals("DEMO", period).orElseThrow();
        // 16 and 8 people: perturbed by at most 3, the two values cannot meet
        assertNotEquals(sent, revised, "the revision's value replaced the first one");
        assertEquals(demo.published(period), revised);
        JsonObject submission = submission("DEMO", period).orElseThrow();
        assertEquals("REVISED", submission.getString("status"), submission.toString());
        assertEquals(1, submission.getInt("revision"), submission.toString());
    }

    @Test
    void aCityCannotSendAsAnother() throws Exception {
        String period = "2021";
        // a release of DEMO's, as DEMO's sender would deliver it, sent with PORTO's token
        String releaseId = UUID.randomUUID().toString();
        String message = SdmxCsv.write(new NationalRelease(
                releaseId,
                "DEMO",
                DataStructure.shipped().version(),
                period,
                SdmxAction.A,
                0,
                Protection.CELL_KEY,
                Instant.now(),
                List.of(new Observation(
                        "MIGR_TMPMOB",
                        Map.of(
                                "FREQ",
                                "A",
                                "REF_AREA",
                                "DEMO",
                                "FLOW",
                                "TMP_MOB",
                                "SEX",
                                "T",
                                "AGE",
                                "TOTAL",
                                "AGEDEF",
                                "COMPLET",
                                "CITIZEN",
                                "TOTAL",
                                "C_BIRTH",
                                "TOTAL",
                                "PARTNER",
                                "TOTAL",
                                "UNIT_MEASURE",
                                "PER"),
                        OptionalLong.of(12),
                        "P",
                        "F"))));
        HttpResponse<String> refused = Api.as(ClientCredentials.CITY_PORTO)
                .put(
                        hub.url() + "/api/v1/national/releases/" + releaseId,
                        message,
                        Map.of("Content-Type", SdmxCsv.MEDIA_TYPE));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(
                refused.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM),
                refused.headers().toString());
        assertTrue(refused.body().contains("WRONG_AREA"), refused.body());
        Optional<JsonObject> demoStatus = submission("DEMO", period);
        // at most "late": nothing of DEMO's is stored for the period
        assertTrue(demoStatus.isEmpty() || demoStatus.get().getString("status").equals("LATE"), demoStatus.toString());
        assertTrue(
                PooledData.of(hubData(period)).rows().stream().noneMatch(r -> r.contains("DEMO")),
                "no DEMO value at the hub");
    }

    @Test
    void aReleaseApprovedWhileTheHubIsDownIsDeliveredOnceItIsBack() throws Exception {
        String period = "2023";
        demo.registerArrivals(period, 8);
        JsonObject release = demo.prepare(period);
        hub.stop();
        try {
            demo.approved(release);
            // the sender tries, fails and keeps the release in its outbox
            demo.awaitAttempts(release.getString("id"), 1);
            assertEquals("APPROVED", demo.release(release.getString("id")).getString("state"));
        } finally {
            hub.start(READY_WITHIN);
        }
        demo.awaitState(release.getString("id"), "SENT");
        assertDeliveredOnce("DEMO", period, demo.published(period));
    }

    @Test
    void aCityKilledWhileSendingSendsAfterItsRestartAndTheHubKeepsOneCopy() throws Exception {
        String period = "2024";
        porto.registerArrivals(period, 8);
        JsonObject release = porto.prepare(period);
        porto.approved(release);
        // at once: the release is in the outbox, or on its way to the hub
        porto.server.kill();
        porto.server.start(READY_WITHIN);
        porto.awaitState(release.getString("id"), "SENT");
        assertDeliveredOnce("PORTO", period, porto.published(period));
    }

    /** The hub lists one submission of the period for the city, revision 0, and pools its value once, not twice. */
    private static void assertDeliveredOnce(String city, String period, long published) throws Exception {
        JsonObject submission = submission(city, period).orElseThrow(() -> new AssertionError(city + " " + period));
        assertEquals(0, submission.getInt("revision"), submission.toString());
        PooledData pooled = PooledData.of(hubData(period));
        assertEquals(Optional.of(published), pooled.arrivals(city, period));
        assertTrue(pooled.unique(), "one row per cell: " + pooled.duplicates());
    }

    // ---------------------------------------------------------------------------------------
    // The hub's read API

    private static Optional<JsonObject> submission(String city, String period) throws Exception {
        HttpResponse<String> response = asNational().get(hub.url() + "/api/v1/national/submissions");
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> matching = Api.json(response.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> city.equals(s.getString("city")) && period.equals(s.getString("period")))
                .toList();
        assertTrue(matching.size() <= 1, "one status per city and period: " + matching);
        return matching.stream().findFirst();
    }

    private static String hubData(String period) throws Exception {
        HttpResponse<String> response = asNational()
                .get(hub.url() + "/api/v1/national/data?period=" + period, Map.of("Accept", SdmxCsv.MEDIA_TYPE));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static Api asNational() throws Exception {
        return Api.bearer(DemoUser.apiToken("national"));
    }

    // ---------------------------------------------------------------------------------------
    // A city: its registry, its statistics and its workflow API

    /** A person registered as arriving, and the id of the arrival event. */
    private record Arrival(String personId, long eventId, String eventDate) {}

    private static final class City {
        private final String code;
        private final ClientCredentials sender;
        private final ApplicationServer server;
        private final String citizenship;
        private final long district;
        private final Random random = new Random();

        City(String code, ClientCredentials sender, ApplicationServer server, String citizenship, long district) {
            this.code = code;
            this.sender = sender;
            this.server = server;
            this.citizenship = citizenship;
            this.district = district;
        }

        String api(String path) {
            return server.url() + "/api/v1" + path;
        }

        Api asPlanner() throws Exception {
            return Api.bearer(DemoUser.apiToken("planner"));
        }

        /** {@code count} women who arrived from abroad in the year, registered at the desk (provisional, P). */
        List<Arrival> registerArrivals(String year, int count) throws Exception {
            Api desk = Api.as(ClientCredentials.DESK_INTEGRATION);
            List<Arrival> arrivals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String date = "%s-%02d-%02d".formatted(year, 1 + i % 12, 10 + i % 15);
                String body = """
                        {"person": {"givenNames": "Hawa", "familyNames": "%s", "sex": "F", "birthYear": %d,
                                    "citizenships": ["%s"], "countryOfBirth": "%s"},
                         "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "%s", "districtId": %s,
                                     "otherCountry": "%s"},
                         "consents": ["REGISTRATION"]}
                        """.formatted(
                        familyName(), 1960 + random.nextInt(40), citizenship, citizenship, date, district, citizenship);
                HttpResponse<String> created = desk.post(
                        api("/persons"),
                        body,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertEquals(201, created.statusCode(), created.body());
                JsonObject person = Api.object(created);
                JsonObject event = person.getJsonArray("events").getJsonObject(0);
                arrivals.add(new Arrival(
                        person.getString("id"), event.getJsonNumber("id").longValue(), date));
            }
            return arrivals;
        }

        /** A clerk's correction of an arrival's date (a correction of the event, not a new one). */
        void correctDate(Arrival arrival, String date) throws Exception {
            String body = """
                    {"event": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "%s", "districtId": %s, "otherCountry": "%s"},
                     "correctsEventId": %d}
                    """.formatted(date, district, citizenship, arrival.eventId());
            HttpResponse<String> corrected = Api.as(ClientCredentials.DESK_INTEGRATION)
                    .post(api("/persons/" + arrival.personId() + "/events"), body, Map.of());
            assertEquals(201, corrected.statusCode(), corrected.body());
        }

        /** The city's own published (protected) count of arrivals from abroad in the year, as its planners see it. */
        long published(String year) throws Exception {
            HttpResponse<String> table = asPlanner().get(api("/statistics/flows?breakdown=FLOW&period=" + year));
            assertEquals(200, table.statusCode(), table.body());
            return Api.object(table).getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                    .filter(o -> "IMM".equals(o.getJsonObject("dimensions").getString("FLOW")))
                    .filter(o -> o.containsKey("value"))
                    .map(o -> o.getJsonNumber("value").longValue())
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(code + ": no published IMM for " + year + ": " + table.body()));
        }

        /** A planner prepares the period's release: valid, nothing to fix before approval. */
        JsonObject prepare(String period) throws Exception {
            HttpResponse<String> prepared =
                    asPlanner().post(api("/rollup/releases"), "{\"period\":\"" + period + "\"}", Map.of());
            assertEquals(201, prepared.statusCode(), prepared.body());
            JsonObject release = Api.object(prepared);
            assertEquals("PREPARED", release.getString("state"), release.toString());
            assertEquals("planner", release.getString("preparedBy"), release.toString());
            return release;
        }

        /** The approver (not the planner who prepared it) approves: into the ledger and the outbox. */
        JsonObject approved(JsonObject release) throws Exception {
            HttpResponse<String> approved = Api.bearer(DemoUser.apiToken("approver"))
                    .post(api("/rollup/releases/" + release.getString("id") + "/approval"), "{}", Map.of());
            assertTrue(approved.statusCode() / 100 == 2, approved.statusCode() + " " + approved.body());
            return release;
        }

        JsonObject release(String id) throws Exception {
            HttpResponse<String> response = asPlanner().get(api("/rollup/releases/" + id));
            assertEquals(200, response.statusCode(), response.body());
            return Api.object(response);
        }

        List<JsonObject> releases() throws Exception {
            HttpResponse<String> response = asPlanner().get(api("/rollup/releases"));
            assertEquals(200, response.statusCode(), response.body());
            return Api.json(response.body()).asJsonArray().getValuesAs(JsonObject.class);
        }

        void awaitState(String id, String state) throws Exception {
            JsonObject release = await(
                    id,
                    r -> r.getString("state").equals(state)
                            || r.getString("state").equals("REFUSED"));
            assertEquals(state, release.getString("state"), release.toString());
        }

        void awaitAttempts(String id, int attempts) throws Exception {
            await(
                    id,
                    r -> r.get("delivery") instanceof JsonObject delivery
                            && delivery.getInt("attempts", 0) >= attempts);
        }

        private JsonObject await(String id, Predicate<JsonObject> done) throws Exception {
            Instant deadline = Instant.now().plus(SENT_WITHIN);
            JsonObject release = release(id);
            while (!done.test(release)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(code + ": release " + id + " still " + release + " after "
                            + SENT_WITHIN.toSeconds() + " s; see " + server.log());
                }
                Thread.sleep(1000);
                release = release(id);
            }
            return release;
        }

        private String familyName() {
            StringBuilder family = new StringBuilder("N");
            for (int letter = 0; letter < 9; letter++) {
                family.append((char) ('a' + random.nextInt(26)));
            }
            return family.toString();
        }
    }

    // ---------------------------------------------------------------------------------------
    // SDMX-CSV 2.0: a release as a city sends it, the pooled dataset as the hub answers it

    /** The hub's pooled dataset of a period, read by column name. */
    private record PooledData(List<String> columns, List<List<String>> rows) {

        private static final List<String> NOT_DIMENSIONS = List.of(
                "STRUCTURE",
                "STRUCTURE_ID",
                "ACTION",
                "OBS_VALUE",
                "OBS_STATUS",
                "CONF_STATUS",
                "TIME_PERIOD",
                "REF_AREA",
                "FREQ",
                "UNIT_MEASURE",
                "AGEDEF",
                "FLOW");
        private static final List<String> TOTALS = List.of("TOTAL", "T", "_T", "_Z");

        static PooledData of(String csv) {
            List<List<String>> lines = csv.lines()
                    .filter(l -> !l.isBlank())
                    .map(PooledData::fields)
                    .toList();
            assertFalse(lines.isEmpty(), "an SDMX-CSV dataset has a header line");
            return new PooledData(lines.get(0), lines.subList(1, lines.size()));
        }

        /** The value of the city's arrivals from abroad (MIGR_IMM1CTZ, every breakdown at its total) in the period. */
        Optional<Long> arrivals(String area, String period) {
            List<List<String>> cells = rows.stream()
                    .filter(r -> get(r, "STRUCTURE_ID").contains("MIGR_IMM1CTZ"))
                    .filter(r -> area.equals(get(r, "REF_AREA")) && period.equals(get(r, "TIME_PERIOD")))
                    .filter(r -> columns.stream()
                            .filter(c -> !NOT_DIMENSIONS.contains(c))
                            .map(c -> get(r, c))
                            .allMatch(code -> code.isEmpty() || TOTALS.contains(code)))
                    .toList();
            assertEquals(1, cells.size(), area + " " + period + ": one total of arrivals in " + columns + " " + cells);
            String value = get(cells.get(0), "OBS_VALUE");
            return value.isEmpty() ? Optional.empty() : Optional.of(Math.round(Double.parseDouble(value)));
        }

        /** Rows whose dataflow, dimensions and period repeat an earlier row's. */
        List<String> duplicates() {
            List<String> seen = new ArrayList<>();
            List<String> repeated = new ArrayList<>();
            int value = columns.indexOf("OBS_VALUE");
            for (List<String> row : rows) {
                String key = String.join(",", row.subList(0, value < 0 ? row.size() : value));
                if (seen.contains(key)) {
                    repeated.add(key);
                }
                seen.add(key);
            }
            return repeated;
        }

        boolean unique() {
            return duplicates().isEmpty();
        }

        private String get(List<String> row, String column) {
            int i = columns.indexOf(column);
            return i < 0 || i >= row.size() ? "" : row.get(i);
        }

        /** One CSV line's fields (RFC 4180 quoting). */
        private static List<String> fields(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
