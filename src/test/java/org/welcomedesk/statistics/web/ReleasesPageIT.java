package org.welcomedesk.statistics.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.InBrowser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A planner on the releases page: Eastfield (D11) as recorded in 2025 released to the public and
 * listed in the ledger; then every district of 2025, which differences it across the district
 * split, refused with the reason and not recorded. The unmet-needs page shows protected counts.
 */
class ReleasesPageIT extends InBrowser {

    @Test
    void aReleaseAcrossTheDistrictSplitIsRefusedWithTheReasonOnThePage() {
        Page page = browser.signedIn("planner", APP + "/statistics/releases.xhtml");
        Browser.loaded(page, "[id='publish:publishRelease']");

        publish(page, "FLOW", "DISTRICT:D11", "2025");
        Browser.loaded(page, "#messages .ui-messages-info");
        assertTrue(
                page.locator("#messages").textContent().contains("Released as number"),
                page.locator("#messages").textContent());
        Locator eastfield = page.locator("[id='ledger'] tbody tr")
                .filter(new Locator.FilterOptions().setHasText("filters=DISTRICT:D11"))
                .filter(new Locator.FilterOptions().setHasText("The public"));
        assertTrue(eastfield.count() >= 1, page.locator("[id='ledger']").textContent());
        String row = eastfield.first().textContent();
        assertTrue(row.contains("planner") && row.contains("Release") && row.contains("demo-1"), row);
        assertEquals(1, eastfield.first().locator("[id$=':downloads:csv']").count(), "a release downloads again");
        int rows = page.locator("[id='ledger'] tbody tr").count();

        publish(page, "FLOW,DISTRICT", "", "2025");
        Browser.loaded(page, "#messages .ui-messages-error");
        String reason = page.locator("#messages").textContent();
        assertTrue(
                reason.contains("Release:")
                        && reason.contains("D11")
                        && reason.contains("D10, D12")
                        && reason.contains("2025-01-01"),
                reason);
        assertEquals("FLOW,DISTRICT", page.inputValue("[id='publish:breakdown']"), "what was typed stays");
        assertEquals(rows, page.locator("[id='ledger'] tbody tr").count(), "nothing recorded");
    }

    @Test
    void unmetNeedsShowNoSmallCount() {
        Page page = browser.signedIn("planner", APP + "/statistics/needs.xhtml");
        Browser.loaded(page, "[id='needsForm:unmetNeeds']");
        String table = page.locator("[id='needsForm:unmetNeeds'] tbody").textContent();
        assertTrue(table.contains("fewer than 5"), table);
        for (String cell :
                page.locator("[id='needsForm:unmetNeeds'] tbody td.number").allTextContents()) {
            String shown = cell.strip();
            assertFalse(shown.equals("0") || shown.equals("1") || shown.equals("2"), "never 0, 1 or 2: " + shown);
        }
    }

    private static void publish(Page page, String breakdown, String filter, String period) {
        page.fill("[id='publish:breakdown']", breakdown);
        page.fill("[id='publish:filter']", filter);
        page.fill("[id='publish:period']", period);
        page.click("[id='publish:publishRelease']");
        page.waitForLoadState();
    }
}
