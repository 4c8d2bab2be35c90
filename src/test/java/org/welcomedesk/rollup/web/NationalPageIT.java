package org.welcomedesk.rollup.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.rollup.StandInHub;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.InBrowser;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national releases page: a planner prepares a period and cannot approve it; the approver
 * opens it and approves it; the approver, working in Arabic (right to left), prepares one
 * and is told they cannot approve their own.
 */
class NationalPageIT extends InBrowser {

    private static StandInHub hub;

    @BeforeAll
    static void startHub() throws Exception {
        hub = StandInHub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void thePlannerCannotApproveTheirOwnReleaseAndTheApproverCan() {
        Page planner = browser.signedIn("planner", APP + "/statistics/national.xhtml");
        Browser.loaded(planner, "[id='prepare:prepareRelease']");
        prepare(planner, aPeriod());
        assertEquals("PREPARED", planner.locator("#state").getAttribute("data-state"));
        assertTrue(
                planner.locator("#messages")
                        .textContent()
                        .contains("a second person with approval rights must approve it"),
                planner.locator("#messages").textContent());
        assertEquals(0, planner.locator("[id='approval:approve']").count(), "no Approve for the planner");
        String id = planner.locator("#releaseId").textContent().strip();

        Page approver = browser.signedIn("approver", APP + "/statistics/national.xhtml?release=" + id);
        Browser.loaded(approver, "[id='approval:approve']");
        approver.click("[id='approval:approve']");
        Browser.loaded(approver, "#messages .ui-messages-info");
        String state = approver.locator("#state").getAttribute("data-state");
        assertTrue(state.equals("APPROVED") || state.equals("SENT"), state);
        assertEquals(
                "approver",
                approver.locator("#approvedBy").textContent().strip().split(" ")[0]);
        assertEquals(0, approver.locator("[id='approval:approve']").count(), "approved once");
    }

    @Test
    void theApproverInArabicIsToldTheyCannotApproveTheirOwn() {
        Page page = browser.newPage("ar");
        page.navigate(APP + "/statistics/national.xhtml");
        Browser.signInAtKeycloak(page, "approver");
        Browser.loaded(page, "[id='prepare:prepareRelease']");
        assertEquals("rtl", page.locator("html").getAttribute("dir"));
        assertEquals("الإرسالات الوطنية", page.locator("main h1").textContent().strip());

        prepare(page, aPeriod());

        assertEquals("PREPARED", page.locator("#state").getAttribute("data-state"));
        assertEquals(0, page.locator("[id='approval:approve']").count(), "no Approve on one's own release");
        assertTrue(
                page.locator("#ownRelease").textContent().contains("لا يمكنك الموافقة عليه"),
                page.locator("#ownRelease").textContent());
        assertEquals("rtl", page.evaluate("getComputedStyle(document.body).direction"));
    }

    private static void prepare(Page page, String period) {
        page.fill("[id='prepare:period']", period);
        page.click("[id='prepare:prepareRelease']");
        Browser.loaded(page, "#state");
    }

    private static String aPeriod() {
        return ThreadLocalRandom.current().nextInt(2018, 2025) + "-Q"
                + ThreadLocalRandom.current().nextInt(1, 5);
    }
}
