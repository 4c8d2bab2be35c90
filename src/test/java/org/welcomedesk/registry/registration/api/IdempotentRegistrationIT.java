package org.welcomedesk.registry.registration.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.ThroughTheApi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that retries impatiently, or an attacker, sends one registration many times at once
 * under one Idempotency-Key: one person (or household) is registered, and every answer is
 * either that registration or "still in progress, ask again" - never a server error.
 */
class IdempotentRegistrationIT extends ThroughTheApi {

    private static final int REQUESTS = 80;
    private static final int THREADS = 16;

    private static String deskToken;

    /**
     * HTTP/1.1, a connection per request in flight, as most integrations send: Java's client
     * otherwise asks to upgrade each new connection to HTTP/2 (h2c), and Liberty's upgrade fails
     * under parallel first requests (NullPointerException in handleHTTP2UpgradeRequest), which
     * is not the race under test.
     */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void tokens() throws Exception {
        deskToken = ClientCredentials.DESK_INTEGRATION.accessToken();
    }

    @Test
    void parallelRegistrationsUnderOneKeyRegisterOnePerson() throws Exception {
        String family = "Race" + UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"person": {"givenNames": "Hawa", "familyNames": "%s", "sex": "F", "birthYear": 1990,
                            "countryOfBirth": "SO"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-10-01", "districtId": 2,
                             "otherCountry": "SO"},
                 "consents": ["REGISTRATION"]}
                """.formatted(family);

        List<HttpResponse<String>> answers =
                sendAtOnce("/persons", body, UUID.randomUUID().toString());

        Set<String> ids = idsOfCreated(answers);
        assertEquals(1, ids.size(), "every registration answered carries the one person: " + ids);
        JsonObject found = Api.object(desk.post("/persons/search", "{\"name\": \"Hawa " + family + "\"}", Map.of()));
        assertEquals(1, found.getInt("total"), "one person registered, however many requests raced");
        assertEquals(
                Set.of("/persons/" + ids.iterator().next()),
                answers.stream()
                        .filter(a -> a.statusCode() == 201)
                        .map(a -> a.headers().firstValue("Location").orElseThrow())
                        .map(l -> l.substring(l.indexOf("/persons/")))
                        .collect(Collectors.toSet()),
                "one Location");
    }

    @Test
    void parallelHouseholdRegistrationsUnderOneKeyRegisterOneHousehold() throws Exception {
        String family = "Race" + UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"members": [
                  {"person": {"givenNames": "Yusuf", "familyNames": "%1$s", "sex": "M", "birthYear": 1980},
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 3, "otherCountry": "SY"}},
                  {"person": {"givenNames": "Mariam", "familyNames": "%1$s", "sex": "F", "birthYear": 2012},
                   "householdRole": "CHILD",
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 3, "otherCountry": "SY"}}]}
                """.formatted(family);

        List<HttpResponse<String>> answers =
                sendAtOnce("/households", body, UUID.randomUUID().toString());

        Set<String> ids = idsOfCreated(answers);
        assertEquals(1, ids.size(), "every registration answered carries the one household: " + ids);
        JsonObject found = Api.object(desk.post("/persons/search", "{\"name\": \"Yusuf " + family + "\"}", Map.of()));
        assertEquals(1, found.getInt("total"), "one reference person registered, however many requests raced");
    }

    /** Sends the same request {@value #REQUESTS} times from {@value #THREADS} threads, released together. */
    private static List<HttpResponse<String>> sendAtOnce(String path, String body, String key) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                pending.add(threads.submit(() -> {
                    start.await();
                    return post(path, body, key);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var answer : pending) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
            HttpResponse<String> afterwards = post(path, body, key);
            assertEquals(201, afterwards.statusCode(), "once all are answered, a replay returns the registration");
            answers.add(afterwards);
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", "Bearer " + deskToken)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every answer is 201 or a 409 problem; the ids the 201s carry. */
    private static Set<String> idsOfCreated(List<HttpResponse<String>> answers) {
        Set<String> ids = new TreeSet<>();
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                assertEquals(
                        "application/problem+json",
                        answer.headers().firstValue("Content-Type").orElseThrow());
                assertTrue(Api.object(answer).getString("type").endsWith("in-progress"), answer.body());
            } else {
                assertEquals(201, answer.statusCode(), answer.body());
                ids.add(Api.object(answer).getString("id"));
            }
        }
        return ids;
    }
}
