package org.welcomedesk.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.welcomedesk.devstack.KeycloakServer;
import org.welcomedesk.devstack.democity.DemoCityFile;
import org.welcomedesk.devstack.democity.SyntheticPopulation;
import org.welcomedesk.platform.text.CsvRecords;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.testsupport.ApplicationServer;
import org.welcomedesk.testsupport.PostgresServer;

import java.io.BufferedWriter;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The registry at city scale, measured end to end on this machine: generates N synthetic people
 * (default 1,000,000) with injected duplicates as a legacy register (CSV), then for each database
 * (H2 file, PostgreSQL) starts Keycloak and the application as deployed (Open Liberty, the WAR of
 * {@code mvn package}), loads the register through {@code POST /api/v1/imports} with duplicate
 * checking on, and measures over HTTP with real tokens: searches, duplicate checks, a full
 * batch scan, and the server's peak memory. Prints a table and records it in docs/benchmarks.md.
 *
 * <p>Usage: {@code mvn -Pbenchmark -Dbenchmark=scale [-Dbenchmark.args="<people> [h2|postgresql|both]"]}.
 */
public final class ScaleBenchmark {

    private static final int HTTP_PORT = 9380;
    private static final int HTTPS_PORT = 9743;
    private static final int KEYCLOAK_PORT = 8380;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 8390;
    private static final String SERVER = "welcomeDeskBench";
    private static final String APP = "http://localhost:" + HTTP_PORT;
    private static final String API = APP + "/api/v1";
    private static final int QUERIES = 1000;
    /**
     * PostgreSQL sized for this machine (24 GiB, two cores, the application beside it with a
     * 10 GB heap) as docs/operations.md recommends for a city-sized registry: the defaults
     * (128 MB of buffers, a checkpoint every GB of WAL) are for a laptop. Durability untouched:
     * fsync, synchronous commit and full-page writes stay on.
     */
    static final Map<String, String> PRODUCTION_SIZED = Map.of(
            "shared_buffers", "4GB",
            "effective_cache_size", "8GB",
            "maintenance_work_mem", "512MB",
            "max_wal_size", "8GB",
            "min_wal_size", "1GB",
            "checkpoint_timeout", "15min",
            "checkpoint_completion_target", "0.9",
            "random_page_cost", "1.1");

    private static final int WARM_UP = 100;
    /** One row in this many is a perturbed copy of an earlier row: the injected duplicates. */
    private static final int DUPLICATE_EVERY = 50;
    /**
     * Disk H2's file takes per person loaded, measured with the application's housekeeping
     * (3.0 GB after 50,000 people; 9.08 GB at 68,585 without it), rounded up: the share grows
     * with the registry.
     */
    private static final long H2_BYTES_PER_PERSON = 70_000L;

    private final Path work =
            Path.of(System.getProperty("benchmarks.work", "target/benchmark")).toAbsolutePath();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenAt = Instant.EPOCH;

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        String databases = args.length > 1 ? args[1] : "both";
        new ScaleBenchmark().run(people, databases);
    }

    /** What one database measured. */
    record Result(
            String database,
            int people,
            long importMillis,
            double rowsPerSecond,
            int imported,
            int rejected,
            int heldBack,
            int queued,
            double[] search,
            double[] check,
            long scanMillis,
            int scanPairs,
            long peakRssMb,
            long databaseMb) {}

    private void run(int people, String databases) throws Exception {
        Files.createDirectories(work);
        Path register = work.resolve("register-" + people + ".csv");
        Sample sample = generate(people, register);
        System.out.printf(
                Locale.ROOT,
                "Register: %,d rows (%,d injected duplicates), %,d MB%n",
                sample.rows,
                sample.injected,
                Files.size(register) >> 20);

        KeycloakServer keycloak = new KeycloakServer(
                Path.of(System.getProperty("keycloak.zip")),
                work.resolve("keycloak"),
                KEYCLOAK_PORT,
                KEYCLOAK_MANAGEMENT_PORT,
                Path.of(System.getProperty("realm.file")));
        Process keycloakProcess = keycloak.start();
        List<Result> results = new ArrayList<>();
        try {
            if (!databases.equals("postgresql") && h2FitsOnDisk(people)) {
                results.add(record(measure("H2", people, register, sample, Map.of()), databases, sample));
            }
            if (!databases.equals("h2")) {
                try (PostgresServer postgres =
                        new PostgresServer().withSettings(PRODUCTION_SIZED).start()) {
                    results.add(record(
                            measure(
                                    "PostgreSQL",
                                    people,
                                    register,
                                    sample,
                                    Map.of(
                                            "db.kind",
                                            "postgresql",
                                            "db.url",
                                            postgres.jdbcUrl(),
                                            "db.user",
                                            postgres.username(),
                                            "db.password",
                                            postgres.password())),
                            databases,
                            sample));
                }
            }
        } finally {
            KeycloakServer.stop(keycloakProcess.toHandle());
        }
        System.out.println(table(results, sample));
    }

    /**
     * H2 with {@code WRITE_DELAY=0} reuses its file's space only as the application's
     * housekeeping frees it (docs/architecture.md, decision 3): a load still grows it by some
     * 60 KB a person. Refuses a run that would fill the disk an hour in, rather than fail there.
     */
    private boolean h2FitsOnDisk(int people) throws IOException {
        long needed = people * H2_BYTES_PER_PERSON;
        long free = Files.getFileStore(work).getUsableSpace();
        if (needed < free * 9 / 10) {
            return true;
        }
        System.out.printf(
                Locale.ROOT,
                "H2 skipped: loading %,d people would need about %,d GB of disk for H2's "
                        + "file, %,d GB free. Run fewer people (-Dbenchmark.args=\"100000 h2\").%n",
                people,
                needed >> 30,
                free >> 30);
        return false;
    }

    /**
     * Writes one database's figures into its own section of docs/benchmarks.md as soon as they
     * are measured, so an hour-long H2 run is kept even if the PostgreSQL run after it stops.
     */
    private static Result record(Result result, String databases, Sample sample) throws IOException {
        String command = "mvn -Pbenchmark -Dbenchmark=scale"
                + (result.people() == 1_000_000 && databases.equals("both")
                        ? ""
                        : " -Dbenchmark.args=\"" + result.people() + " " + databases + "\"");
        BenchmarkDoc.replaceSection(
                "scale-" + result.database().toLowerCase(Locale.ROOT),
                BenchmarkDoc.provenance(command) + "\n\n" + table(List.of(result), sample));
        return result;
    }

    // ---------------------------------------------------------------------------------------
    // The register

    /** Search names and duplicate-check drafts sampled from the register while writing it. */
    static final class Sample {
        int rows;
        int injected;
        final List<String> searches = new ArrayList<>();
        final List<String> drafts = new ArrayList<>();
    }

    private Sample generate(int people, Path file) throws IOException {
        Sample sample = new Sample();
        SplittableRandom random = new SplittableRandom(20261123);
        LocalDate today = LocalDate.of(2026, 11, 1);
        int sampleEvery = Math.max(1, people / (QUERIES + WARM_UP));
        List<String[]> recent = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", DemoCityFile.HEADER));
            out.write('\n');
            int batch = 0;
            while (sample.rows < people) {
                for (SyntheticPopulation.Household household : new SyntheticPopulation(1000L + batch++)
                        .households(Math.min(5000, people - sample.rows), today)) {
                    for (NewPerson person : household.members()) {
                        if (sample.rows >= people) {
                            break;
                        }
                        String[] row;
                        if (sample.rows % DUPLICATE_EVERY == DUPLICATE_EVERY - 1 && !recent.isEmpty()) {
                            row = perturbed(recent.get(random.nextInt(recent.size())), random);
                            sample.injected++;
                        } else {
                            row = DemoCityFile.row(person, null, null, null).toArray(String[]::new);
                            if (recent.size() < 20_000) {
                                recent.add(row);
                            } else {
                                recent.set(random.nextInt(recent.size()), row);
                            }
                        }
                        write(out, row);
                        if (sample.rows % sampleEvery == 0) {
                            sample.searches.add(typo(nameOf(row), random));
                            sample.drafts.add(draft(row));
                        }
                        sample.rows++;
                    }
                }
            }
        }
        return sample;
    }

    /** The same person again, as another clerk typed them: a typo, swapped names, a date mixed up, a field left out. */
    private static String[] perturbed(String[] original, SplittableRandom random) {
        String[] row = original.clone();
        switch (random.nextInt(5)) {
            case 0 -> row[2 + random.nextInt(2)] = typo(row[2].isEmpty() ? row[0] : row[2], random);
            case 1 -> {
                String given = row[0];
                row[0] = row[1];
                row[1] = given;
                String givenLatin = row[2];
                row[2] = row[3];
                row[3] = givenLatin;
            }
            case 2 ->
                row[5] = row[5].length() == 10
                        ? row[5].substring(0, 4) + "-" + row[5].substring(8, 10) + "-" + row[5].substring(5, 7)
                        : row[5];
            case 3 -> {
                row[10] = "";
                row[14] = "";
            }
            default -> row[1] = typo(row[1], random);
        }
        if (row[5].length() == 10 && !isDate(row[5])) {
            row[5] = row[5].substring(0, 4);
        }
        return row;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** One letter doubled, dropped or two swapped. */
    private static String typo(String text, SplittableRandom random) {
        if (text.length() < 4) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
        };
    }

    private static String nameOf(String[] row) {
        String given = row[2].isEmpty() ? row[0] : row[2];
        String family = row[3].isEmpty() ? row[1] : row[3];
        return (given + " " + family).strip();
    }

    private static String draft(String[] row) {
        var person = Json.createObjectBuilder()
                .add("givenNames", row[0])
                .add("familyNames", row[1])
                .add("sex", row[4]);
        if (!row[2].isEmpty()) {
            person.add("givenNamesLatin", row[2]);
        }
        if (!row[3].isEmpty()) {
            person.add("familyNamesLatin", row[3]);
        }
        if (!row[5].isEmpty()) {
            String[] date = row[5].split("-");
            person.add("birthYear", Integer.parseInt(date[0]));
            if (date.length > 1) {
                person.add("birthMonth", Integer.parseInt(date[1]));
            }
            if (date.length > 2) {
                person.add("birthDay", Integer.parseInt(date[2]));
            }
        }
        if (!row[7].isEmpty()) {
            person.add("countryOfBirth", row[7]);
        }
        return Json.createObjectBuilder()
                .add("person", person)
                .add("max", 10)
                .build()
                .toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static void write(BufferedWriter out, String[] row) throws IOException {
        out.write(CsvRecords.line(List.of(row)));
        out.write('\n');
    }

    // ---------------------------------------------------------------------------------------
    // One database

    private Result measure(String database, int people, Path register, Sample sample, Map<String, String> db)
            throws Exception {
        System.out.println("== " + database);
        ApplicationServer server = new ApplicationServer(work, SERVER, HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT)
                .prepare(db, "data-" + (db.isEmpty() ? "h2" : "postgresql"), List.of("-Xmx10g", "-Duser.language=en"));
        server.start(Duration.ofMinutes(5));
        try {
            // load: the register through the import API, duplicate checking on
            Instant started = Instant.now();
            HttpResponse<String> accepted = http.send(
                    authorised(API + "/imports?fileName=register.csv")
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofFile(register))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
            }
            String location = accepted.headers().firstValue("Location").orElseThrow();
            JsonObject job;
            int lastPercent = -1;
            do {
                Thread.sleep(2000);
                job = json(get(location + "?page=0"));
                if (job.getInt("percentDone") / 10 != lastPercent / 10) {
                    lastPercent = job.getInt("percentDone");
                    System.out.printf(
                            Locale.ROOT,
                            "  import %3d %% (%,d rows) after %d s%n",
                            lastPercent,
                            job.getInt("rowsDone"),
                            Duration.between(started, Instant.now()).toSeconds());
                }
            } while (!job.getString("status").equals("COMPLETED")
                    && !job.getString("status").equals("INTERRUPTED"));
            long importMillis = Duration.between(started, Instant.now()).toMillis();
            if (!job.getString("status").equals("COMPLETED")) {
                throw new IllegalStateException("import interrupted: " + job);
            }
            System.out.printf(
                    Locale.ROOT, "  imported %,d rows in %,d s%n", job.getInt("rowsDone"), importMillis / 1000);
            long databaseMb = databaseMb(db);
            System.out.printf(Locale.ROOT, "  database on disk after the load: %,d MB%n", databaseMb);

            double[] search = latencies(
                    sample.searches,
                    name -> post(
                            API + "/persons/search",
                            Json.createObjectBuilder()
                                    .add("name", name)
                                    .add("size", 20)
                                    .build()
                                    .toString()));
            System.out.printf(
                    Locale.ROOT, "  search p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", search[0], search[1], search[2]);
            double[] check = latencies(sample.drafts, draft -> post(API + "/persons/matches", draft));
            System.out.printf(
                    Locale.ROOT,
                    "  duplicate check p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    check[0],
                    check[1],
                    check[2]);

            Instant scanStarted = Instant.now();
            HttpResponse<String> scan = http.send(
                    authorised(API + "/duplicates/scan")
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (scan.statusCode() != 202) {
                throw new IllegalStateException("scan refused: " + scan.statusCode() + " " + scan.body());
            }
            JsonObject status;
            do {
                Thread.sleep(2000);
                status = json(get(API + "/duplicates/scan"));
            } while (status.getBoolean("running") || !status.containsKey("lastStarted"));
            long scanMillis = Duration.between(scanStarted, Instant.now()).toMillis();
            System.out.printf(Locale.ROOT, "  scan: %s%n", status);

            long rss = server.peakRssMb();
            return new Result(
                    database,
                    people,
                    importMillis,
                    job.getInt("rowsDone") * 1000.0 / importMillis,
                    job.getInt("imported"),
                    job.getInt("rejected"),
                    job.getInt("duplicates"),
                    job.getInt("possibleDuplicates"),
                    search,
                    check,
                    scanMillis,
                    status.getInt("pairsFound"),
                    rss,
                    databaseMb);
        } finally {
            server.stop();
        }
    }

    /** The database's size: H2's file, or what PostgreSQL reports for the database. */
    private long databaseMb(Map<String, String> db) throws Exception {
        if (db.isEmpty()) {
            try (var files = Files.walk(work.resolve("data-h2"))) {
                return files.filter(f -> f.toString().endsWith(".mv.db"))
                                .mapToLong(f -> f.toFile().length())
                                .sum()
                        >> 20;
            }
        }
        try (var connection = java.sql.DriverManager.getConnection(
                        db.get("db.url"), db.get("db.user"), db.get("db.password"));
                var rows = connection.createStatement().executeQuery("select pg_database_size(current_database())")) {
            rows.next();
            return rows.getLong(1) >> 20;
        }
    }

    // ---------------------------------------------------------------------------------------
    // HTTP

    interface Call {
        HttpResponse<String> send(String argument) throws Exception;
    }

    /** p50, p95, p99 in ms of one call per argument, after a warm-up on the first arguments. */
    private double[] latencies(List<String> arguments, Call call) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = call.send(arguments.get(i));
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            if (i >= WARM_UP) {
                millis.add(took / 1e6);
            }
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)};
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private HttpRequest.Builder authorised(String url) throws Exception {
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
            token = json(response.body()).getString("access_token");
            tokenAt = Instant.now();
        }
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10));
    }

    private String get(String url) throws Exception {
        return http.send(authorised(url).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(
                authorised(url)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    // ---------------------------------------------------------------------------------------
    // The table

    private static String table(List<Result> results, Sample sample) {
        StringBuilder t = new StringBuilder();
        t.append("| measure | target (1M, H2) |");
        results.forEach(r -> t.append(' ').append(r.database()).append(" |"));
        t.append("\n| --- | --- |");
        results.forEach(r -> t.append(" ---: |"));
        t.append('\n');
        row(t, results, "people in the register", "", r -> "%,d".formatted(r.people()));
        row(
                t,
                results,
                "import (load), rows per second, duplicate checking on",
                "≥ 5,000",
                r -> "%,.0f".formatted(r.rowsPerSecond()));
        row(t, results, "import wall time", "", r -> "%,d s".formatted(r.importMillis() / 1000));
        row(t, results, "rows imported / rejected", "", r -> "%,d / %,d".formatted(r.imported(), r.rejected()));
        row(
                t,
                results,
                "injected duplicates (" + "%,d".formatted(sample.injected) + "): held back / queued for review",
                "",
                r -> "%,d / %,d".formatted(r.heldBack(), r.queued()));
        row(
                t,
                results,
                "search p50 / p95 / p99",
                "p95 ≤ 50 ms",
                r -> "%.1f / %.1f / %.1f ms".formatted(r.search()[0], r.search()[1], r.search()[2]));
        row(
                t,
                results,
                "duplicate check p50 / p95",
                "p95 ≤ 100 ms",
                r -> "%.1f / %.1f ms".formatted(r.check()[0], r.check()[1]));
        row(
                t,
                results,
                "full batch duplicate scan",
                "≤ 10 min",
                r -> "%d min %02d s (%,d pairs)"
                        .formatted(r.scanMillis() / 60000, r.scanMillis() / 1000 % 60, r.scanPairs()));
        row(t, results, "server peak memory (resident, VmHWM)", "", r -> "%,d MB".formatted(r.peakRssMb()));
        row(t, results, "database on disk after the load", "", r -> "%,d MB".formatted(r.databaseMb()));
        t.append("\nSearches and duplicate checks: ")
                .append(QUERIES)
                .append(" sequential requests each over HTTP with a bearer token, ")
                .append("after ")
                .append(WARM_UP)
                .append(" warm-up requests; searches are names from the register with one typo, ")
                .append("checks are drafts of registered people (names, sex, birth date, country of birth). ")
                .append("Every row, search result and candidate is audited as in production.\n");
        return t.toString();
    }

    private static void row(
            StringBuilder t,
            List<Result> results,
            String label,
            String target,
            java.util.function.Function<Result, String> value) {
        t.append("| ").append(label).append(" | ").append(target).append(" |");
        results.forEach(r -> t.append(' ').append(value.apply(r)).append(" |"));
        t.append('\n');
    }
}
