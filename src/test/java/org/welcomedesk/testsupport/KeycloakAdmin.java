package org.welcomedesk.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The tests' Keycloak through its admin REST API (bootstrap admin of the loopback test server),
 * for settings a test must change for a moment and put back.
 */
public final class KeycloakAdmin {

    private static final String REALM = "welcome-desk";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    private KeycloakAdmin(String token) {
        this.token = token;
    }

    public static KeycloakAdmin signIn() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(KeycloakExtension.url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build();
        JsonObject body = object(ok(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())));
        return new KeycloakAdmin(body.getString("access_token"));
    }

    /**
     * Sets how long the access tokens issued to {@code clientId} live (Keycloak's per-client
     * override of the realm's lifespan); {@code null} removes the override.
     */
    public void accessTokenLifespan(String clientId, Integer seconds) throws IOException, InterruptedException {
        String clients = KeycloakExtension.url() + "/admin/realms/" + REALM + "/clients";
        JsonObject client = Json.createReader(
                        new StringReader(ok(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))
                                        .GET()))
                                .body()))
                .readArray()
                .getJsonObject(0);
        JsonObjectBuilder attributes = Json.createObjectBuilder(client.getJsonObject("attributes"))
                .add("access.token.lifespan", seconds == null ? "" : seconds.toString());
        JsonObject changed =
                Json.createObjectBuilder(client).add("attributes", attributes).build();
        ok(send(HttpRequest.newBuilder(URI.create(clients + "/" + client.getString("id")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed.toString()))));
    }

    /**
     * Lets {@code clientId} send browsers back to {@code uris} too: the realm export lists the
     * default test ports only, and a run on other ports (beside another run) needs its own.
     */
    public void allowRedirects(String clientId, java.util.List<String> uris) throws IOException, InterruptedException {
        String clients = KeycloakExtension.url() + "/admin/realms/" + REALM + "/clients";
        JsonObject client = Json.createReader(
                        new StringReader(ok(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))
                                        .GET()))
                                .body()))
                .readArray()
                .getJsonObject(0);
        var redirects = Json.createArrayBuilder(client.getJsonArray("redirectUris"));
        uris.forEach(redirects::add);
        JsonObject changed =
                Json.createObjectBuilder(client).add("redirectUris", redirects).build();
        ok(send(HttpRequest.newBuilder(URI.create(clients + "/" + client.getString("id")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed.toString()))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "Keycloak admin call failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
