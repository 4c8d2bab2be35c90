package org.welcomedesk.platform.security;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.KeycloakExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end in headless Chromium: sign-in through the real Keycloak lands each role on its
 * own page, access is enforced, Arabic is laid out right to left, and sign-out ends both the
 * application's and Keycloak's sessions.
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
        assertTrue(page.locator("main h1").textContent().strip().codePoints()
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
        int countries = Integer.parseInt(page.locator("#country-count").textContent().strip());
        assertTrue(countries >= 249, "countries: " + countries);
    }

    @Test
    void anAnonymousVisitorIsSentToLogin() {
        Page page = browser.newPage();
        page.navigate(APP + "/desk/index.xhtml");
        Browser.loaded(page, "#username");
        assertTrue(page.url().startsWith(KeycloakExtension.url() + "/realms/welcome-desk/"), page.url());
    }
}
