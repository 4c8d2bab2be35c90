package org.welcomedesk.national.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.DemoUser;
import org.welcomedesk.testsupport.InBrowser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national agency's pages on the test server, which runs as the hub with three simulated
 * cities (LISBOA, AMADORA, SINTRA; test-server.xml): the pooled overview by city and region in
 * Arabic, a download of the pooled dataset, each city's submission status (a revision, a
 * refusal), the matrix with its mirror check. Planners and clerks are kept out.
 */
class NationalPagesIT extends InBrowser {

    @Test
    void theNationalUserSeesThePooledOverviewAndEachCitysSubmissionStatus() throws Exception {
        Page page = browser.newPage("ar");
        page.navigate(APP + "/national/index.xhtml");
        Browser.signInAtKeycloak(page, "national");
        Browser.loaded(page, "#figures");
        assertEquals("rtl", page.locator("html").getAttribute("dir"));
        // the latest year: Sintra's release was refused, so two cities are pooled
        assertEquals("2", page.locator("#cities").textContent().strip(), "two cities pooled");
        List<String> cities = page.locator("#byCity tbody th").allTextContents();
        assertEquals(
                List.of("Amadora", "Lisboa"), cities.stream().map(String::strip).toList());
        assertTrue(
                page.locator("#byRegion tbody th").allTextContents().stream().anyMatch(r -> r.contains("Lisboa")),
                "the region of both, from the municipality code list");
        assertTrue(page.locator("#pooledNote").textContent().contains("مجاميع"), "the note on pooled protected values");
        Browser.loaded(page, "#cityChart canvas");
        assertFalse(page.locator("#byCity td.count").allTextContents().stream()
                .anyMatch(t -> t.strip().equals("0")));

        Download download = page.waitForDownload(() -> page.click("[id='downloads:csv']"));
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("DATAFLOW,"), csv.substring(0, 40));
        assertTrue(csv.contains(",PT17,") && csv.contains(",PT,"), "region and country sums in the dataset");

        page.navigate(APP + "/national/submissions.xhtml");
        Browser.loaded(page, "#submissions");
        List<String> rows = page.locator("#submissions tbody tr").allTextContents();
        assertTrue(
                rows.stream().anyMatch(r -> r.contains("Lisboa") && r.contains("مُراجَع")), "Lisboa revised: " + rows);
        assertTrue(
                rows.stream().anyMatch(r -> r.contains("Sintra") && r.contains("مرفوض") && r.contains("UNKNOWN_CODE")),
                "Sintra refused, with the reason: " + rows);

        page.navigate(APP + "/national/matrix.xhtml");
        Browser.loaded(page, "#mirror");
        assertEquals(2, page.locator("#mirror tbody tr").count(), "the two reporting cities, both ways");
    }

    @Test
    void plannersAndClerksAreKeptOutOfTheNationalPages() throws Exception {
        for (String user : List.of("clerk", "planner", "partner")) {
            DemoUser signedIn = DemoUser.signIn(user);
            for (String path :
                    List.of("/national/index.xhtml", "/national/submissions.xhtml", "/national/matrix.xhtml")) {
                assertEquals(403, signedIn.page(path).statusCode(), user + " " + path);
            }
        }
    }
}
