package org.welcomedesk.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Not a test itself: what every test of the running application shares, the tests' own Keycloak
 * ({@link AgainstTheApplication}) and the application deployed as built into the Arquillian test
 * server, called from outside ({@code testable = false}). Browser tests extend {@link InBrowser}, API tests
 * {@link ThroughTheApi}; a test that runs inside the server deploys itself instead
 * ({@link Deployments#applicationWith}).
 */
@AgainstTheApplication
public abstract class OnTheTestServer {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }
}
