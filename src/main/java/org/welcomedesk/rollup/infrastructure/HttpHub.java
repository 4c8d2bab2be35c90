package org.welcomedesk.rollup.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.platform.security.KeycloakSettings;
import org.welcomedesk.rollup.application.Hub;
import org.welcomedesk.rollup.application.HubAnswer;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The hub over HTTPS: a client-credentials token from Keycloak (the city's own client), then
 * PUT {hub}/api/v1/national/releases/{releaseId}, as in docs/national.md. Retries 5xx, 401 (with
 * a fresh token), 429 and connection failures; any other 4xx is a refusal with the problem's
 * findings.
 */
@ApplicationScoped
public class HttpHub implements Hub {

    @Inject
    @ConfigProperty(name = "welcomedesk.rollup.hub-url")
    Optional<String> hubUrl;

    @Inject
    @ConfigProperty(name = "welcomedesk.rollup.client-id", defaultValue = "city-demo")
    String clientId;

    @Inject
    @ConfigProperty(name = "welcomedesk.rollup.client-secret", defaultValue = "demo-city-secret")
    String clientSecret;

    @Inject
    KeycloakSettings keycloak;

    Clock clock = Clock.systemUTC();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final Logger LOG = Logger.getLogger(HttpHub.class.getName());

    private volatile boolean insecureReported;
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    /**
     * Whether a hub is set to send to: an https address, or plain http only on this machine (the
     * demo and the tests), so that the city's token and counts never cross a network in clear.
     * Another address leaves approved releases waiting, and says why in the log.
     */
    @Override
    public boolean configured() {
        Optional<String> url = hubUrl.filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            return false;
        }
        if (secure(url.get())) {
            return true;
        }
        if (!insecureReported) {
            insecureReported = true;
            LOG.warning("welcomedesk.rollup.hub-url is not an https address (plain http is accepted only for "
                    + "localhost): approved national releases wait until it is");
        }
        return false;
    }

    /** An https address, or http to the loopback interface. */
    static boolean secure(String url) {
        try {
            URI address = URI.create(url.strip());
            String host = address.getHost();
            return "https".equalsIgnoreCase(address.getScheme())
                    || "http".equalsIgnoreCase(address.getScheme())
                            && host != null
                            && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public HubAnswer deliver(String releaseId, String contentType, String payload) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(hubUrl.orElseThrow().replaceAll("/+$", "") + "/api/v1/national/releases/"
                                    + URLEncoder.encode(releaseId, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token())
                    .header("Content-Type", contentType)
                    .header("Accept", "application/json, application/problem+json")
                    .PUT(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new HubAnswer.TryAgain("no connection: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HubAnswer.TryAgain("interrupted");
        } catch (TokenRefused e) {
            return new HubAnswer.TryAgain(e.getMessage());
        }
    }

    /** The hub's answer to a status and body. */
    HubAnswer answer(int status, String body) {
        if (status == 200 || status == 201) {
            JsonObject receipt = json(body);
            String hubStatus = receipt == null ? null : text(receipt, "status");
            String receivedAt = receipt == null ? null : text(receipt, "receivedAt");
            Instant received = null;
            try {
                received = receivedAt == null ? null : Instant.parse(receivedAt);
            } catch (java.time.format.DateTimeParseException e) {
                // a receipt without a usable time: the city's clock says when
            }
            return new HubAnswer.Acknowledged(hubStatus == null ? "RECEIVED" : hubStatus, received);
        }
        if (status == 401) {
            token = null; // the next attempt asks Keycloak again
            return new HubAnswer.TryAgain("HTTP 401");
        }
        if (status == 429 || status >= 500 || status < 400) {
            return new HubAnswer.TryAgain("HTTP " + status);
        }
        return new HubAnswer.Refused(status, findings(status, json(body)));
    }

    private static List<Finding> findings(int status, JsonObject problem) {
        List<Finding> findings = new ArrayList<>();
        JsonValue listed = problem == null ? null : problem.get("findings");
        if (listed instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject f) {
                    String code = Optional.ofNullable(text(f, "code")).orElse("REFUSED");
                    String messageKey = text(f, "messageKey");
                    List<String> arguments = new ArrayList<>();
                    if (messageKey != null && f.get("arguments") instanceof JsonArray args) {
                        args.forEach(a -> arguments.add(a instanceof JsonString s ? s.getString() : a.toString()));
                    } else {
                        // the hub's words: the location and its message, for the city's own translation of the code
                        arguments.add(Optional.ofNullable(text(f, "location")).orElse(""));
                        arguments.add(Optional.ofNullable(text(f, "message")).orElse(""));
                    }
                    findings.add(new Finding(
                            code,
                            text(f, "dataflow"),
                            text(f, "location"),
                            messageKey != null ? messageKey : "rollup.finding." + code,
                            arguments));
                }
            }
        }
        if (findings.isEmpty()) {
            String detail = problem == null
                    ? null
                    : Optional.ofNullable(text(problem, "detail")).orElse(text(problem, "title"));
            findings.add(new Finding(
                    "REFUSED",
                    null,
                    null,
                    "rollup.finding.REFUSED",
                    List.of(Integer.toString(status), detail == null ? "" : detail)));
        }
        return findings;
    }

    private String token() throws IOException, InterruptedException {
        String current = token;
        if (current != null && Instant.now(clock).isBefore(tokenExpires)) {
            return current;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.realmUri() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonObject body = json(response.body());
        if (response.statusCode() != 200 || body == null || text(body, "access_token") == null) {
            throw new TokenRefused("Keycloak token: HTTP " + response.statusCode());
        }
        int lifetime = body.containsKey("expires_in")
                ? body.getJsonNumber("expires_in").intValue()
                : 60;
        token = text(body, "access_token");
        // renewed a little early, so a token never expires on its way
        tokenExpires = Instant.now(clock).plusSeconds(Math.max(0, lifetime - 30));
        return token;
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null; // not JSON: the status alone decides
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s
                ? s.getString()
                : value == null || value == JsonValue.NULL ? null : value.toString();
    }

    /** Keycloak would not give a token (down, or the client's secret wrong): tried again later. */
    private static final class TokenRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TokenRefused(String message) {
            super(message);
        }
    }
}
