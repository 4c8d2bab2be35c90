package org.welcomedesk.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.welcomedesk.devstack.KeycloakServer;
import org.welcomedesk.devstack.Ports;
import org.welcomedesk.devstack.democity.DemoCityLoad;
import org.welcomedesk.devstack.democity.SyntheticPopulation;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.testsupport.ApplicationServer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A city's counters under load: starts Keycloak and the application with the demo city (2,000
 * people, H2) in a server of its own, runs the Gatling simulation {@code org.welcomedesk.load.DeskSimulation}
 * (src/test/load/java: clerks signing in through Keycloak, searching, opening people and
 * registering households through the wizard, plus API clients) with N clerks, then, with
 * {@code ramp}, again with more and more clerks until the p95 of pages passes one second.
 * Prints a table and records it in docs/benchmarks.md (section {@code load}); Gatling's HTML
 * reports stay in target/benchmark/gatling.
 *
 * <p>Usage: {@code mvn -Pbenchmark -Dbenchmark=load [-Dbenchmark.args="[clerks] [ramp] [seconds=120] [think=1000] [external | app=URL keycloak=URL [accounts=N]] [serve]"]};
 * {@code external} aims at the demo stack of {@code mvn -Prun} (9080, Keycloak 8180) instead of starting one,
 * {@code app=... keycloak=...} at another running stack;
 * {@code serve} only starts the stack and keeps it up (see {@link #serveUntilStopped}).
 */
public final class LoadBenchmark {

    private static final int HTTP_PORT = 9580;
    private static final int HTTPS_PORT = 9584;
    private static final int WARM_UP_CLERKS = 10;
    private static final int WARM_UP_SECONDS = 90;
    private static final int KEYCLOAK_PORT = 8580;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 8590;
    private static final String SERVER = "welcomeDeskLoad";
    private static final int API_CLIENTS = 5;
    private static final int RAMP_SECONDS = 30;
    private static final long PAGE_TARGET_MS = 300;
    private static final long REGISTRATION_TARGET_MS = 500;
    private static final long BREAKING_MS = 1000;
    private static final int[] RAMP_LEVELS = {100, 150, 200, 300, 400, 600, 800};
    /** Tried, fewest first, when the first number of clerks already passes one second. */
    private static final int[] RAMP_DOWN_LEVELS = {10, 20, 30, 40};

    private final Path work =
            Path.of(System.getProperty("benchmarks.work", "target/benchmark")).toAbsolutePath();
    /** Accounts clerk-load-001... in the load realm; 0 against a stack of the demo realm (one {@code clerk} for all). */
    private int clerkAccounts = Integer.getInteger("load.clerk.accounts", 0);

    private LoadBenchmark() {}

    /** What the requests of one kind measured at one number of clerks (worst p95 among the kind's requests). */
    record Kind(long requests, long errors, long p50, long p95, long p99) {}

    /** One Gatling run. */
    record Level(
            int clerks,
            long requests,
            long errors,
            double perSecond,
            Kind pages,
            Kind registration,
            Kind signIn,
            Kind api,
            Map<String, Kind> byRequest,
            String report) {}

    public static void main(String[] args) throws Exception {
        // Keycloak's first start on a machine busy with other builds can take longer than five minutes
        System.setProperty("keycloak.ready.minutes", System.getProperty("keycloak.ready.minutes", "15"));
        int clerks = 50;
        boolean ramp = false;
        boolean external = false;
        boolean serve = false;
        String app = null;
        String keycloak = null;
        int seconds = 120;
        int think = 1000;
        for (String arg : args) {
            if (arg.matches("\\d+")) {
                clerks = Integer.parseInt(arg);
            } else if (arg.equals("ramp")) {
                ramp = true;
            } else if (arg.equals("external")) {
                external = true;
            } else if (arg.equals("serve")) {
                serve = true;
            } else if (arg.startsWith("app=")) {
                app = arg.substring(4);
            } else if (arg.startsWith("keycloak=")) {
                keycloak = arg.substring(9);
            } else if (arg.startsWith("accounts=")) {
                System.setProperty("load.clerk.accounts", arg.substring(9));
            } else if (arg.startsWith("seconds=")) {
                seconds = Integer.parseInt(arg.substring(8));
            } else if (arg.startsWith("think=")) {
                think = Integer.parseInt(arg.substring(6));
            } else {
                throw new IllegalArgumentException(
                        "Unknown argument " + arg
                                + "; use [clerks] [ramp] [seconds=120] [think=1000] [external | app=URL keycloak=URL [accounts=N]] [serve]");
            }
        }
        if (external) {
            app = "http://localhost:9080";
            keycloak = "http://127.0.0.1:8180";
        }
        new LoadBenchmark().run(String.join(" ", args), clerks, ramp, app, keycloak, serve, seconds, think);
    }

    private void run(
            String arguments,
            int clerks,
            boolean ramp,
            String runningApp,
            String runningKeycloak,
            boolean serve,
            int seconds,
            int think)
            throws Exception {
        Files.createDirectories(work);
        Path people = writePeople(work.resolve("load-people.csv"));
        boolean external = runningApp != null;
        String app = external ? runningApp : "http://localhost:" + HTTP_PORT;
        String keycloakUrl = external ? runningKeycloak : "http://127.0.0.1:" + KEYCLOAK_PORT;
        Process keycloakProcess = null;
        ApplicationServer server = null;
        String machineBefore = machine();
        List<Level> levels = new ArrayList<>();
        try {
            if (!external) {
                clerkAccounts = Math.max(clerks, ramp ? RAMP_LEVELS[RAMP_LEVELS.length - 1] : 0);
                Ports.requireFree(List.of(HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT));
                keycloakProcess = new KeycloakServer(
                                Path.of(System.getProperty("keycloak.zip")),
                                work.resolve("keycloak-load"),
                                KEYCLOAK_PORT,
                                KEYCLOAK_MANAGEMENT_PORT,
                                realmAccepting(app, clerkAccounts))
                        .start();
                server = new ApplicationServer(work, SERVER, HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT)
                        .prepare(
                                // over http, as the demo: Gatling, unlike a browser, sends no Secure cookie
                                // to http://localhost, and every page would be a new sign-in
                                Map.of("sso.cookie.https.only", "false", "session.cookie.secure", "false"),
                                "load-data-h2",
                                List.of("-Xmx2g", "-Duser.language=en", "-Dwelcomedesk.demo.directory=true"));
                System.out.printf(
                        Locale.ROOT,
                        "Application ready in %d s%n",
                        server.start(Duration.ofMinutes(10)).toSeconds());
                // a small demo city through the import API, as the run command loads it
                new DemoCityLoad(app, keycloakUrl, System.out)
                        .load(2000, LocalDate.now(), work.resolve("load-demo-city.csv"));
            }
            if (serve) {
                serveUntilStopped(app, keycloakUrl);
                return;
            }
            if (!external) {
                // a freshly started JVM (Liberty's and Keycloak's) runs interpreted code until the
                // JIT has compiled the hot paths: warm both up first, as any JVM benchmark does,
                // and keep the figures of the measured runs only
                System.out.printf(
                        Locale.ROOT, "== warm-up, not measured: %d clerks for %d s%n", WARM_UP_CLERKS, WARM_UP_SECONDS);
                gatling(app, keycloakUrl, people, WARM_UP_CLERKS, WARM_UP_SECONDS, think);
            }
            levels.add(gatling(app, keycloakUrl, people, clerks, seconds, think));
            record(arguments, levels, clerks, seconds, think, machineBefore);
            if (ramp && levels.get(0).pages().p95() > BREAKING_MS) {
                for (int fewer : RAMP_DOWN_LEVELS) {
                    if (fewer < clerks) {
                        Level level = gatling(app, keycloakUrl, people, fewer, seconds, think);
                        levels.add(level);
                        record(arguments, levels, clerks, seconds, think, machineBefore);
                        if (level.pages().p95() > BREAKING_MS) {
                            break;
                        }
                    }
                }
            } else if (ramp) {
                for (int more : RAMP_LEVELS) {
                    if (more <= clerks || levels.get(levels.size() - 1).pages().p95() > BREAKING_MS) {
                        continue;
                    }
                    levels.add(gatling(app, keycloakUrl, people, more, seconds, think));
                    record(arguments, levels, clerks, seconds, think, machineBefore);
                }
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            if (keycloakProcess != null) {
                KeycloakServer.stop(keycloakProcess.toHandle());
            }
        }
        System.out.println(record(arguments, levels, clerks, seconds, think, machineBefore));
    }

    /** Writes the levels measured so far into docs/benchmarks.md: a long ramp cut short keeps its figures. */
    private static String record(
            String arguments, List<Level> levels, int clerks, int seconds, int think, String machineBefore)
            throws IOException {
        String table = table(levels, clerks, seconds, think) + "\nMachine load (1, 5, 15 min) before the run: "
                + machineBefore + "; after: " + machine() + ".\n";
        BenchmarkDoc.replaceSection(
                "load",
                BenchmarkDoc.provenance("mvn -Pbenchmark -Dbenchmark=load"
                                + (arguments.isBlank() ? "" : " -Dbenchmark.args=\"" + arguments + "\""))
                        + "\n\n" + table);
        return table;
    }

    /**
     * {@code serve}: keeps the stack up for running the simulation by hand (writing a simulation
     * against live pages) until the file {@code load-serve.stop} appears in the work directory.
     */
    private void serveUntilStopped(String app, String keycloak) throws InterruptedException, IOException {
        Path stop = work.resolve("load-serve.stop");
        Files.deleteIfExists(stop);
        System.out.printf(Locale.ROOT, "Serving %s (Keycloak %s); create %s to stop%n", app, keycloak, stop);
        while (!Files.exists(stop)) {
            Thread.sleep(1000);
        }
        Files.delete(stop);
    }

    /**
     * The demo realm, with this server's address added to the web client's redirect URIs: Keycloak
     * sends a browser back only to an address it knows, and the realm lists the demo's and the tests'.
     */
    private Path realmAccepting(String app, int clerkAccounts) throws Exception {
        JsonObject realm;
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("realm.file")), StandardCharsets.UTF_8)) {
            realm = Json.createReader(in).readObject();
        }
        var clients = Json.createArrayBuilder();
        for (JsonValue value : realm.getJsonArray("clients")) {
            JsonObject client = value.asJsonObject();
            if (client.getString("clientId").equals("welcome-desk-web")) {
                client = Json.createObjectBuilder(client)
                        .add(
                                "redirectUris",
                                Json.createArrayBuilder(client.getJsonArray("redirectUris"))
                                        .add(app + "/*"))
                        .build();
            }
            clients.add(client);
        }
        var users = Json.createArrayBuilder(realm.getJsonArray("users"));
        String password = demoPasswordHash();
        for (int i = 1; i <= clerkAccounts; i++) {
            users.add(Json.createObjectBuilder()
                    .add("username", clerkAccount(i))
                    .add("enabled", true)
                    .add("emailVerified", true)
                    .add("email", clerkAccount(i) + "@demo.welcomedesk.invalid")
                    .add("firstName", "Load")
                    .add("lastName", "Clerk " + i)
                    .add("realmRoles", Json.createArrayBuilder().add("clerk"))
                    .add(
                            "credentials",
                            Json.createArrayBuilder()
                                    .add(
                                            Json.createObjectBuilder()
                                                    .add("type", "password")
                                                    .add("secretData", password)
                                                    .add(
                                                            "credentialData",
                                                            "{\"hashIterations\":210000,\"algorithm\":\"pbkdf2-sha512\",\"additionalParameters\":{}}")))
                    .add("requiredActions", Json.createArrayBuilder()));
        }
        Path copy = work.resolve("load-realm.json");
        Files.writeString(
                copy,
                Json.createObjectBuilder(realm)
                        .add("clients", clients)
                        .add("users", users)
                        .build()
                        .toString(),
                StandardCharsets.UTF_8);
        return copy;
    }

    /** {@code clerk-load-001} and so on: one account per virtual clerk. */
    static String clerkAccount(int n) {
        return "clerk-load-%03d".formatted(n);
    }

    /**
     * The demo password as Keycloak stores it (PBKDF2-SHA512, 210,000 iterations, its default):
     * hashed here once, so that importing hundreds of accounts does not hash it hundreds of times.
     */
    private static String demoPasswordHash() throws Exception {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new javax.crypto.spec.PBEKeySpec("demo".toCharArray(), salt, 210_000, 512))
                .getEncoded();
        var b64 = java.util.Base64.getEncoder();
        return Json.createObjectBuilder()
                .add("value", b64.encodeToString(hash))
                .add("salt", b64.encodeToString(salt))
                .add("additionalParameters", Json.createObjectBuilder())
                .build()
                .toString();
    }

    // ---------------------------------------------------------------------------------------
    // Gatling

    private Level gatling(String app, String keycloak, Path people, int clerks, int seconds, int think)
            throws Exception {
        System.out.printf(Locale.ROOT, "== %d clerks, %d API clients, %d s each%n", clerks, API_CLIENTS, seconds);
        Path results = work.resolve("gatling");
        Files.createDirectories(results);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // what the Gatling launchers give its JVM: its stats writer reads String internals
                "-Xmx1g",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dload.app.url=" + app,
                "-Dload.keycloak.url=" + keycloak,
                "-Dload.people=" + people,
                "-Dload.clerks=" + clerks,
                "-Dload.api.clients=" + API_CLIENTS,
                "-Dload.ramp.seconds=" + RAMP_SECONDS,
                "-Dload.seconds=" + seconds,
                "-Dload.think.millis=" + think,
                "-Dload.clerk.accounts=" + clerkAccounts,
                "io.gatling.app.Gatling",
                "--simulation",
                "org.welcomedesk.load.DeskSimulation",
                "--results-folder",
                results.toString(),
                "--run-description",
                clerks + " clerks",
                "--launcher",
                "maven"));
        // without a configuration logback logs everything at DEBUG: warnings only, failed requests
        // with their responses into a file of their own
        Path logback = work.resolve("load-logback.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%%d{HH:mm:ss.SSS} %%-5level %%logger{15} - %%msg%%n%%rEx</pattern></encoder>
                  </appender>
                  <appender name="FAILURES" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>%%d{HH:mm:ss.SSS} %%msg%%n</pattern></encoder>
                  </appender>
                  <logger name="io.gatling.http.engine.response" level="DEBUG" additivity="false">
                    <appender-ref ref="FAILURES"/>
                  </logger>
                  <root level="WARN"><appender-ref ref="CONSOLE"/></root>
                </configuration>
                """.formatted(results.resolve("failures-" + clerks + ".log")));
        command.add(3, "-Dlogback.configurationFile=" + logback);
        Path before = newest(results);
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        Path report = newest(results);
        if (report == null || report.equals(before)) {
            throw new IllegalStateException("Gatling wrote no report (exit code " + exit + ")");
        }
        Level level = level(clerks, report);
        System.out.printf(
                Locale.ROOT,
                "  %,d requests, %,d errors; pages p95 %d ms, registration p95 %d ms; report %s%n",
                level.requests(),
                level.errors(),
                level.pages().p95(),
                level.registration().p95(),
                report);
        return level;
    }

    private static Path newest(Path results) throws IOException {
        try (var dirs = Files.list(results)) {
            return dirs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElse(null);
        }
    }

    /**
     * Reads Gatling's js/stats.js, every request's counts and percentiles (50, 75, 95, 99): a
     * script whose first statement is an object literal, made JSON by quoting its bare keys.
     */
    private static Level level(int clerks, Path report) throws IOException {
        String script = Files.readString(report.resolve("js/stats.js"), StandardCharsets.UTF_8);
        String literal = script.substring(script.indexOf('{'), script.indexOf("function fillStats"))
                .strip();
        literal = literal.replaceAll("(?m)^(\\s*)([A-Za-z][A-Za-z0-9]*)\\s*:", "$1\"$2\":")
                .replaceAll(";$", "");
        JsonObject root = Json.createReader(new java.io.StringReader(literal)).readObject();
        Map<String, Kind> byRequest = new LinkedHashMap<>();
        collect(root, byRequest);
        JsonObject all = root.getJsonObject("stats");
        return new Level(
                clerks,
                number(all, "numberOfRequests", "total"),
                number(all, "numberOfRequests", "ko"),
                decimal(all.getJsonObject("meanNumberOfRequestsPerSecond").get("total")),
                worst(byRequest, "desk:"),
                worst(byRequest, "register:"),
                worst(byRequest, "sign in:"),
                worst(byRequest, "api:"),
                byRequest,
                report.getFileName().toString());
    }

    private static void collect(JsonObject node, Map<String, Kind> into) {
        if ("REQUEST".equals(node.getString("type", ""))) {
            JsonObject s = node.getJsonObject("stats");
            into.put(
                    node.getString("name"),
                    new Kind(
                            number(s, "numberOfRequests", "total"),
                            number(s, "numberOfRequests", "ko"),
                            number(s, "percentiles1", "total"),
                            number(s, "percentiles3", "total"),
                            number(s, "percentiles4", "total")));
        }
        JsonObject contents = node.getJsonObject("contents");
        if (contents != null) {
            contents.values().forEach(child -> collect(child.asJsonObject(), into));
        }
    }

    /** The kind's requests together: counts summed, percentiles the worst request's (a bound, not a pooled figure). */
    private static Kind worst(Map<String, Kind> byRequest, String prefix) {
        List<Kind> kinds = byRequest.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue)
                .toList();
        return new Kind(
                kinds.stream().mapToLong(Kind::requests).sum(),
                kinds.stream().mapToLong(Kind::errors).sum(),
                kinds.stream().mapToLong(Kind::p50).max().orElse(0),
                kinds.stream().mapToLong(Kind::p95).max().orElse(0),
                kinds.stream().mapToLong(Kind::p99).max().orElse(0));
    }

    private static long number(JsonObject stats, String name, String which) {
        JsonObject value = stats.getJsonObject(name);
        return value == null ? 0 : Math.round(decimal(value.get(which)));
    }

    private static double decimal(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        if (value instanceof JsonString s && s.getString().matches("[0-9.]+")) {
            return Double.parseDouble(s.getString());
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------
    // The people searched for and registered

    /**
     * People of the demo city's kind (same generator, another seed): their names are searched for,
     * and they are registered, each with a partner, through the wizard and the API.
     */
    private static Path writePeople(Path file) throws IOException {
        StringBuilder csv = new StringBuilder(
                "name,given,family,givenLatin,familyLatin,sex,birthYear,birthMonth,birthDay,country,partnerGiven,partnerSex,partnerBirthYear\n");
        int written = 0;
        for (SyntheticPopulation.Household household :
                new SyntheticPopulation(4242L).households(3000, LocalDate.now())) {
            List<NewPerson> members = household.members();
            if (members.size() < 2) {
                continue;
            }
            PersonDetails d = members.get(0).details();
            PersonDetails partner = members.get(1).details();
            if (d.birthYear() == null || d.countryOfBirth() == null || partner.birthYear() == null) {
                continue;
            }
            String givenLatin = d.givenNamesLatin() != null ? d.givenNamesLatin() : d.givenNames();
            String familyLatin = d.familyNamesLatin() != null ? d.familyNamesLatin() : d.familyNames();
            if (givenLatin == null || familyLatin == null || d.familyNames() == null || partner.givenNames() == null) {
                continue;
            }
            csv.append(String.join(
                            ",",
                            clean(givenLatin + " " + familyLatin),
                            clean(d.givenNames()),
                            clean(d.familyNames()),
                            clean(givenLatin),
                            clean(familyLatin),
                            d.sex().name(),
                            d.birthYear().toString(),
                            d.birthMonth() == null ? "" : d.birthMonth().toString(),
                            d.birthDay() == null ? "" : d.birthDay().toString(),
                            d.countryOfBirth(),
                            clean(partner.givenNames()),
                            partner.sex().name(),
                            partner.birthYear().toString()))
                    .append('\n');
            written++;
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%,d people to search for and register in %s%n", written, file);
        return file;
    }

    /** Names as CSV fields and JSON strings: no separators, quotes or backslashes (generated names have none). */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[,\"\\\\\\n]", " ").strip();
    }

    private static String machine() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + ", " + load[1] + ", " + load[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------------------------------
    // The table

    private static String table(List<Level> unsorted, int requested, int seconds, int think) {
        List<Level> levels =
                unsorted.stream().sorted(Comparator.comparingInt(Level::clerks)).toList();
        StringBuilder t = new StringBuilder();
        t.append("| clerks (+ ")
                .append(API_CLIENTS)
                .append(" API clients) | requests | errors | requests/s " + "| pages p50 / p95 / p99 (target p95 ≤ ")
                .append(PAGE_TARGET_MS)
                .append(" ms) " + "| registration steps p50 / p95 / p99 (target p95 ≤ ")
                .append(REGISTRATION_TARGET_MS)
                .append(" ms) " + "| sign-in p95 | API p95 |\n");
        t.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Level l : levels) {
            t.append("| %d | %,d | %,d | %.1f | %s | %s | %,d ms | %,d ms |\n"
                    .formatted(
                            l.clerks(),
                            l.requests(),
                            l.errors(),
                            l.perSecond(),
                            triple(l.pages()),
                            triple(l.registration()),
                            l.signIn().p95(),
                            l.api().p95()));
        }
        Level breaking = levels.stream()
                .filter(l -> l.pages().p95() > BREAKING_MS)
                .findFirst()
                .orElse(null);
        t.append('\n');
        if (levels.size() > 1) {
            t.append(
                    breaking == null
                            ? "Breaking point: pages' p95 stayed under 1 s up to "
                                    + levels.get(levels.size() - 1).clerks() + " clerks.\n"
                            : "Breaking point: pages' p95 passed 1 s at " + breaking.clerks() + " clerks.\n");
        }
        Level first =
                levels.stream().filter(l -> l.clerks() == requested).findFirst().orElse(levels.get(0));
        t.append("\nPer request at ")
                .append(first.clerks())
                .append(" clerks (Gatling report ")
                .append(first.report())
                .append(
                        "):\n\n| request | count | errors | p50 | p95 | p99 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        first.byRequest()
                .forEach((name, k) -> t.append("| %s | %,d | %,d | %d ms | %d ms | %d ms |\n"
                        .formatted(name, k.requests(), k.errors(), k.p50(), k.p95(), k.p99())));
        t.append("\nEach clerk signs in once (own cookies, so own Keycloak and HTTP sessions, and its own account "
                        + "`clerk-load-NNN` added to the realm for the run: Keycloak's brute-force protection locks one account "
                        + "signed in by dozens of sessions at once), then for ")
                .append(seconds)
                .append(" s: desk page, search by a name, opens a person "
                        + "found, and every other round registers a household of two through the wizard's eight postbacks; "
                        + "a pause of ")
                .append(think)
                .append("–")
                .append(2 * think)
                .append(" ms between steps (faster than a "
                        + "clerk with someone at the counter). Clerks and API clients start over ")
                .append(RAMP_SECONDS)
                .append(" s. A kind's p50/p95/p99 is the worst of its requests' (Gatling reports each request "
                        + "and redirect separately); static resources are not fetched. Before the measured runs, an "
                        + "unmeasured warm-up of ")
                .append(WARM_UP_CLERKS)
                .append(" clerks for ")
                .append(WARM_UP_SECONDS)
                .append(" s lets the JIT compile Liberty's and Keycloak's hot paths. The application and Keycloak "
                        + "run over http on this machine (sign-in and session cookies not Secure: Gatling, unlike a "
                        + "browser, sends no Secure cookie to http://localhost).\n");
        return t.toString();
    }

    private static String triple(Kind k) {
        return "%d / %d / %d ms".formatted(k.p50(), k.p95(), k.p99());
    }
}
