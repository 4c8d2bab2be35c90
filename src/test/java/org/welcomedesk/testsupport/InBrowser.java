package org.welcomedesk.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the real Keycloak, the application deployed as built, and
 * one headless Chromium per test class.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
public abstract class InBrowser {

    protected static final String APP = System.getProperty("app.url", "http://localhost:9280");
    protected static Browser browser;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
