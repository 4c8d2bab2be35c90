package org.welcomedesk.registry.registration.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.InBrowser;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At the counter, in headless Chromium: search first, then register a family of five with
 * the wizard, correcting a field the wizard refused; the person page shows the household.
 * A planner asking for the record is refused.
 */
class RegistrationWizardIT extends InBrowser {

    @Test
    void aClerkRegistersAFamilyOfFiveCorrectingAMissingName() {
        String family = "Nasser" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9]", "q");
        Page page = signIn("clerk", "/desk/index.xhtml");

        // search first: nobody by that name yet
        page.fill("[id='search:name']", "Rania " + family);
        page.click("[id='search:doSearch']");
        Browser.loaded(page, "[id='search:noResults']");
        page.click("[id='search:registerNew']");

        // identity: what was searched starts the form; the given name is then cleared (forgotten)
        // and the wizard says which field is missing
        Browser.loaded(page, "[id$=':familyNames']");
        assertEquals("Rania", page.locator("[id$=':givenNames']").inputValue(), "carried from the search");
        assertEquals(family, page.locator("[id$=':familyNames']").inputValue(), "carried from the search");
        page.fill("[id$=':givenNames']", "");
        page.fill("[id$=':familyNames']", family);
        page.selectOption("[id$=':sex']", "F");
        page.fill("[id$=':birthYear']", "1986");
        SearchableLists.choose(page, ":countryOfBirth", "SY");
        next(page);
        Browser.loaded(page, ".ui-messages-error");
        assertTrue(
                page.locator(".ui-messages-error").textContent().contains("Given names"),
                page.locator(".ui-messages-error").textContent());
        page.fill("[id$=':givenNames']", "Rania");
        next(page);

        // household: four more members, family name copied from the first
        Browser.loaded(page, "[id$=':addMember']");
        List<String[]> relatives = List.of(
                new String[] {"Karim", "M", "1982", "SPOUSE_OR_PARTNER"},
                new String[] {"Yara", "F", "2012", "CHILD"},
                new String[] {"Adam", "M", "2015", "CHILD"},
                new String[] {"Salma", "F", "1958", "PARENT"});
        for (int i = 0; i < relatives.size(); i++) {
            int count = i + 1;
            page.click("[id$=':addMember']");
            page.waitForCondition(
                    () -> page.locator("[id$=':member:givenNames']").count() == count);
            String[] r = relatives.get(i);
            page.locator("[id$=':member:givenNames']").nth(i).fill(r[0]);
            page.locator("[id$=':member:sex']").nth(i).selectOption(r[1]);
            page.locator("[id$=':member:birth:birthYear']").nth(i).fill(r[2]);
            page.locator("[id$=':relationship']").nth(i).selectOption(r[3]);
        }
        assertEquals(family, page.locator("[id$=':member:familyNames']").nth(3).inputValue());
        next(page);

        // origin and arrival
        Browser.loaded(page, "[id$=':district']");
        SearchableLists.choose(page, ":previousCountry", "SY");
        page.selectOption("[id$=':district']", "2");
        page.fill("[id$=':intendedMonths']", "36");
        next(page);

        // languages and needs
        Browser.loaded(page, "[id$=':interpreter']");
        SearchableLists.choose(page, "speakers:0:languages", "ar");
        page.check("[id$=':interpreter']");
        page.locator("[id$=':need']").first().check();
        next(page);

        // consent (nothing is pre-ticked: the person agrees to registration), then review
        Browser.loaded(page, "[id$=':consents']");
        page.check("input[value='REGISTRATION']");
        next(page);
        Browser.loaded(page, "#reviewMembers");
        assertEquals(5, page.locator("#reviewMembers li").count());
        page.click("[id$=':registerButton']");

        Browser.loaded(page, "#person-name");
        assertTrue(page.locator("#person-name").textContent().contains("Rania " + family));
        assertTrue(page.locator("#registered").isVisible());
        assertEquals(5, page.locator("#household li").count());
        assertTrue(page.locator("#household").textContent().contains("Salma"));
        assertEquals("Newcomer", page.locator("#person-status").textContent().strip());

        // and the next search finds her, even misspelt
        page.navigate(APP + "/desk/index.xhtml");
        page.fill("[id='search:name']", "Ranya " + family);
        page.click("[id='search:doSearch']");
        Browser.loaded(page, "[id='search:results']");
        assertTrue(page.locator("[id='search:results']").textContent().contains("Rania " + family));
    }

    @Test
    void aNameWithAControlCharacterIsRefusedByTheWizard() {
        String family = "Ctrl" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9]", "q");
        // straight to the wizard: a search for "Rania ..." finds the Ranias other tests registered
        Page page = signIn("clerk", "/desk/register.xhtml");
        Browser.loaded(page, "[id$=':familyNames']");
        page.fill("[id$=':givenNames']", "Ra\u001bnia");
        page.fill("[id$=':familyNames']", family);
        page.selectOption("[id$=':sex']", "F");
        page.fill("[id$=':birthYear']", "1986");
        next(page);
        Browser.loaded(page, ".ui-messages-error");
        assertTrue(
                page.locator(".ui-messages-error").textContent().contains("control characters"),
                page.locator(".ui-messages-error").textContent());
        assertTrue(page.locator("[id$=':familyNames']").isVisible(), "the wizard stays on the identity step");
    }

    @Test
    void aPlannerIsRefusedTheCounterAndItsRecords() {
        Page page = signIn("planner", "/desk/index.xhtml");
        Browser.loaded(page, "#forbidden");
        assertEquals(
                403,
                page.navigate(APP + "/desk/person.xhtml?id=" + UUID.randomUUID())
                        .status());
    }

    private static Page signIn(String user, String path) {
        return browser.signedIn(user, APP + path);
    }

    private static void next(Page page) {
        page.click(".ui-wizard-nav-next");
        page.waitForLoadState();
    }
}
