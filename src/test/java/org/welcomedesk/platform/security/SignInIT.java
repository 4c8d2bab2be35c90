package org.welcomedesk.platform.security;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.KeycloakExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end in headless Chromium: sign-in through the real Keycloak lands each role on its
 * own page, access is enforced, Arabic is laid out right to left, sign-out ends both the
 * application's and Keycloak's sessions, sign-in renews the session id, and a form that comes
 * back with a view state not its own gets the session-expired page.
 */
class SignInIT extends InBrowser {

    @Test
    void aClerkLandsOnTheCounterDeskSwitchesToArabicAndSignsOut() {
        Page page = browser.newPage();
        page.navigate(APP + "/");
        page.locator("#login").first().click();
        Browser.signInAtKeycloak(page, "clerk");

        page.waitForURL("**/desk/index.xhtml");
        assertEquals("Counter desk", page.locator("main h1").textContent().strip());
        assertEquals("clerk", page.locator("#current-user").textContent().strip());
        assertEquals("Clerk", page.locator("#current-role").textContent().strip());
        assertEquals("ltr", page.locator("html").getAttribute("dir"));

        page.locator("input[lang=ar]").click();
        Browser.loaded(page, "html[dir=rtl]");
        assertEquals("ar", page.locator("html").getAttribute("lang"));
        assertTrue(page.locator("main h1")
                .textContent()
                .strip()
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertEquals("rtl", page.evaluate("getComputedStyle(document.body).direction"));

        page.locator("#logout").click();
        page.waitForURL(APP + "/");
        // Both sessions are gone: the desk asks for a Keycloak login again.
        page.navigate(APP + "/desk/index.xhtml");
        Browser.loaded(page, "#username");
        assertTrue(page.url().startsWith(KeycloakExtension.url()), page.url());
    }

    @Test
    void aPlannerLandsOnStatistics() {
        Page page = browser.newPage();
        page.navigate(APP + "/home");
        Browser.signInAtKeycloak(page, "planner");

        page.waitForURL("**/statistics/index.xhtml");
        assertEquals("Statistics", page.locator("main h1").textContent().strip());
        assertEquals("Planner", page.locator("#current-role").textContent().strip());
    }

    @Test
    void aClerkAskingForAdministrationIsRefused() {
        Page page = browser.newPage();
        page.navigate(APP + "/admin/index.xhtml");
        Browser.signInAtKeycloak(page, "clerk");

        Browser.loaded(page, "#forbidden");
        Response again = page.navigate(APP + "/admin/index.xhtml");
        assertEquals(403, again.status());
    }

    @Test
    void anAdministratorSeesTheCitysDistricts() {
        Page page = browser.newPage("fr-FR");
        page.navigate(APP + "/admin/index.xhtml");
        Browser.signInAtKeycloak(page, "admin");

        Browser.loaded(page, "#districts");
        assertEquals("fr", page.locator("html").getAttribute("lang"));
        int districts = page.locator("#districts tbody tr").count();
        assertTrue(districts >= 10, "district rows: " + districts);
        int countries =
                Integer.parseInt(page.locator("#country-count").textContent().strip());
        assertTrue(countries >= 249, "countries: " + countries);
    }

    @Test
    void signingInGivesTheSessionANewId() {
        Page page = browser.newPage();
        page.navigate(APP + "/");
        Browser.loaded(page, "#login");
        String beforeSignIn = sessionId(page);

        page.locator("#login").first().click();
        Browser.signInAtKeycloak(page, "clerk");
        page.waitForURL("**/desk/index.xhtml");

        assertNotNull(beforeSignIn, "the welcome page holds a session (its language form)");
        String afterSignIn = sessionId(page);
        assertNotNull(afterSignIn);
        assertNotEquals(beforeSignIn, afterSignIn, "an id known before sign-in must not carry the signed-in user");
        // and the session itself survives: the page still works with the new id
        page.locator("input[lang=fr]").click();
        Browser.loaded(page, "html[lang=fr]");
        assertEquals(afterSignIn, sessionId(page), "renewed once, not on every request");
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndLaxAndTheBrowserKeepsIt() {
        Page page = browser.newPage();
        page.navigate(APP + "/");
        Browser.loaded(page, "#login");
        Cookie session = page.context().cookies(APP).stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertTrue(session.secure, "Secure even on the tests' http://localhost");
        assertTrue(session.httpOnly);
        assertEquals(SameSiteAttribute.LAX, session.sameSite);
    }

    @Test
    void aFormWithAForgedOrForeignViewStateShowsTheExpiredPage() {
        Page other = browser.newPage();
        other.navigate(APP + "/");
        Browser.loaded(other, "#login");
        String foreign = viewState(other);

        for (String state : new String[] {"forged-view-state", foreign}) {
            Page page = browser.newPage();
            page.navigate(APP + "/");
            Browser.loaded(page, "#login");
            page.evaluate(
                    "s => document.querySelector('#language input[name=\"jakarta.faces.ViewState\"]').value = s",
                    state);

            Response posted = page.waitForResponse(
                    r -> r.request().method().equals("POST"),
                    () -> page.locator("input[lang=fr]").click());
            Browser.loaded(page, "main h1");

            assertEquals(400, posted.status(), state);
            assertEquals("Page expired", page.locator("main h1").textContent().strip(), state);
            assertTrue(page.locator("main").textContent().contains("has expired"), state);
        }
    }

    private static String sessionId(Page page) {
        return page.context().cookies(APP).stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse(null);
    }

    private static String viewState(Page page) {
        return page.locator("#language input[name=\"jakarta.faces.ViewState\"]").getAttribute("value");
    }

    @Test
    void anAnonymousVisitorIsSentToLogin() {
        Page page = browser.newPage();
        page.navigate(APP + "/desk/index.xhtml");
        Browser.loaded(page, "#username");
        assertTrue(page.url().startsWith(KeycloakExtension.url() + "/realms/welcome-desk/"), page.url());
    }
}
