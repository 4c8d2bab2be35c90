package org.welcomedesk.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.welcomedesk.devstack.KeycloakServer;
import org.welcomedesk.devstack.Ports;
import org.welcomedesk.testsupport.ApplicationServer;
import org.welcomedesk.testsupport.PostgresServer;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults under load: what a counter integration was told was saved is still there after a crash,
 * and nothing is registered twice. For H2 and PostgreSQL, starts Keycloak and the application in
 * a server of its own ({@link ApplicationServer}), lets writers register people through
 * {@code POST /api/v1/persons}, each request with its own Idempotency-Key, then:
 * <ol>
 *   <li>kills the Liberty server with {@code kill -9} mid-load and starts it again; writers retry
 *       every request not acknowledged with the same key and body, as a careful client does;</li>
 *   <li>PostgreSQL only: stops and starts the database under the running application, which must
 *       serve again without a restart of its own.</li>
 * </ol>
 * Afterwards every acknowledged person must be readable ({@code GET /persons/{id}}) and, counted
 * in the database itself, present exactly once. Prints a table and records it in
 * docs/benchmarks.md (section {@code faults}).
 *
 * <p>Usage: {@code mvn -Pbenchmark -Dbenchmark=faults [-Dbenchmark.args="[h2|postgresql|both] [writers]"]}.
 */
public final class FaultBenchmark {

    private static final int HTTP_PORT = 9480;
    private static final int HTTPS_PORT = 9484;
    private static final int KEYCLOAK_PORT = 8480;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 8490;
    private static final String SERVER = "welcomeDeskFaults";
    private static final Duration LOAD_BEFORE_FAULT = Duration.ofSeconds(20);
    private static final Duration LOAD_AFTER_RECOVERY = Duration.ofSeconds(15);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final Path work =
            Path.of(System.getProperty("benchmarks.work", "target/benchmark")).toAbsolutePath();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final AtomicReference<String> token = new AtomicReference<>();
    private volatile Instant tokenAt = Instant.EPOCH;
    private String api;

    private FaultBenchmark() {}

    public static void main(String[] args) throws Exception {
        // Keycloak's first start on a machine busy with other builds can take longer than five minutes
        System.setProperty("keycloak.ready.minutes", System.getProperty("keycloak.ready.minutes", "15"));
        String databases = args.length > 0 ? args[0] : "both";
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        new FaultBenchmark().run(databases, writers);
    }

    /** What one fault did to what clients had been told. */
    record Result(
            String database,
            String fault,
            int writers,
            int acknowledged,
            int present,
            int lost,
            int doubled,
            int unacknowledgedInDatabase,
            int retried,
            int failedRequests,
            long downtimeMillis,
            long restartMillis) {}

    private void run(String databases, int writers) throws Exception {
        Ports.requireFree(List.of(HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT));
        Files.createDirectories(work);
        KeycloakServer keycloak = new KeycloakServer(
                Path.of(System.getProperty("keycloak.zip")),
                work.resolve("keycloak-faults"),
                KEYCLOAK_PORT,
                KEYCLOAK_MANAGEMENT_PORT,
                Path.of(System.getProperty("realm.file")));
        Process keycloakProcess = keycloak.start();
        List<Result> results = new ArrayList<>();
        try {
            if (!databases.equals("postgresql")) {
                results.addAll(h2(writers));
            }
            if (!databases.equals("h2")) {
                results.addAll(postgresql(writers));
            }
        } finally {
            KeycloakServer.stop(keycloakProcess.toHandle());
        }
        String table = table(results);
        System.out.println(table);
        String command = "mvn -Pbenchmark -Dbenchmark=faults"
                + (databases.equals("both") && writers == 4
                        ? ""
                        : " -Dbenchmark.args=\"" + databases + " " + writers + "\"");
        BenchmarkDoc.replaceSection("faults", BenchmarkDoc.provenance(command) + "\n\n" + table);
        if (results.stream().anyMatch(r -> r.lost() > 0 || r.doubled() > 0)) {
            System.err.println("FAILED: acknowledged registrations lost or doubled");
            System.exit(1);
        }
    }

    private List<Result> h2(int writers) throws Exception {
        System.out.println("== H2");
        Path data = work.resolve("faults-data-h2");
        ApplicationServer server = server(Map.of(), "faults-data-h2");
        try {
            Load killed = killUnderLoad(server, writers);
            int present = killed.readBack();
            server.stop(); // H2 lets one process at a time open its file
            String url = "jdbc:h2:" + data.resolve("h2/welcomedesk") + ";WRITE_DELAY=0";
            return List.of(killed.result("H2", present, count(url, "welcomedesk", "welcomedesk")));
        } finally {
            server.stop();
        }
    }

    private List<Result> postgresql(int writers) throws Exception {
        System.out.println("== PostgreSQL");
        try (PostgresServer postgres = new PostgresServer().start()) {
            ApplicationServer server = server(
                    Map.of(
                            "db.kind",
                            "postgresql",
                            "db.url",
                            postgres.jdbcUrl(),
                            "db.user",
                            postgres.username(),
                            "db.password",
                            postgres.password()),
                    "faults-data-postgresql");
            try {
                Load killed = killUnderLoad(server, writers);
                Result afterKill = killed.result(
                        "PostgreSQL",
                        killed.readBack(),
                        count(postgres.jdbcUrl(), postgres.username(), postgres.password()));
                Load restarted = databaseRestartUnderLoad(postgres, writers);
                Result afterRestart = restarted.result(
                        "PostgreSQL",
                        restarted.readBack(),
                        count(postgres.jdbcUrl(), postgres.username(), postgres.password()));
                return List.of(afterKill, afterRestart);
            } finally {
                server.stop();
            }
        }
    }

    private ApplicationServer server(Map<String, String> db, String dataName) throws Exception {
        ApplicationServer server = new ApplicationServer(work, SERVER, HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT)
                .prepare(db, dataName, List.of("-Xmx2g", "-Duser.language=en"));
        System.out.printf(
                Locale.ROOT,
                "  application ready in %d s%n",
                server.start(Duration.ofMinutes(10)).toSeconds());
        api = server.url() + "/api/v1";
        return server;
    }

    // ---------------------------------------------------------------------------------------
    // Faults

    private Load killUnderLoad(ApplicationServer server, int writers) throws Exception {
        Load load = new Load("k", "kill -9 of Liberty", writers).start().warmedUp();
        Thread.sleep(LOAD_BEFORE_FAULT.toMillis());
        int before = load.acknowledged.size();
        load.fault = Instant.now();
        server.kill();
        System.out.printf(Locale.ROOT, "  kill -9 of the server after %,d acknowledged registrations%n", before);
        Duration restart = server.start(Duration.ofMinutes(10));
        System.out.printf(Locale.ROOT, "  restarted, ready after %d s%n", restart.toSeconds());
        Thread.sleep(LOAD_AFTER_RECOVERY.toMillis());
        load.stop();
        System.out.printf(
                Locale.ROOT, "  %,d acknowledged; failed requests: %s%n", load.acknowledged.size(), load.refusals);
        load.restartMillis = restart.toMillis();
        return load;
    }

    private Load databaseRestartUnderLoad(PostgresServer postgres, int writers) throws Exception {
        Load load = new Load("r", "PostgreSQL stop + start, application left running", writers)
                .start()
                .warmedUp();
        Thread.sleep(LOAD_BEFORE_FAULT.toMillis());
        load.fault = Instant.now();
        long down = postgres.restart();
        System.out.printf(Locale.ROOT, "  PostgreSQL stopped and started again (%d ms down)%n", down);
        Thread.sleep(LOAD_AFTER_RECOVERY.toMillis());
        load.stop();
        System.out.printf(
                Locale.ROOT, "  %,d acknowledged; failed requests: %s%n", load.acknowledged.size(), load.refusals);
        load.restartMillis = down;
        return load;
    }

    // ---------------------------------------------------------------------------------------
    // The writers

    /** Writers registering people, each request with its own key, retried with that key until acknowledged. */
    private final class Load {
        final String tag;
        final String what;
        final int writers;
        final AtomicBoolean stopping = new AtomicBoolean();
        final Map<String, String> acknowledged = new ConcurrentHashMap<>(); // family name -> person id
        final ConcurrentLinkedQueue<Instant> failures = new ConcurrentLinkedQueue<>();
        final AtomicInteger retried = new AtomicInteger();
        /** Why requests failed: status code or exception, with counts, for the log. */
        final Map<String, Integer> refusals = new ConcurrentHashMap<>();

        final List<Thread> threads = new ArrayList<>();
        volatile Instant fault = Instant.MAX;
        long restartMillis;

        Load(String tag, String what, int writers) {
            this.tag = tag;
            this.what = what;
            this.writers = writers;
        }

        String prefix() {
            return "Fault" + run + tag;
        }

        Load start() {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Thread thread = new Thread(() -> write(writer), "writer-" + w);
                // a run that fails half-way must not leave writers knocking at a dead server
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            return this;
        }

        /** Waits (at most ten minutes) until every writer has been acknowledged once: a cold server is slow. */
        Load warmedUp() throws InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (acknowledgedWriters() < writers && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            System.out.printf(
                    Locale.ROOT,
                    "  writers under way (%d acknowledged, failures so far: %s)%n",
                    acknowledged.size(),
                    refusals);
            failures.clear();
            refusals.clear();
            return this;
        }

        private long acknowledgedWriters() {
            return acknowledged.keySet().stream()
                    .map(name -> name.substring(0, name.lastIndexOf('n')))
                    .distinct()
                    .count();
        }

        void stop() throws InterruptedException {
            stopping.set(true);
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(3).toMillis());
            }
        }

        private void write(int writer) {
            for (int n = 0; !stopping.get(); n++) {
                String family = prefix() + "w" + writer + "n" + n;
                String key = family + "-key";
                String body = registration(family);
                boolean first = true;
                // a request not acknowledged is sent again, same key and body, until it is
                while (true) {
                    if (!first) {
                        retried.incrementAndGet();
                    }
                    first = false;
                    try {
                        HttpResponse<String> response = http.send(
                                authorised(api + "/persons")
                                        .header("Content-Type", "application/json")
                                        .header("Idempotency-Key", key)
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            String location =
                                    response.headers().firstValue("Location").orElseThrow();
                            acknowledged.put(family, location.substring(location.lastIndexOf('/') + 1));
                            break;
                        }
                        if (response.statusCode() == 400) {
                            throw new IllegalStateException("refused as invalid: " + response.body());
                        }
                        refusals.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                    } catch (IOException | InterruptedException unreachable) {
                        // the server is down, or cut the connection: not acknowledged
                        refusals.merge(unreachable.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (Exception e) {
                        if (e instanceof IllegalStateException refused) {
                            throw refused;
                        }
                    }
                    failures.add(Instant.now());
                    pause();
                }
            }
        }

        /** How many acknowledged people read back through the API (the application running). */
        int readBack() throws Exception {
            int present = 0;
            for (String id : acknowledged.values()) {
                HttpResponse<String> read = http.send(
                        authorised(api + "/persons/" + id).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (read.statusCode() == 200) {
                    present++;
                }
            }
            return present;
        }

        /**
         * The figures, with the run's people counted in the database ({@code counts}: family name
         * to rows): each acknowledged one must be there once; more than once is a double; one
         * there but never acknowledged is a registration whose every answer was lost (writers
         * retry until acknowledged, so none should be).
         */
        Result result(String database, int present, Map<String, Integer> counts) {
            Map<String, Integer> ours = new HashMap<>();
            counts.forEach((name, rows) -> {
                if (name.startsWith(prefix() + "w")) {
                    ours.put(name, rows);
                }
            });
            int lost = (int) acknowledged.keySet().stream()
                    .filter(name -> !ours.containsKey(name))
                    .count();
            int doubled = (int) ours.values().stream().filter(rows -> rows > 1).count();
            int unacknowledged = (int) ours.keySet().stream()
                    .filter(name -> !acknowledged.containsKey(name))
                    .count();
            Instant firstFailure = failures.stream()
                    .filter(f -> !f.isBefore(fault))
                    .min(Instant::compareTo)
                    .orElse(fault);
            Instant lastFailure = failures.stream().max(Instant::compareTo).orElse(fault);
            long downtime = failures.isEmpty()
                    ? 0
                    : Duration.between(firstFailure, lastFailure).toMillis();
            return new Result(
                    database,
                    what,
                    writers,
                    acknowledged.size(),
                    present,
                    Math.max(lost, acknowledged.size() - present),
                    doubled,
                    unacknowledged,
                    retried.get(),
                    failures.size(),
                    downtime,
                    restartMillis);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String registration(String family) {
        return """
                {"person": {"givenNames": "Amina", "familyNames": "%s", "sex": "F", "birthYear": 1991,
                            "citizenships": ["SO"], "countryOfBirth": "SO", "languages": ["so"]},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-10-01", "districtId": 2, "otherCountry": "SO"},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HOUSING", "note": "Temporary shelter"}]}
                """.formatted(family);
    }

    /** This run's people in the database: family name to rows. */
    private Map<String, Integer> count(String url, String user, String password) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.prepareStatement(
                        "select family_names, count(*) from person where family_names like ? group by family_names")) {
            statement.setString(1, "Fault" + run + "%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    // ---------------------------------------------------------------------------------------
    // HTTP

    private HttpRequest.Builder authorised(String url) throws Exception {
        if (Duration.between(tokenAt, Instant.now()).toSeconds() > 60) {
            synchronized (token) {
                if (Duration.between(tokenAt, Instant.now()).toSeconds() > 60) {
                    String form = "grant_type=client_credentials&client_id=desk-integration&client_secret="
                            + URLEncoder.encode("demo-desk-secret", StandardCharsets.UTF_8);
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + KEYCLOAK_PORT
                                            + "/realms/welcome-desk/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    token.set(json(response.body()).getString("access_token"));
                    tokenAt = Instant.now();
                }
            }
        }
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token.get())
                .timeout(Duration.ofSeconds(30));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    // ---------------------------------------------------------------------------------------
    // The table

    private static String table(List<Result> results) {
        StringBuilder t = new StringBuilder();
        t.append(
                "| database | fault | writers | acknowledged | present after | lost | doubled | saved but never acknowledged "
                        + "| requests failed (then retried) | downtime seen by clients | restart |\n");
        t.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            t.append("| %s | %s | %d | %,d | %,d | %d | %d | %d | %,d | %.1f s | %.1f s |\n"
                    .formatted(
                            r.database(),
                            r.fault(),
                            r.writers(),
                            r.acknowledged(),
                            r.present(),
                            r.lost(),
                            r.doubled(),
                            r.unacknowledgedInDatabase(),
                            r.failedRequests(),
                            r.downtimeMillis() / 1000.0,
                            r.restartMillis() / 1000.0));
        }
        t.append("""

                Each writer registers one person at a time through `POST /api/v1/persons` with its own \
                `Idempotency-Key`; a request that fails or gets no answer is sent again with the same key and \
                body until it is acknowledged (201). *Present after*: acknowledged people read back with \
                `GET /persons/{id}` after the fault; *lost* / *doubled* / *saved but never acknowledged*: the \
                run's people counted in the database itself. *Downtime seen by clients*: first to last failed \
                request around the fault. *Restart*: Liberty's start to ready (kill -9), or PostgreSQL's stop to \
                accepting connections again (database restart).
                """);
        return t.toString();
    }
}
