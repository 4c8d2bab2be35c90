package org.welcomedesk.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test shares: the real Keycloak, the application deployed as built
 * ({@link OnTheTestServer}), and one headless Chromium per test class.
 */
public abstract class InBrowser extends OnTheTestServer {

    protected static final String APP = System.getProperty("app.url", "http://localhost:9280");
    protected static Browser browser;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
