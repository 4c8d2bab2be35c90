package org.welcomedesk.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security defaults of liberty/server.xml, which production runs with: the demo and the
 * integration tests override some of them (they sign in over http), so no running test sees
 * these values.
 */
class ProductionDefaultsTest {

    private static Document server;

    @BeforeAll
    static void readServerXml() throws Exception {
        server = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("liberty/server.xml").toFile());
    }

    @Test
    void sessionAndSignInCookiesAreSecure() {
        assertEquals("${session.cookie.secure}", element("httpSession").getAttribute("cookieSecure"));
        assertEquals("true", variableDefault("session.cookie.secure"));
        assertEquals("true", element("httpSession").getAttribute("cookieHttpOnly"));
        assertEquals("${sso.cookie.https.only}", element("webAppSecurity").getAttribute("ssoRequiresSSL"));
        assertEquals("true", variableDefault("sso.cookie.https.only"));
    }

    @Test
    void tokensAreBelievedOnlySecondsPastTheirExpiry() {
        assertEquals("${token.clock.skew}", element("mpJwt").getAttribute("clockSkew"));
        assertEquals("${token.clock.skew}", element("openidConnectClient").getAttribute("clockSkew"));
        Duration skew = Duration.parse("PT" + variableDefault("token.clock.skew").toUpperCase());
        assertTrue(skew.compareTo(Duration.ofSeconds(30)) <= 0, skew.toString());
    }

    @Test
    void metricsNeedAuthentication() {
        assertEquals("${metrics.authentication}", element("mpMetrics").getAttribute("authentication"));
        assertEquals("true", variableDefault("metrics.authentication"));
    }

    private static Element element(String name) {
        return (Element) server.getElementsByTagName(name).item(0);
    }

    private static String variableDefault(String name) {
        var variables = server.getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            if (variable.getAttribute("name").equals(name)) {
                return variable.getAttribute("defaultValue");
            }
        }
        throw new AssertionError("no variable " + name);
    }
}
