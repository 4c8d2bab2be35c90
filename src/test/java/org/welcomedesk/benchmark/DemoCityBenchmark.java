package org.welcomedesk.benchmark;

import org.welcomedesk.devstack.KeycloakServer;
import org.welcomedesk.devstack.Ports;
import org.welcomedesk.devstack.democity.DemoCityLoad;
import org.welcomedesk.testsupport.ApplicationServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn -Pbenchmark -Dbenchmark=demo [-Dbenchmark.args=PEOPLE]}: the demo city's first start
 * as {@code mvn -Prun} does it (default 50,000 people), in a server of its own on an empty H2
 * database with a Keycloak of its own: the server started, the city written as an import file
 * and sent to the import API with duplicate checking on, followed to its end, and the
 * statistics store checked against a recount. Reports the time from {@code server start} to the
 * city loaded with the store current, and the server's CPU time (the machine may be shared: the
 * wall time says as much about the neighbours).
 */
public final class DemoCityBenchmark {

    private static final String SERVER = "demoCityBench";
    private static final int HTTP_PORT = 9680;
    private static final int HTTPS_PORT = 9684;
    private static final int KEYCLOAK_PORT = 8680;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 8690;

    private DemoCityBenchmark() {}

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path work = Path.of(System.getProperty("benchmarks.work", "target/benchmark"))
                .toAbsolutePath();
        Ports.requireFree(List.of(HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT));
        KeycloakServer keycloak = new KeycloakServer(
                Path.of(System.getProperty("keycloak.zip")),
                work.resolve("keycloak"),
                KEYCLOAK_PORT,
                KEYCLOAK_MANAGEMENT_PORT,
                Path.of(System.getProperty("realm.file")));
        Process keycloakProcess = keycloak.start();
        ApplicationServer server = new ApplicationServer(work, SERVER, HTTP_PORT, HTTPS_PORT, KEYCLOAK_PORT)
                .prepare(
                        Map.of(),
                        "demo-city-h2",
                        List.of("-Xmx2g", "-Duser.language=en", "-Dwelcomedesk.demo.directory=true"));
        try {
            Instant started = Instant.now();
            Duration ready = server.start(Duration.ofMinutes(10));
            DemoCityLoad load = new DemoCityLoad(server.url(), keycloak.url(), System.out);
            Duration cpuBefore = cpu(server);
            DemoCityLoad.Outcome outcome = load.load(people, LocalDate.now(), work.resolve("demo-city.csv"));
            Duration loaded = Duration.between(started, Instant.now());
            // the import's CPU time only: the check below recounts every cell and would add its own
            Duration cpu = cpu(server).minus(cpuBefore);
            long differing = load.storeDifferences();
            Duration current = Duration.between(started, Instant.now());
            long rss = server.peakRssMb();
            String report = String.format(
                    Locale.ROOT,
                    "First start with a demo city of %,d people loaded through the import "
                            + "API (duplicate checking on): the application ready %d s after `server start`; the city "
                            + "written in %,d ms and imported in %,d s (%,.0f rows/s; the server's CPU time meanwhile %,d s, "
                            + "on 2 cores); city loaded %d s after `server start`, the statistics store checked against a "
                            + "recount %d s after (%,d cells differing). Rows %,d: %,d imported (%,d to review as possible "
                            + "duplicates), %,d held back as duplicates, %,d rejected. H2 file %,d MB; peak memory of the "
                            + "server %,d MB.%n%n%s%n",
                    people,
                    ready.toSeconds(),
                    outcome.generatedMillis(),
                    outcome.importMillis() / 1000,
                    outcome.rows() * 1000.0 / outcome.importMillis(),
                    cpu.toSeconds(),
                    loaded.toSeconds(),
                    current.toSeconds(),
                    differing,
                    outcome.rows(),
                    outcome.imported(),
                    outcome.possibleDuplicates(),
                    outcome.duplicates(),
                    outcome.rejected(),
                    databaseMb(work.resolve("demo-city-h2")),
                    rss,
                    BenchmarkDoc.provenance("mvn -Pbenchmark -Dbenchmark=demo"
                            + (people == 50_000 ? "" : " -Dbenchmark.args=" + people)));
            System.out.println(report);
            BenchmarkDoc.replaceSection("demo", report);
        } finally {
            server.stop();
            KeycloakServer.stop(keycloakProcess.toHandle());
        }
    }

    /** The server process's CPU time so far (all its threads). */
    private static Duration cpu(ApplicationServer server) {
        return ProcessHandle.of(server.pid())
                .flatMap(p -> p.info().totalCpuDuration())
                .orElse(Duration.ZERO);
    }

    /** The size of the H2 files under the data directory, in MB. */
    private static long databaseMb(Path data) throws java.io.IOException {
        try (var files = Files.walk(data)) {
            return files.filter(f -> f.toString().endsWith(".mv.db"))
                            .mapToLong(f -> f.toFile().length())
                            .sum()
                    / (1024 * 1024);
        }
    }
}
