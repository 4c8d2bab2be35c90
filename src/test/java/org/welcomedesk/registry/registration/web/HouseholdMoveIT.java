package org.welcomedesk.registry.registration.web;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family moves together from the father's page: one action moves everyone to the new
 * district and address; the next move, with the daughter unticked, leaves her where she was.
 * After each action the page confirms it and keeps the record's ?id=, so a reload shows the
 * same person. Withdrawing consent asks first.
 */
class HouseholdMoveIT extends InBrowser {

    @Test
    void aMoveOnTheFathersPageMovesTheFamilyButAMemberUnticked() throws Exception {
        String family = "Moving" + UniqueNames.letters(6);
        String arrival = """
                "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "%s", "districtId": 3, "otherCountry": "SY"}""".formatted(LocalDate.now().minusDays(60));
        var created = Api.as(ClientCredentials.DESK_INTEGRATION)
                .post("/households", """
                {"members": [
                  {"person": {"givenNames": "Omar", "familyNames": "%1$s", "sex": "M", "birthYear": 1985},
                   "consents": ["SHARING_WITH_PARTNERS"], %2$s},
                  {"person": {"givenNames": "Huda", "familyNames": "%1$s", "sex": "F", "birthYear": 1988},
                   "householdRole": "SPOUSE_OR_PARTNER", %2$s},
                  {"person": {"givenNames": "Lina", "familyNames": "%1$s", "sex": "F", "birthYear": 2015},
                   "householdRole": "CHILD", %2$s},
                  {"person": {"givenNames": "Sami", "familyNames": "%1$s", "sex": "M", "birthYear": 2019},
                   "householdRole": "CHILD", %2$s}]}
                """.formatted(family, arrival), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        List<JsonObject> members = Api.object(created).getJsonArray("members").getValuesAs(JsonObject.class);
        // members are named "Given Family"
        Map<String, String> ids = members.stream()
                .collect(Collectors.toMap(m -> m.getString("name").split(" ")[0], m -> m.getString("personId")));
        String omar = ids.get("Omar");
        String lina = ids.get("Lina");

        Page page = browser.signedIn("clerk", APP + "/desk/person.xhtml?id=" + omar);
        Browser.loaded(page, "[id='eventForm:recordEvent']");
        assertEquals(4, page.locator("#movers input[type=checkbox]:checked").count(), "everyone ticked");

        // first move: everyone
        page.selectOption("[id='eventForm:eventDistrict']", "5");
        page.fill("[id='eventForm:eventAddress']", "Rua das Flores 12");
        submit(page, () -> page.click("[id='eventForm:recordEvent']"));
        assertTrue(
                page.locator("#messages").textContent().contains("recorded for each member ticked"),
                page.locator("#messages").textContent());
        assertTrue(page.url().contains("id=" + omar), "the page keeps its record: " + page.url());
        page.reload();
        Browser.loaded(page, "#person-name");
        assertTrue(page.locator("#person-name").textContent().contains("Omar"), "a reload shows the same person");
        for (JsonObject member : members) {
            assertLivesIn(page, member.getString("personId"), "Market Quarter", "Rua das Flores 12");
        }

        // second move: Lina stays
        page.navigate(APP + "/desk/person.xhtml?id=" + omar);
        Browser.loaded(page, "[id='eventForm:recordEvent']");
        page.locator("#movers li:has-text('Lina') input[type=checkbox]").uncheck();
        page.selectOption("[id='eventForm:eventDistrict']", "6");
        page.fill("[id='eventForm:eventAddress']", "Avenida Nova 3");
        submit(page, () -> page.click("[id='eventForm:recordEvent']"));
        assertTrue(page.url().contains("id=" + omar), page.url());
        assertEquals("Hillcrest", page.locator("#person-district").textContent().strip());
        for (JsonObject member : members) {
            String id = member.getString("personId");
            if (id.equals(lina)) {
                assertLivesIn(page, id, "Market Quarter", "Rua das Flores 12");
            } else {
                assertLivesIn(page, id, "Hillcrest", "Avenida Nova 3");
            }
        }

        // withdrawing consent asks first; "No" changes nothing
        page.navigate(APP + "/desk/person.xhtml?id=" + omar);
        Browser.loaded(page, "[id='eventForm:recordEvent']");
        var withdraw = page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Withdraw: Sharing with partner organisations for referrals"));
        withdraw.click();
        page.locator("#confirmNo").waitFor();
        page.click("#confirmNo");
        assertTrue(page.url().contains("id=" + omar));
        withdraw.click();
        submit(page, () -> page.click("#confirmYes"));
        assertTrue(
                page.locator("#messages").textContent().contains("withdrawal of consent was recorded"),
                page.locator("#messages").textContent());
        assertTrue(page.url().contains("id=" + omar), page.url());
        var consents = Api.object(Api.as(ClientCredentials.DESK_INTEGRATION).get("/persons/" + omar))
                .getJsonArray("consents");
        assertEquals(2, consents.size(), "given once, withdrawn once: " + consents);
    }

    /** Does what posts the form, waits for the next page and checks it confirms, showing what it said instead. */
    private static void submit(Page page, Runnable action) {
        post(page, action);
        assertEquals(
                1,
                page.locator(".ui-messages-info").count(),
                page.url() + "\n" + page.locator("main").innerText());
    }

    /** Does what posts the form and waits for the page that answers. */
    private static void post(Page page, Runnable action) {
        page.evaluate("window.beforeSubmit = true");
        action.run();
        page.waitForFunction("() => !window.beforeSubmit && document.readyState === 'complete'");
    }

    private static void assertLivesIn(Page page, String personId, String district, String address) {
        page.navigate(APP + "/desk/person.xhtml?id=" + personId);
        Browser.loaded(page, "#person-district");
        assertEquals(district, page.locator("#person-district").textContent().strip(), personId);
        assertEquals(address, page.locator("#person-address").textContent().strip(), personId);
    }
}
