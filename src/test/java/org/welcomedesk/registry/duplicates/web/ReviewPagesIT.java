package org.welcomedesk.registry.duplicates.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisors' pages in the browser: an import uploaded, mapped, run and its report
 * downloaded; the duplicate queue and a pair side by side; a clerk kept out of both.
 */
class ReviewPagesIT extends InBrowser {

    @Test
    void aSupervisorImportsARegisterAndDownloadsTheReport() throws Exception {
        String k = UniqueNames.letters(5);
        Path file = Files.createTempFile("legacy", ".csv");
        Files.writeString(
                file,
                "Prénom;Nom;Sexe;Date de naissance;Pays de naissance\n"
                        + "Aïcha;Traoré" + k + ";F;12/05/1988;ML\n"
                        + "Moussa;Traoré" + k + ";M;1985;ZZ\n",
                StandardCharsets.UTF_8);

        Page page = browser.signedIn("supervisor", APP + "/desk/review/imports.xhtml");
        page.setInputFiles("[id='uploadForm:file']", file);
        page.click("[id='uploadForm:upload']");
        Browser.loaded(page, "#mapping");
        // the French headers were recognised
        assertEquals("Prénom", page.locator("[id$=':column']").first().inputValue());
        page.uncheck("[id='mappingForm:dryRun']");
        page.click("[id='mappingForm:start']");

        Browser.loaded(page, "#importStatus[data-status='COMPLETED']", 60_000);
        assertEquals("1", page.locator("#imported").textContent().strip());
        assertEquals("1", page.locator("#rejected").textContent().strip());
        assertTrue(
                page.locator("[id$='problemRows']").textContent().contains("Country of birth"),
                page.locator("[id$='problemRows']").textContent());

        Download download = page.waitForDownload(() -> page.click("[id='importForm:report']"));
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(report.contains("Moussa;Traoré" + k + ";M;1985;ZZ"), report);
        Files.deleteIfExists(file);
    }

    @Test
    void aSupervisorComparesAPairTheScanFoundAndMergesIt() throws Exception {
        var desk = org.welcomedesk.testsupport.Api.as(org.welcomedesk.testsupport.ClientCredentials.DESK_INTEGRATION);
        String k = UniqueNames.letters(5);
        for (String given : new String[] {"Abdirahman", "Abdurrahman"}) {
            var created = desk.post("/persons", """
                    {"person": {"givenNames": "%s", "familyNames": "Warsame%s", "sex": "M", "birthYear": 1979,
                                "birthMonth": 2, "birthDay": 14, "countryOfBirth": "SO"}}
                    """.formatted(given, k), java.util.Map.of());
            assertEquals(201, created.statusCode(), created.body());
        }
        assertEquals(202, desk.post("/duplicates/scan", "", java.util.Map.of()).statusCode());
        for (int i = 0; i < 150 && desk.get("/duplicates/scan").body().contains("\"running\":true"); i++) {
            Thread.sleep(200);
        }

        Page page = browser.signedIn("supervisor", APP + "/desk/review/duplicates.xhtml");
        Browser.loaded(page, "#openCount");
        var row = page.locator("[id$='pairs'] tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Warsame" + k));
        assertEquals(
                1,
                row.count(),
                "the scan put the pair in the queue: " + page.locator("main").textContent());
        row.locator("[id$=':compare']").click();
        Browser.loaded(page, "#sideBySide");
        assertTrue(
                page.locator("#evidence").textContent().contains("Date of birth: the same"),
                page.locator("#evidence").textContent());
        page.click("[id='pairForm:merge']");
        Browser.loaded(page, "#merged");
        assertTrue(page.locator("[id$='merges']").textContent().contains("Another record was merged into this one"));
    }

    @Test
    void aClerkIsKeptOutOfTheReviewPages() {
        Page page = browser.signedIn("clerk", APP + "/desk/index.xhtml");
        Browser.loaded(page, "#landing");
        assertEquals(403, page.navigate(APP + "/desk/review/duplicates.xhtml").status());
        assertEquals(403, page.navigate(APP + "/desk/review/imports.xhtml").status());
    }
}
