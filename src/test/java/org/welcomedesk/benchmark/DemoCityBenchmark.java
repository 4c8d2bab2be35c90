package org.welcomedesk.benchmark;

import org.welcomedesk.devstack.Ports;
import org.welcomedesk.testsupport.ApplicationServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn -Pbenchmark -Dbenchmark=demo [-Dbenchmark.args=PEOPLE]}: the demo city's first start
 * as {@code mvn -Prun} does it (default 50,000 people), in a server of its own on an empty H2
 * database: how long Liberty takes to start with the load, and what the application logged of it
 * (people, events by flow and by year, generation and registration time). No Keycloak is needed:
 * the load runs before the application accepts requests, so the benchmark reads the log.
 */
public final class DemoCityBenchmark {

    private static final String SERVER = "demoCityBench";
    private static final int HTTP_PORT = 9680;
    private static final int HTTPS_PORT = 9684;
    // nothing listens there: the application only needs Keycloak for sign-ins and readiness
    private static final int KEYCLOAK_PORT = 8680;
    private static final Duration LOAD_WITHIN = Duration.ofMinutes(30);

    private DemoCityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path work = Path.of(System.getProperty("benchmarks.work", "target/benchmark")).toAbsolutePath();
        Ports.requireFree(List.of(HTTP_PORT, HTTPS_PORT));
        ApplicationServer server = new ApplicationServer(work, SERVER, HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT)
                .prepare(Map.of(), "demo-city-h2", List.of("-Xmx2g", "-Duser.language=en",
                        "-Dwelcomedesk.demo.people=" + people, "-Dwelcomedesk.demo.directory=true"));
        Path log = work.resolve("wlp/usr/servers/" + SERVER + "/logs/messages.log");
        Instant started = Instant.now();
        try {
            server.launch();
            List<String> lines = demoLines(log, started.plus(LOAD_WITHIN));
            Duration took = Duration.between(started, Instant.now());
            List<String> store = logLines(log, "Statistics store was empty", started.plus(LOAD_WITHIN));
            Duration ready = Duration.between(started, Instant.now());
            long rss = server.peakRssMb();
            StringBuilder report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "First start with a demo city of %,d people: demo city loaded "
                    + "%d s after `server start`, statistics store filled %d s after; H2 file %,d MB once both were done; "
                    + "peak memory of the server %,d MB.%n%n", people, took.toSeconds(), ready.toSeconds(),
                    databaseMb(work.resolve("demo-city-h2")), rss));
            lines = new java.util.ArrayList<>(lines);
            lines.addAll(store);
            report.append("What the application logged (counts only):\n\n```\n");
            lines.forEach(line -> report.append(line).append('\n'));
            report.append("```\n\n").append(BenchmarkDoc.provenance("mvn -Pbenchmark -Dbenchmark=demo"
                    + (people == 50_000 ? "" : " -Dbenchmark.args=" + people))).append('\n');
            System.out.println(report);
            BenchmarkDoc.replaceSection("demo", report.toString());
        } finally {
            server.stop();
        }
    }

    /** The size of the H2 files under the data directory, in MB. */
    private static long databaseMb(Path data) throws java.io.IOException {
        try (var files = Files.walk(data)) {
            return files.filter(f -> f.toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        }
    }

    /** The log's lines from {@code marker} on, once one is there. */
    private static List<String> logLines(Path log, String marker, Instant deadline) throws Exception {
        while (Instant.now().isBefore(deadline)) {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> l.contains(marker))
                    .map(l -> l.substring(l.indexOf(marker))).toList();
            if (!lines.isEmpty()) {
                return lines;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("No '" + marker + "' within " + LOAD_WITHIN.toMinutes() + " minutes; see " + log);
    }

    /** The demo load's lines of the log (from "Demo population:" or "Bulk load:" on), once its last is there. */
    private static List<String> demoLines(Path log, Instant deadline) throws Exception {
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log).stream()
                        .filter(l -> l.contains("Demo population:") || l.contains("Bulk load:"))
                        .map(l -> l.substring(Math.max(l.indexOf("Demo population:"), l.indexOf("Bulk load:")))).toList();
                if (lines.stream().anyMatch(l -> l.contains("events by year"))) {
                    return lines;
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The demo city was not loaded within " + LOAD_WITHIN.toMinutes()
                + " minutes; see " + log);
    }
}
