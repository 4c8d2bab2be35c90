package org.welcomedesk.statistics.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.DemoUser;
import org.welcomedesk.testsupport.InBrowser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planners' pages in the browser, in Arabic (right to left): the overview, the district
 * map drawn from the boundaries, a table built, refused by a guard first, then downloaded as
 * CSV (protected, with the note) and found in the release ledger. Other roles are kept out.
 */
class StatisticsPagesIT extends InBrowser {

    private static final List<String> PLANNER_PAGES = List.of(
            "/statistics/index.xhtml",
            "/statistics/flows.xhtml",
            "/statistics/map.xhtml",
            "/statistics/population.xhtml",
            "/statistics/origins.xhtml",
            "/statistics/tables.xhtml");

    private static Page plannerInArabic(String path) {
        Page page = browser.newPage("ar");
        page.navigate(APP + path);
        Browser.signInAtKeycloak(page, "planner");
        return page;
    }

    @Test
    void aPlannerReadsTheOverviewTheMapAndATableInArabicAndDownloadsItAsCsv() throws Exception {
        Page page = plannerInArabic("/statistics/index.xhtml");
        Browser.loaded(page, "#figures");
        assertEquals("rtl", page.locator("html").getAttribute("dir"));
        assertEquals("ar", page.locator("html").getAttribute("lang"));
        String figures = page.locator("#figures").textContent();
        assertTrue(figures.contains("الوافدون") && figures.contains("صافي الهجرة"), figures);
        assertFalse(
                page.locator("#overview td.count").allTextContents().stream()
                        .anyMatch(t -> t.strip().equals("0")),
                "a withheld count is never shown as 0");
        assertTrue(page.locator("#needs-link").getAttribute("href").endsWith("/statistics/needs.xhtml"));
        assertEquals(0, page.locator("#unmetNeeds").count(), "the unmet-needs table has a page of its own");

        page.navigate(APP + "/statistics/map.xhtml");
        Browser.loaded(page, "#districtMap[data-drawn='true'] canvas");
        List<String> districts = page.locator("#districts tbody th").allTextContents();
        boolean afterSplit = LocalDate.now().getYear() >= 2025;
        assertTrue(districts.stream().anyMatch(d -> d.startsWith(afterSplit ? "D10" : "D11")), districts.toString());
        assertFalse(districts.stream().anyMatch(d -> d.startsWith(afterSplit ? "D11" : "D10")), districts.toString());

        page.navigate(APP + "/statistics/tables.xhtml");
        Browser.loaded(page, "[id='builder:periods']");
        page.fill("[id='builder:periods']", "2025-03");
        page.click("[id='builder:build']");
        Browser.loaded(page, "#messages");
        String refusal = page.locator("#messages").textContent();
        assertTrue(refusal.contains("الفترات") && refusal.contains("2025-03"), "the guard names the field: " + refusal);

        int year = LocalDate.now().getYear();
        page.fill("[id='builder:periods']", (year - 1) + ", " + year);
        page.click("[id='builder:build']");
        Browser.loaded(page, "#built");
        Download download = page.waitForDownload(() -> page.click("[id='downloads:csv']"));
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("التدفق,"), "a header in the reader's language: " + lines[0]);
        assertTrue(csv.contains("الأعداد معدّلة قليلًا"), "the note on perturbation: " + csv);
        for (String line : lines) {
            List<String> fields = Arrays.asList(line.split(","));
            assertFalse(fields.contains("1") || fields.contains("2"), "no count of 1 or 2: " + line);
        }
        String fileName = download.suggestedFilename();
        assertTrue(fileName.startsWith("flows-flow-") && fileName.endsWith(".csv"), fileName);

        // the release ledger (built beside these pages) lists the download
        page.navigate(APP + "/statistics/releases.xhtml");
        Browser.loaded(page, "#ledger");
        assertTrue(
                page.locator("#ledger").textContent().contains("CSV"),
                page.locator("#ledger").textContent());
    }

    @Test
    void clerksPartnersAndNationalStaffAreKeptOutOfThePlannersPages() throws Exception {
        for (String user : List.of("clerk", "partner", "national")) {
            DemoUser signedIn = DemoUser.signIn(user);
            for (String path : PLANNER_PAGES) {
                assertEquals(403, signedIn.page(path).statusCode(), user + " " + path);
            }
        }
        DemoUser planner = DemoUser.signIn("planner");
        for (String path : PLANNER_PAGES) {
            assertEquals(200, planner.page(path).statusCode(), "planner " + path);
        }
    }
}
