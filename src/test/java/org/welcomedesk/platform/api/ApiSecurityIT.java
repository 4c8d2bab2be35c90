package org.welcomedesk.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.KeycloakAdmin;
import org.welcomedesk.testsupport.OnTheTestServer;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API with Keycloak-issued client-credentials tokens: the right role gets in, the
 * wrong role gets 403, no token gets 401, bad input gets a problem naming the field.
 */
class ApiSecurityIT extends OnTheTestServer {

    private static final String API = System.getProperty("app.url", "http://localhost:9280") + "/api/v1";
    /** The mpJwt clockSkew of liberty/security.xml. */
    private static final long CLOCK_SKEW_SECONDS = 15;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aServiceAccountWithTheAdminRoleCreatesADistrict() throws Exception {
        String token = ClientCredentials.REGISTRY_SYNC.accessToken();
        String code = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

        HttpResponse<String> created = send(post(
                "/districts",
                token,
                "{\"code\":\"" + code + "\",\"name\":\"Alfama Nova\",\"validFrom\":\"2030-01-01\"}"));

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> fetched = send(HttpRequest.newBuilder(URI.create(location))
                .header("Authorization", "Bearer " + token)
                .build());
        assertEquals(200, fetched.statusCode());
        assertEquals(code, json(fetched.body()).getString("code"));
        assertTrue(
                fetched.headers().allValues("Content-Security-Policy").stream()
                        .anyMatch(p -> p.startsWith("default-src 'none'")),
                "API responses load nothing");
    }

    @Test
    void aServiceAccountWithTheWrongRoleIsForbidden() throws Exception {
        String plannerToken = ClientCredentials.STATISTICS_READER.accessToken();

        HttpResponse<String> refused = send(
                post("/districts", plannerToken, "{\"code\":\"NOPE\",\"name\":\"Nope\",\"validFrom\":\"2030-01-01\"}"));
        assertEquals(403, refused.statusCode());

        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(API + "/districts"))
                .header("Authorization", "Bearer " + plannerToken)
                .build());
        assertEquals(200, read.statusCode(), "a planner may read districts");
        JsonArray districts = Json.createReader(new StringReader(read.body())).readArray();
        assertTrue(districts.size() >= 10);
    }

    @Test
    void noTokenIsUnauthorized() throws Exception {
        assertEquals(
                401,
                send(HttpRequest.newBuilder(URI.create(API + "/districts")).build())
                        .statusCode());
        assertEquals(401, send(post("/districts", null, "{}")).statusCode());
    }

    @Test
    void aForgedTokenIsUnauthorized() throws Exception {
        String token = ClientCredentials.REGISTRY_SYNC.accessToken();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertEquals(
                401,
                send(HttpRequest.newBuilder(URI.create(API + "/districts"))
                                .header("Authorization", "Bearer " + forged)
                                .build())
                        .statusCode());
    }

    @Test
    void anExpiredTokenIsRefusedSecondsAfterItsExpiry() throws Exception {
        KeycloakAdmin keycloak = KeycloakAdmin.signIn();
        ClientCredentials reader = ClientCredentials.STATISTICS_READER;
        String token;
        keycloak.accessTokenLifespan(reader.clientId(), 2);
        try {
            token = reader.accessToken();
        } finally {
            keycloak.accessTokenLifespan(reader.clientId(), null);
        }
        long expiry = claims(token).getJsonNumber("exp").longValueExact();
        HttpRequest districts = HttpRequest.newBuilder(URI.create(API + "/districts"))
                .header("Authorization", "Bearer " + token)
                .build();
        assertEquals(200, send(districts).statusCode(), "the token is good until it expires");

        // mpJwt's default clock skew (five minutes) would still let it in here
        Thread.sleep(Math.max(0, (expiry + CLOCK_SKEW_SECONDS + 3) * 1000 - System.currentTimeMillis()));
        assertEquals(401, send(districts).statusCode());
    }

    @Test
    void invalidFieldsComeBackAsProblemDetailsNamingEachFieldInTheCallersLanguage() throws Exception {
        String token = ClientCredentials.REGISTRY_SYNC.accessToken();
        HttpRequest request = HttpRequest.newBuilder(URI.create(API + "/districts"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"bad code\",\"name\":\"\"}"))
                .build();

        HttpResponse<String> response = send(request);

        assertEquals(400, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = json(response.body());
        assertEquals(400, problem.getInt("status"));
        var fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertEquals(java.util.List.of("code", "name", "validFrom"), fields);
        assertTrue(
                problem.getJsonArray("errors")
                        .getJsonObject(1)
                        .getString("message")
                        .contains("obligatoire"),
                problem.toString());
    }

    private HttpRequest post(String path, String token, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(API + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject claims(String token) {
        return json(new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
