package org.welcomedesk.devstack.democity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.welcomedesk.testsupport.ClientCredentials;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads the demo city into a running application the way a city loads its legacy register:
 * {@link SyntheticPopulation}'s households written as an import file ({@link DemoCityFile}) and
 * sent to {@code POST /api/v1/imports} with a machine client's token (registry-sync), then the
 * job followed until it ends. Only into an empty registry: a registry that already counts people,
 * or already has the demo city's import, is left as it is.
 */
public final class DemoCityLoad {

    /** The file name the demo city's import carries, by which a later start recognises it. */
    public static final String FILE_NAME = "demo-city.csv";
    /** The seed of the demo city: the same people on every first start. */
    public static final long SEED = 20261123L;

    private final String api;
    private final String keycloak;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private Instant tokenAt = Instant.EPOCH;

    /** What the import did, in counts, and how long it took from the request on. */
    public record Outcome(
            String status,
            int rows,
            int imported,
            int rejected,
            int duplicates,
            int possibleDuplicates,
            long generatedMillis,
            long importMillis) {}

    /**
     * @param app      the application's base URL, e.g. {@code http://localhost:9080}
     * @param keycloak Keycloak's base URL, e.g. {@code http://127.0.0.1:8180}
     */
    public DemoCityLoad(String app, String keycloak, PrintStream out) {
        this.api = app + "/api/v1";
        this.keycloak = keycloak;
        this.out = out;
    }

    /**
     * Loads a city of {@code people} as of {@code today} (the file written to {@code file}) unless
     * the registry is not empty; follows an earlier demo import still running to its end.
     */
    public Optional<Outcome> loadIfEmpty(int people, LocalDate today, Path file)
            throws IOException, InterruptedException {
        awaitReady(Duration.ofMinutes(15));
        Optional<JsonObject> earlier = earlierImport();
        if (earlier.isPresent()) {
            JsonObject job = earlier.get();
            if (job.getString("status").equals("COMPLETED")) {
                out.println("The demo city is loaded already (" + job.getInt("imported") + " people).");
                return Optional.empty();
            }
            out.println("The demo city's import is " + job.getString("status").toLowerCase(Locale.ROOT)
                    + "; following it.");
            return Optional.of(follow(api + "/imports/" + job.getString("id"), Instant.now(), 0));
        }
        if (countedPeople() > 0) {
            out.println("The registry is not empty: no demo city loaded.");
            return Optional.empty();
        }
        return Optional.of(load(people, today, file));
    }

    /**
     * Waits for the application to report ready: Liberty says it runs before the application
     * has started (its first start migrates the schema and fills the demo directory).
     */
    private void awaitReady(Duration within) throws IOException, InterruptedException {
        String health = api.substring(0, api.length() - "/api/v1".length()) + "/health/ready";
        Instant deadline = Instant.now().plus(within);
        boolean said = false;
        while (true) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(health))
                                                .timeout(Duration.ofSeconds(10))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "The application was not ready within " + within.toMinutes() + " minutes");
            }
            if (!said) {
                out.println("Waiting for the application to be ready before loading the demo city...");
                said = true;
            }
            Thread.sleep(2000);
        }
    }

    /** Writes the city and imports it, duplicate checking on as for any register. */
    public Outcome load(int people, LocalDate today, Path file) throws IOException, InterruptedException {
        Instant started = Instant.now();
        Files.createDirectories(file.toAbsolutePath().getParent());
        int rows;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            rows = DemoCityFile.write(new SyntheticPopulation(SEED).households(people, today), writer);
        }
        long generated = Duration.between(started, Instant.now()).toMillis();
        out.printf(
                Locale.ROOT,
                "Demo city: %,d people written to %s in %,d ms; importing through %s/imports%n",
                rows,
                file,
                generated,
                api);
        Instant sent = Instant.now();
        HttpResponse<String> accepted = http.send(
                authorised(api + "/imports?fileName=" + FILE_NAME)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("The import was refused: " + accepted.statusCode() + " " + accepted.body());
        }
        return follow(accepted.headers().firstValue("Location").orElseThrow(), sent, generated);
    }

    /** Polls the import until it ends, printing its progress every ten per cent. */
    private Outcome follow(String location, Instant sent, long generatedMillis)
            throws IOException, InterruptedException {
        JsonObject job;
        int shown = -1;
        do {
            Thread.sleep(2000);
            job = json(get(location + "?page=0"));
            int percent = job.getInt("percentDone");
            if (percent / 10 != shown / 10) {
                shown = percent;
                out.printf(
                        Locale.ROOT,
                        "  demo city %3d %% (%,d rows) after %d s%n",
                        percent,
                        job.getInt("rowsDone"),
                        Duration.between(sent, Instant.now()).toSeconds());
            }
        } while (List.of("QUEUED", "RUNNING").contains(job.getString("status")));
        Outcome outcome = new Outcome(
                job.getString("status"),
                job.getInt("rowsDone"),
                job.getInt("imported"),
                job.getInt("rejected"),
                job.getInt("duplicates"),
                job.getInt("possibleDuplicates"),
                generatedMillis,
                Duration.between(sent, Instant.now()).toMillis());
        out.printf(
                Locale.ROOT,
                "Demo city %s: %,d rows, %,d people imported (%,d to review as possible duplicates), "
                        + "%,d held back as duplicates, %,d rejected, in %,d s%n",
                outcome.status().toLowerCase(Locale.ROOT),
                outcome.rows(),
                outcome.imported(),
                outcome.possibleDuplicates(),
                outcome.duplicates(),
                outcome.rejected(),
                outcome.importMillis() / 1000);
        return outcome;
    }

    /** The demo city's import, if one was started and not cancelled. */
    private Optional<JsonObject> earlierImport() throws IOException, InterruptedException {
        JsonArray jobs =
                Json.createReader(new StringReader(get(api + "/imports"))).readArray();
        return jobs.stream()
                .map(JsonValue::asJsonObject)
                .filter(job -> job.getString("fileName").equals(FILE_NAME)
                        && !job.getBoolean("dryRun")
                        && !job.getString("status").equals("CANCELLED"))
                .findFirst();
    }

    /** The cells the statistics store counts: it has some for anyone the registry holds. */
    private long countedPeople() throws IOException, InterruptedException {
        return storeCheck().getJsonNumber("cells").longValue();
    }

    /**
     * Asks the application to compare its statistics store with a recount of the registry;
     * returns how many cells differ (0: the store is current).
     */
    public long storeDifferences() throws IOException, InterruptedException {
        return storeCheck().getJsonNumber("differing").longValue();
    }

    private JsonObject storeCheck() throws IOException, InterruptedException {
        HttpResponse<String> check = http.send(
                authorised(api + "/statistics/store/check")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (check.statusCode() != 200) {
            throw new IllegalStateException("The statistics store could not be checked: " + check.statusCode());
        }
        return json(check.body());
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(authorised(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder authorised(String url) throws IOException, InterruptedException {
        // client-credentials tokens live five minutes: a new one each minute
        if (Duration.between(tokenAt, Instant.now()).toSeconds() > 60) {
            token = ClientCredentials.REGISTRY_SYNC.accessToken(keycloak);
            tokenAt = Instant.now();
        }
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
