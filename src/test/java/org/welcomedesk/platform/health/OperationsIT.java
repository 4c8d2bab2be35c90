package org.welcomedesk.platform.health;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.KeycloakExtension;
import org.welcomedesk.testsupport.OnTheTestServer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operations relies on: health, metrics, the OpenAPI document and security headers. */
class OperationsIT extends OnTheTestServer {

    private static final String APP = System.getProperty("app.url", "http://localhost:9280");
    private static final String HTTPS_APP = System.getProperty("app.https.url", "https://localhost:9643");
    /** The outer bound of every response (liberty/server.xml, httpEndpoint headers). */
    private static final String OUTER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self' " + KeycloakExtension.url()
            + "; frame-ancestors 'none'";

    @Test
    void readinessChecksTheDatabaseAndKeycloak() throws Exception {
        HttpResponse<String> ready = get(HttpClient.newHttpClient(), APP + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        var checks = health.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertTrue(checks.stream()
                .anyMatch(c -> c.getString("name").equals("database")
                        && c.getString("status").equals("UP")));
        assertTrue(checks.stream()
                .anyMatch(c -> c.getString("name").equals("keycloak")
                        && c.getString("status").equals("UP")));
    }

    @Test
    void metricsAndTheOpenApiDocumentAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, get(http, APP + "/metrics").statusCode());
        HttpResponse<String> openapi = get(http, APP + "/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/districts"), "districts are documented");
        assertEquals(200, get(http, APP + "/openapi/ui/").statusCode());
    }

    @Test
    void pagesAndApiResponsesCarrySecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = get(http, APP + "/index.xhtml");
        assertEquals(200, page.statusCode());
        String pagePolicy = policies(page).stream()
                .filter(p -> !p.equals(OUTER_POLICY))
                .findFirst()
                .orElse("");
        assertTrue(pagePolicy.contains("frame-ancestors 'none'"), pagePolicy);
        assertTrue(pagePolicy.contains("script-src 'self' 'nonce-"), "scripts on pages need a nonce: " + pagePolicy);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));

        HttpResponse<String> api = get(http, APP + "/api/v1/districts");
        assertEquals(401, api.statusCode());
        assertTrue(policies(api).contains(OUTER_POLICY), "the container's own 401 too: " + policies(api));
        assertEquals(
                "nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void errorPagesTheOpenApiUiAndPagesShareOnePolicy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = get(http, APP + "/index.xhtml");
        HttpResponse<String> missing = get(http, APP + "/no-such-page.xhtml");
        HttpResponse<String> ui = get(http, APP + "/openapi/ui/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<main"), "the application's own 404 page");

        for (HttpResponse<String> response : List.of(page, missing, ui)) {
            assertTrue(policies(response).contains(OUTER_POLICY), response.uri() + ": " + policies(response));
            assertEquals(
                    "DENY",
                    response.headers().firstValue("X-Frame-Options").orElse(""),
                    response.uri().toString());
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(
                    "no-referrer",
                    response.headers().firstValue("Referrer-Policy").orElse(""));
        }
        // The error page is held to the page policy (script nonce) like any other page.
        assertEquals(withoutNonces(policies(page)), withoutNonces(policies(missing)));
        assertTrue(
                policies(missing).stream().anyMatch(p -> p.contains("'nonce-")),
                policies(missing).toString());
        assertTrue(
                missing.headers().firstValue("Cache-Control").orElse("").startsWith("no-store"),
                missing.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void httpsResponsesCarryStrictTransportSecurity() throws Exception {
        HttpClient https =
                HttpClient.newBuilder().sslContext(trustingTheDemoCertificate()).build();
        HttpResponse<String> page = get(https, HTTPS_APP + "/index.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers()
                .firstValue("Strict-Transport-Security")
                .orElse("")
                .contains("max-age="));
        HttpResponse<String> plain = get(HttpClient.newHttpClient(), APP + "/index.xhtml");
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over https");
    }

    @Test
    void cookiesOverHttpsAreSecureHttpOnlyAndLax() throws Exception {
        HttpClient https =
                HttpClient.newBuilder().sslContext(trustingTheDemoCertificate()).build();
        List<String> cookies = get(https, HTTPS_APP + "/index.xhtml").headers().allValues("Set-Cookie");

        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), cookies.toString());
        for (String cookie : cookies) {
            assertTrue(cookie.contains("; Secure"), cookie);
            assertTrue(cookie.contains("; HttpOnly"), cookie);
        }
        assertTrue(
                cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).allMatch(c -> c.contains("SameSite=Lax")),
                cookies.toString());
        // Liberty's sign-in cookies follow sso.cookie.https.only, which this test server turns
        // off for the browser tests' http sign-in; ProductionDefaultsTest holds the default.
    }

    @Test
    void aMadeUpSignInCallbackRevealsNothing() throws Exception {
        // HTTP/1.1: Liberty's error path on this servlet hangs on the h2c upgrade Java's client asks for
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> callback =
                get(http, APP + "/oidcclient/redirect/keycloak?state=made-up-state%3Cb%3E&code=made-up-code");
        // Liberty's OIDC client owns this response: a 500 with one line of text, which no
        // setting changes (docs/operations.md). What must hold: no stack trace, nothing echoed.
        assertFalse(callback.body().contains("Exception") || callback.body().contains("at com.ibm."), callback.body());
        assertFalse(callback.body().contains("made-up"), callback.body());
        assertTrue(callback.body().length() < 500, callback.body());
        assertTrue(policies(callback).contains(OUTER_POLICY), policies(callback).toString());
    }

    /** Every Content-Security-Policy a response carries (a browser enforces each of them). */
    private static List<String> policies(HttpResponse<String> response) {
        return response.headers().allValues("Content-Security-Policy").stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .toList();
    }

    private static List<String> withoutNonces(List<String> policies) {
        return policies.stream()
                .map(p -> p.replaceAll("'nonce-[^']+'", "'nonce'"))
                .sorted()
                .toList();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The test server's certificate is Liberty's generated self-signed one. */
    private static SSLContext trustingTheDemoCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
