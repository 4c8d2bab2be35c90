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

    /** Calls with {@code token}, or with no Authorization header at all when it is null. */
    public static Api bearer(String token) {
        return new Api(token);
    }

    /** Any method, any body ({@code null}: none); {@code headers} may replace the JSON Content-Type. */
    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(request(path).method(method, publisher), headers);
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
        // a server that never answers fails the test instead of hanging the run
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(java.time.Duration.ofMinutes(2))
                .header("Content-Type", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
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
