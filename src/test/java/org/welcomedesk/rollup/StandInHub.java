package org.welcomedesk.rollup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A national hub run by a test on the port the test server's sender is pointed at
 * (it.rollup.hub.port): answers PUT /api/v1/national/releases/{id} as scripted for that release
 * (a status and body per delivery, in order), then 201 with a receipt, and 200 for a release it
 * already keeps. Scripts are per release: a release approved by another test class and still
 * waiting in the test server's outbox must not take this test's answers.
 * Keeps one copy per release id and every request it was sent.
 */
public final class StandInHub implements AutoCloseable {

    public static final int PORT = Integer.getInteger("it.rollup.hub.port", 9289);
    private static final String PATH = "/api/v1/national/releases/";

    /** One request as the hub saw it. */
    public record Delivery(String releaseId, String contentType, String cityClaim, String body) {}

    private record Answer(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    private StandInHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext(PATH, this::handle);
        server.start();
    }

    public static StandInHub start() throws IOException {
        return new StandInHub();
    }

    /** The release's next deliveries get these answers, in order (then the usual 201/200). */
    public synchronized void answer(String releaseId, int status, String body) {
        scripts.computeIfAbsent(releaseId, id -> new ArrayDeque<>()).addLast(new Answer(status, body));
    }

    /** Every request for a release, in order. */
    public List<Delivery> deliveriesOf(String releaseId) {
        return deliveries.stream().filter(d -> d.releaseId().equals(releaseId)).toList();
    }

    /** The copy kept of a release (null when none). */
    public String kept(String releaseId) {
        return kept.get(releaseId);
    }

    public int keptCount() {
        return kept.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String releaseId = exchange.getRequestURI().getPath().substring(PATH.length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        deliveries.add(new Delivery(
                releaseId,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                cityClaim(exchange.getRequestHeaders().getFirst("Authorization")),
                body));
        Answer answer;
        synchronized (this) {
            Deque<Answer> script = scripts.get(releaseId);
            answer = script == null ? null : script.pollFirst();
        }
        if (!"PUT".equals(exchange.getRequestMethod())) {
            answer = new Answer(405, "");
        }
        if (answer == null) {
            boolean again = kept.putIfAbsent(releaseId, body) != null;
            answer = new Answer(
                    again ? 200 : 201,
                    "{\"releaseId\":\"" + releaseId + "\",\"city\":\"DEMO\",\"status\":\"" + "RECEIVED"
                            + "\",\"receivedAt\":\"" + Instant.now() + "\"}");
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    // the token's city claim, read without checking the signature (the real hub checks it)
    private static String cityClaim(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        var matcher =
                java.util.regex.Pattern.compile("\"city\"\\s*:\\s*\"([^\"]*)\"").matcher(payload);
        return matcher.find() ? matcher.group(1) : null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
