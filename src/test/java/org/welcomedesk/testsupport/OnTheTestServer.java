package org.welcomedesk.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every test of the running application shares: the tests' own Keycloak
 * ({@link AgainstTheApplication}) and the application deployed as built into the Arquillian test
 * server, called from outside ({@code testable = false}), checked ready before any test talks to it.
 * Browser tests extend {@link InBrowser}, API tests {@link ThroughTheApi}; a test that runs inside
 * the server deploys itself instead ({@link Deployments#applicationWith}).
 */
@AgainstTheApplication
public abstract class OnTheTestServer {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    /** A deployment that did not start fails here, naming the cause, not in each test's first request. */
    @BeforeAll
    static void theDeployedApplicationIsReady() throws Exception {
        String app = System.getProperty("app.url", "http://localhost:9280");
        HttpResponse<String> ready = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), "the application is not ready: " + ready.body());
    }
}
