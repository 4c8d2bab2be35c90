package org.welcomedesk.platform.health;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.testsupport.Deployments;
import org.welcomedesk.testsupport.KeycloakExtension;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operations relies on: health, metrics, the OpenAPI document and security headers. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String APP = System.getProperty("app.url", "http://localhost:9280");
    private static final String HTTPS_APP = System.getProperty("app.https.url", "https://localhost:9643");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readinessChecksTheDatabaseAndKeycloak() throws Exception {
        HttpResponse<String> ready = get(HttpClient.newHttpClient(), APP + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        var checks = health.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")));
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("keycloak") && c.getString("status").equals("UP")));
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
        String pagePolicy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(pagePolicy.contains("frame-ancestors 'none'"), pagePolicy);
        assertTrue(pagePolicy.contains("nonce-"), "scripts on pages need a nonce: " + pagePolicy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));

        HttpResponse<String> api = get(http, APP + "/api/v1/districts");
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void httpsResponsesCarryStrictTransportSecurity() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheDemoCertificate()).build();
        HttpResponse<String> page = get(https, HTTPS_APP + "/index.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
        HttpResponse<String> plain = get(HttpClient.newHttpClient(), APP + "/index.xhtml");
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over https");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The test server's certificate is Liberty's generated self-signed one. */
    private static SSLContext trustingTheDemoCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

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
