package org.welcomedesk.platform.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomedesk.testsupport.Accessibility;
import org.welcomedesk.testsupport.Accessibility.Violation;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on the counter's pages as a clerk, a partner and a
 * supervisor use them, in English and in Arabic (right to left), at desktop width and at a
 * 390 px phone: no serious or critical violation, and no page wider than the phone. Every page
 * is visited before the test fails, so one run lists everything to fix.
 */
class AccessibilityIT extends InBrowser {

    private static final String GP = "GP Walk-in Consultations";
    private static final int PHONE_WIDTH = 390;

    private static String family;
    private static String personId;

    private final List<Violation> violations = new ArrayList<>();
    private final List<String> overflows = new ArrayList<>();

    @BeforeAll
    static void aFamilyOnRecordAndAPairInTheQueue() throws Exception {
        var desk = Api.as(ClientCredentials.DESK_INTEGRATION);
        family = "Mansour" + UniqueNames.letters(5);
        var created = desk.post("/persons", """
                {"person": {"givenNames": "Leila", "familyNames": "%s", "sex": "F", "birthYear": 1990,
                            "countryOfBirth": "SY", "languages": ["ar"], "preferredLanguage": "ar",
                            "phone": "+351 913 000 222"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2,
                             "otherCountry": "SY", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HEALTH", "note": "Asthma"}]}
                """.formatted(family), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        personId = location.substring(location.lastIndexOf('/') + 1);

        // two spellings of one man, for the review queue to hold a pair
        String twins = "Warsame" + UniqueNames.letters(5);
        for (String given : List.of("Abdirahman", "Abdurrahman")) {
            String twin = """
                    {"person": {"givenNames": "%s", "familyNames": "%s", "sex": "M", "birthYear": 1979,
                                "birthMonth": 2, "birthDay": 14, "countryOfBirth": "SO"}}
                    """.formatted(given, twins);
            assertEquals(201, desk.post("/persons", twin, Map.of()).statusCode(), twin);
        }
        assertEquals(202, desk.post("/duplicates/scan", "", Map.of()).statusCode());
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < giveUp && desk.get("/duplicates/scan").body().contains("\"running\":true")) {
            Thread.sleep(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-GB", "ar"})
    void theCountersPagesHaveNoSeriousOrCriticalViolation(String locale) {
        String code = clerkPages(locale);
        partnerPages(locale, code);
        supervisorPages(locale);

        assertTrue(
                violations.isEmpty() && overflows.isEmpty(),
                (violations.isEmpty() ? "" : Accessibility.report(violations) + "\n")
                        + (overflows.isEmpty()
                                ? ""
                                : "Wider than a " + PHONE_WIDTH + " px phone:\n  " + String.join("\n  ", overflows)));
    }

    /** The desk search, the wizard step by step, the person, services and referral pages; returns the referral's code. */
    private String clerkPages(String locale) {
        Page page = signedIn("clerk", "/desk/index.xhtml", locale);
        Browser.loaded(page, "[id='search:name']");
        page.fill("[id='search:name']", "Leila " + family);
        page.click("[id='search:doSearch']");
        Browser.loaded(page, "[id='search:results']");
        check(page, "desk search with results", locale);
        page.fill("[id='search:name']", "Nobody " + UniqueNames.letters(8));
        page.click("[id='search:doSearch']");
        Browser.loaded(page, "[id='search:noResults']");
        check(page, "desk search without results", locale);

        // the wizard: every step, the first with a validation error showing
        page.click("[id='search:registerNew']");
        Browser.loaded(page, "[id$=':familyNames']");
        check(page, "wizard identity", locale);
        next(page);
        Browser.loaded(page, ".ui-messages-error");
        check(page, "wizard identity with an error", locale);
        page.fill("[id$=':givenNames']", "Samir");
        page.fill("[id$=':familyNames']", "Mansour" + UniqueNames.letters(5));
        page.selectOption("[id$=':sex']", "M");
        page.fill("[id$=':birthYear']", "1988");
        next(page);
        Browser.loaded(page, "[id$=':addMember']");
        page.click("[id$=':addMember']");
        page.waitForCondition(() -> page.locator("[id$=':member:givenNames']").count() == 1);
        check(page, "wizard household", locale);
        page.locator("[id$=':member:givenNames']").first().fill("Nour");
        page.locator("[id$=':member:sex']").first().selectOption("F");
        page.locator("[id$=':member:birth:birthYear']").first().fill("2015");
        next(page);
        Browser.loaded(page, "[id$=':district']");
        check(page, "wizard arrival", locale);
        if (page.locator("[id$=':arrivalDate']").inputValue().isBlank()) {
            page.fill("[id$=':arrivalDate']", "2026-10-01");
        }
        page.selectOption("[id$=':district']", "2");
        next(page);
        Browser.loaded(page, "[id$=':interpreter']");
        check(page, "wizard languages and needs", locale);
        next(page);
        Browser.loaded(page, "[id$=':consents']");
        check(page, "wizard consent", locale);
        next(page);
        Browser.loaded(page, "#reviewMembers");
        check(page, "wizard review", locale);

        page.navigate(APP + "/desk/person.xhtml?id=" + personId);
        Browser.loaded(page, "#person-name");
        check(page, "person", locale);

        page.navigate(APP + "/desk/services.xhtml?id=" + personId);
        Browser.loaded(page, "#eligible");
        check(page, "services", locale);
        page.locator("#eligible article")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(GP))
                .first()
                .locator("input[type=submit]")
                .click();
        Browser.loaded(page, "#referForm");
        check(page, "services with the referral form", locale);
        page.click("#referForm input[type=submit]");
        Browser.loaded(page, "#referralStatus");
        String code = page.url().replaceAll(".*code=", "");
        check(page, "desk referral (draft)", locale);
        if (page.locator("[id='referralForm:consentGivenNow']").count() > 0) { // the first language's run gave it
            page.check("[id='referralForm:consentGivenNow']");
        }
        page.click("[id='referralForm:send']");
        Browser.loaded(page, "[id='referralForm:slip']");
        check(page, "desk referral (sent)", locale);
        page.context().close();
        return code;
    }

    private void partnerPages(String locale, String code) {
        Page page = signedIn("partner", "/services/inbox.xhtml", locale);
        Browser.loaded(page, "#landing");
        check(page, "partner inbox", locale);
        page.navigate(APP + "/services/referral.xhtml?code=" + code);
        Browser.loaded(page, "#personName");
        check(page, "partner referral", locale);
        page.context().close();
    }

    private void supervisorPages(String locale) {
        Page page = signedIn("supervisor", "/desk/review/duplicates.xhtml", locale);
        Browser.loaded(page, "#openCount");
        check(page, "review queue", locale);
        page.locator("[id$=':compare']").first().click();
        Browser.loaded(page, "#sideBySide");
        check(page, "review pair", locale);
        page.context().close();
    }

    /** axe at desktop width, then again at phone width, where the page must not scroll sideways. */
    private void check(Page page, String name, String locale) {
        page.setViewportSize(1280, 900);
        violations.addAll(Accessibility.violations(page, name + ", " + locale + ", 1280px"));
        page.setViewportSize(PHONE_WIDTH, 844);
        violations.addAll(Accessibility.violations(page, name + ", " + locale + ", " + PHONE_WIDTH + "px"));
        Object wider = page.evaluate("() => {"
                + " const width = document.documentElement.clientWidth;"
                + " if (document.documentElement.scrollWidth <= width) return null;"
                + " const culprits = [...document.querySelectorAll('body *')]"
                + "   .filter(e => { const r = e.getBoundingClientRect(); return r.right > width + 1 || r.left < -1; })"
                + "   .filter(e => !e.closest('.table-scroll, .visually-hidden, .skip-link'))"
                + "   .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "     + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));"
                + " return document.documentElement.scrollWidth + 'px, e.g. ' + culprits.join(', ');"
                + "}");
        if (wider != null) {
            overflows.add(name + ", " + locale + ": " + wider);
        }
        page.setViewportSize(1280, 900);
    }

    private static Page signedIn(String user, String path, String locale) {
        Page page = browser.newInspectablePage(locale);
        page.navigate(APP + path);
        Browser.signInAtKeycloak(page, user);
        return page;
    }

    private static void next(Page page) {
        page.click(".ui-wizard-nav-next");
        page.waitForLoadState();
    }
}
