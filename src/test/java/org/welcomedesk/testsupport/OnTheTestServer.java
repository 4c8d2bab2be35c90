package org.welcomedesk.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every test of the running application shares: the tests' own Keycloak, and the
 * application deployed as built into the Arquillian test server, called from outside
 * ({@code testable = false}). Browser tests extend {@link InBrowser}, API tests
 * {@link ThroughTheApi}; a test that runs inside the server deploys itself instead
 * ({@link Deployments#applicationWith}).
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
public abstract class OnTheTestServer {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }
}
