package org.welcomedesk.registry.registration.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.InBrowser;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people at two counters edit the same record: the second to save sees both versions
 * side by side, keeps what they typed, and nothing the first saved is lost until the second
 * deliberately saves over it.
 */
class EditConflictIT extends InBrowser {

    @Test
    void theSecondClerkSeesBothVersionsAndNothingIsLost() throws Exception {
        String family =
                "Conflict" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9]", "z");
        var created = Api.as(ClientCredentials.DESK_INTEGRATION).post("/persons", """
                {"person": {"givenNames": "Leila", "familyNames": "%s", "sex": "F", "birthYear": 1990,
                            "phone": "+351 900 000 000"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-10-01", "districtId": 1, "otherCountry": "LB"}}
                """.formatted(family), Map.of());
        String id = Api.object(created).getString("id");
        String edit = APP + "/desk/edit.xhtml?id=" + id;

        Page clerk = browser.signedIn("clerk", edit);
        Page supervisor = browser.signedIn("supervisor", edit);
        Browser.loaded(clerk, "[id='editForm:person:phone']");
        Browser.loaded(supervisor, "[id='editForm:person:phone']");

        clerk.fill("[id='editForm:person:phone']", "+351 911 111 111");
        clerk.fill("[id='editForm:address']", "Rua Nova 7");
        clerk.click("[id='editForm:save']");
        Browser.loaded(clerk, "#person-name");

        supervisor.fill("[id='editForm:person:phone']", "+351 922 222 222");
        supervisor.fill("[id='editForm:person:email']", "leila@example.invalid");
        supervisor.click("[id='editForm:save']");
        Browser.loaded(supervisor, "#conflict");

        String conflict = supervisor.locator("#conflict").textContent();
        assertTrue(conflict.contains("+351 911 111 111"), "the saved version is shown: " + conflict);
        assertTrue(conflict.contains("+351 922 222 222"), "the supervisor's version is shown: " + conflict);
        assertEquals(
                "+351 922 222 222", supervisor.inputValue("[id='editForm:person:phone']"), "what was typed is kept");
        var saved = Api.object(Api.as(ClientCredentials.DESK_INTEGRATION).get("/persons/" + id));
        assertEquals("+351 911 111 111", saved.getString("phone"), "the first save is not overwritten");
        assertEquals("Rua Nova 7", saved.getString("address"));
        assertTrue(!saved.containsKey("email") || saved.isNull("email"), "nor completed with the second's: " + saved);

        supervisor.click("[id='editForm:saveMine']");
        Browser.loaded(supervisor, "#person-name");
        var after = Api.object(Api.as(ClientCredentials.DESK_INTEGRATION).get("/persons/" + id));
        assertEquals("+351 922 222 222", after.getString("phone"), "saved deliberately after seeing both");
        assertEquals("leila@example.invalid", after.getString("email"), "the supervisor's other change");
        assertEquals(
                "Rua Nova 7",
                after.getString("address"),
                "the clerk's change to a field the supervisor left alone is kept, not reverted");
        assertEquals(family, after.getString("familyNames"), "untouched on both sides");
    }
}
