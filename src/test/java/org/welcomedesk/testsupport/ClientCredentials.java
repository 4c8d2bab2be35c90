package org.welcomedesk.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Access tokens for the realm's demo service accounts, as a machine client gets them. */
public final class ClientCredentials {

    /** registry-sync: a service account holding the admin role. */
    public static final ClientCredentials REGISTRY_SYNC = new ClientCredentials("registry-sync", "demo-sync-secret");
    /** statistics-reader: a service account holding the planner role only. */
    public static final ClientCredentials STATISTICS_READER =
            new ClientCredentials("statistics-reader", "demo-reader-secret");

    /** desk-integration: a service account holding the clerk and supervisor roles. */
    public static final ClientCredentials DESK_INTEGRATION =
            new ClientCredentials("desk-integration", "demo-desk-secret");

    /** harbour-clinic-referrals: a service account holding the partner role, organisation harbour-clinic. */
    public static final ClientCredentials HARBOUR_CLINIC_REFERRALS =
            new ClientCredentials("harbour-clinic-referrals", "demo-harbour-secret");

    /** city-demo: a city's sender (role city-sender), its token's city claim DEMO. */
    public static final ClientCredentials CITY_DEMO = new ClientCredentials("city-demo", "demo-city-secret");

    /** city-porto: another city's sender, city claim PORTO. */
    public static final ClientCredentials CITY_PORTO = new ClientCredentials("city-porto", "porto-city-secret");

    private final String clientId;
    private final String secret;

    private ClientCredentials(String clientId, String secret) {
        this.clientId = clientId;
        this.secret = secret;
    }

    public String clientId() {
        return clientId;
    }

    /** The client's secret, for a server configured to send as this client (e.g. a city the test starts). */
    public String secret() {
        return secret;
    }

    public String accessToken() throws IOException, InterruptedException {
        return accessToken(KeycloakExtension.url());
    }

    /** A token from the Keycloak at {@code keycloakUrl} (e.g. the demo stack's rather than the tests'). */
    public String accessToken(String keycloakUrl) throws IOException, InterruptedException {
        String form =
                "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/welcome-desk/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request for " + clientId + " failed: " + response.statusCode());
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        return body.getString("access_token");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
