package org.welcomedesk.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.welcomedesk.devstack.KeycloakServer;

/**
 * Starts the tests' own Keycloak (a real server, realm imported from realm/) once for the
 * whole test run, and stops it by process id when the run ends.
 */
public class KeycloakExtension implements BeforeAllCallback {

    private static final int TEST_PORT = 8280;
    private static final int TEST_MANAGEMENT_PORT = 8290;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningKeycloak.class, key -> RunningKeycloak.start(), RunningKeycloak.class);
    }

    /** The base URL of the tests' Keycloak. */
    public static String url() {
        return "http://127.0.0.1:" + Integer.getInteger("keycloak.port", TEST_PORT);
    }

    static final class RunningKeycloak implements ExtensionContext.Store.CloseableResource {
        private final Process process;

        private RunningKeycloak(Process process) {
            this.process = process;
        }

        static RunningKeycloak start() {
            try {
                var running = new RunningKeycloak(KeycloakServer.fromSystemProperties(TEST_PORT, TEST_MANAGEMENT_PORT)
                        .start());
                try {
                    KeycloakAdmin.signIn()
                            .allowRedirects(
                                    "welcome-desk-web",
                                    java.util.List.of(
                                            System.getProperty("app.url", "http://localhost:9280") + "/*",
                                            System.getProperty("app.https.url", "https://localhost:9643") + "/*"));
                } catch (Exception e) {
                    running.close();
                    throw e;
                }
                return running;
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the tests' Keycloak", e);
            }
        }

        @Override
        public void close() {
            KeycloakServer.stop(process.toHandle());
        }
    }
}
