package org.welcomedesk.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security defaults of liberty/server.xml and the files it includes, which production runs
 * with: the demo and the integration tests override some of them (they sign in over http), so
 * no running test sees these values.
 */
class ProductionDefaultsTest {

    private static final Path CONFIG = Path.of("liberty");
    /** server.xml, then each file it includes. */
    private static final List<Document> server = new ArrayList<>();

    @BeforeAll
    static void readServerXml() throws Exception {
        server.add(parse("server.xml"));
        NodeList includes = server.get(0).getElementsByTagName("include");
        for (int i = 0; i < includes.getLength(); i++) {
            server.add(parse(((Element) includes.item(i)).getAttribute("location")));
        }
    }

    private static Document parse(String file) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(CONFIG.resolve(file).toFile());
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
        Duration skew =
                Duration.parse("PT" + variableDefault("token.clock.skew").toUpperCase());
        assertTrue(skew.compareTo(Duration.ofSeconds(30)) <= 0, skew.toString());
    }

    @Test
    void metricsNeedAuthentication() {
        assertEquals("${metrics.authentication}", element("mpMetrics").getAttribute("authentication"));
        assertEquals("true", variableDefault("metrics.authentication"));
    }

    private static Element element(String name) {
        return elements(name).stream().findFirst().orElseThrow(() -> new AssertionError("no element " + name));
    }

    private static String variableDefault(String name) {
        return elements("variable").stream()
                .filter(variable -> variable.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no variable " + name))
                .getAttribute("defaultValue");
    }

    private static List<Element> elements(String name) {
        List<Element> found = new ArrayList<>();
        for (Document file : server) {
            NodeList nodes = file.getElementsByTagName(name);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
