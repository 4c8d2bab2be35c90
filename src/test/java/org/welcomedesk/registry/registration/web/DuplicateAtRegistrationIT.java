package org.welcomedesk.registry.registration.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wizard shows who may already be registered before anything is saved: the clerk either
 * opens the existing record (nothing new is created) or confirms a new person (the pair goes
 * to the supervisors' queue). Either choice is recorded.
 */
class DuplicateAtRegistrationIT extends InBrowser {

    private static Api desk;

    @BeforeAll
    static void tokens() throws Exception {
        desk = Api.as(ClientCredentials.DESK_INTEGRATION);
    }

    private static String existing(String family) throws Exception {
        String body = """
                {"person": {"givenNames": "Mohammed", "familyNames": "Haddad%s", "sex": "M", "birthYear": 1990,
                            "birthMonth": 3, "birthDay": 12, "citizenships": ["SY"], "countryOfBirth": "SY"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2, "otherCountry": "SY"},
                 "consents": ["REGISTRATION"]}
                """.formatted(family);
        var created = desk.post("/persons", body, Map.of());
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getString("id");
    }

    /** The clerk types a variant spelling with day and month swapped, and reaches the review step. */
    private Page reachReview(String family) {
        Page page = browser.signedIn("clerk", APP + "/desk/register.xhtml");
        Browser.loaded(page, "[id$=':givenNames']");
        page.fill("[id$=':givenNames']", "Muhammad");
        page.fill("[id$=':familyNames']", "Hadad" + family);
        page.selectOption("[id$=':sex']", "M");
        page.fill("[id$=':birthYear']", "1990");
        page.fill("[id$=':birthMonth']", "12");
        page.fill("[id$=':birthDay']", "3");
        SearchableLists.choose(page, ":countryOfBirth", "SY");
        next(page);
        Browser.loaded(page, "[id$=':addMember']");
        next(page);
        Browser.loaded(page, "[id$=':district']");
        SearchableLists.choose(page, ":previousCountry", "SY");
        page.selectOption("[id$=':district']", "2");
        page.fill("[id$=':intendedMonths']", "24");
        next(page);
        Browser.loaded(page, "[id$=':interpreter']");
        next(page);
        Browser.loaded(page, "[id$=':consents']");
        page.check("input[value='REGISTRATION']");
        next(page);
        try {
            Browser.loaded(page, "#reviewMembers");
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError(
                    "the review step did not open: " + page.locator("body").textContent(), e);
        }
        page.waitForLoadState(LoadState.LOAD);
        return page;
    }

    private static int peopleNamed(String name) throws Exception {
        return Api.object(desk.post("/persons/search", "{\"name\": \"" + name + "\"}", Map.of()))
                .getInt("total");
    }

    @Test
    void theWizardShowsTheExistingPersonAndTheClerkOpensTheirRecordInstead() throws Exception {
        String family = UniqueNames.letters(4);
        String existingId = existing(family);
        int namesakes = peopleNamed("Mohammed Haddad" + family);

        Page page = reachReview(family);

        assertTrue(
                page.locator("[id='wizardForm:duplicates']").count() == 1,
                "the review shows possible duplicates: "
                        + page.locator("#main, main").first().textContent());
        String shown = page.locator("[id='wizardForm:duplicates']").textContent();
        assertTrue(shown.contains("Mohammed Haddad" + family), shown);
        // Two spellings and a swapped date, with the same sex and country of birth (which the
        // shared name mostly tells already): possibly, not likely, the same person; shown all the same.
        assertTrue(shown.contains("Possibly the same person"), shown);
        assertTrue(shown.contains("day and month swapped"), "the reason a clerk can check: " + shown);

        // Register without a decision is refused, naming what is missing; nothing is saved
        page.click("[id$=':registerButton']");
        Browser.loaded(page, ".ui-messages-error, .messages");
        assertTrue(page.content().contains("open the existing record, or confirm"), "the clerk is told what to do");
        assertEquals(namesakes, peopleNamed("Mohammed Haddad" + family));

        page.locator(".candidate")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Haddad" + family))
                .locator("[id$=':openExisting']")
                .click();
        Browser.loaded(page, "#person-name");
        assertTrue(page.url().contains("id=" + existingId), page.url());
        assertEquals(namesakes, peopleNamed("Mohammed Haddad" + family), "no second record was made");

        String history = desk.get("/persons/" + existingId + "/history").body();
        assertTrue(history.contains("registration:OPENED_EXISTING"), "the choice is recorded: " + history);
    }

    @Test
    void aClerkWhoConfirmsANewPersonLeavesThePairForTheSupervisors() throws Exception {
        String family = UniqueNames.letters(4);
        String existingId = existing(family);

        Page page = reachReview(family);
        Browser.loaded(page, "[id='wizardForm:duplicates']");
        page.check("[id$=':confirmedNew']");
        page.click("[id$=':registerButton']");
        Browser.loaded(page, "#person-name");
        String newId = page.url().replaceAll(".*id=([0-9a-f-]+).*", "$1");

        assertNotEquals(existingId, newId, "a second record was registered");
        JsonObject pair = openPairOf(existingId, newId);
        assertEquals("REGISTRATION", pair.getString("foundBy"), pair.toString());
        assertEquals("OPEN", pair.getString("status"));
    }

    /** The one open pair of exactly these two records, looked for through the whole queue. */
    private static JsonObject openPairOf(String one, String other) throws Exception {
        List<JsonObject> found = new ArrayList<>();
        long total;
        int page = 0;
        do {
            JsonObject queue = Api.object(desk.get("/duplicates?size=100&page=" + page++));
            total = queue.getJsonNumber("total").longValue();
            queue.getJsonArray("pairs").getValuesAs(JsonObject.class).stream()
                    .filter(p -> Set.of(p.getString("personA"), p.getString("personB"))
                            .equals(Set.of(one, other)))
                    .forEach(found::add);
        } while ((long) page * 100 < total);
        assertEquals(1, found.size(), "the pair waits for review, once: " + found);
        return found.get(0);
    }

    private static void next(Page page) {
        page.click(".ui-wizard-nav-next");
        page.waitForLoadState();
    }
}
