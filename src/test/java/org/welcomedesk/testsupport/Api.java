package org.welcomedesk.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The test server's REST API, called like a machine client does. */
public final class Api {

    public static final String BASE = System.getProperty("app.url", "http://localhost:9280") + "/api/v1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    private Api(String token) {
        this.token = token;
    }

    /** Calls with a client-credentials token of {@code client}. */
    public static Api as(ClientCredentials client) throws Exception {
        return new Api(client.accessToken());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET(), Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send(request(path).GET(), headers);
    }

    public HttpResponse<String> post(String path, String json, Map<String, String> headers) throws Exception {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public HttpResponse<String> put(String path, String json, Map<String, String> headers) throws Exception {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, Map<String, String> headers) throws Exception {
        headers.forEach(builder::setHeader);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response.body());
    }

    public static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }
}
