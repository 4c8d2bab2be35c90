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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisors' pages in the browser: an import uploaded, mapped, run and its report
 * downloaded; the duplicate queue narrowed, sorted and kept in the URL, and a pair side by side
 * in words with each record's household; districts named in the viewer's language and
 * translated by an administrator; a clerk kept out of both.
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
        scanTheRegistry(desk);

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
        // merging is confirmed first
        page.click("[id$='confirmYes']");
        Browser.loaded(page, "#merged");
        assertTrue(page.locator("[id$='merges']").textContent().contains("Another record was merged into this one"));
    }

    @Test
    void theQueueIsNarrowedAndSortedInTheUrlAndThePairReadsInWords() throws Exception {
        var desk = org.welcomedesk.testsupport.Api.as(org.welcomedesk.testsupport.ClientCredentials.DESK_INTEGRATION);
        String k = UniqueNames.letters(5);
        String qasim = "Qasim" + k;
        String idris = "Idris" + k;
        var household = desk.post("/households", """
                {"members": [
                  {"person": {"givenNames": "Yusuf", "familyNames": "%1$s", "sex": "M", "birthYear": 1981, "birthMonth": 5,
                              "birthDay": 20, "countryOfBirth": "SO", "phone": "+252 61 555 0101"},
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 1, "otherCountry": "SO"}},
                  {"person": {"givenNames": "Amina", "familyNames": "%1$s", "sex": "F", "birthYear": 1984},
                   "householdRole": "SPOUSE_OR_PARTNER",
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 1, "otherCountry": "SO"}},
                  {"person": {"givenNames": "Sahra", "familyNames": "%1$s", "sex": "F", "birthYear": 2012},
                   "householdRole": "CHILD",
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 1, "otherCountry": "SO"}}]}
                """.formatted(qasim), java.util.Map.of());
        assertEquals(201, household.statusCode(), household.body());
        String[] people = {"""
            {"person": {"givenNames": "Yusuf", "familyNames": "%s", "sex": "M", "birthYear": 1981, "birthMonth": 5,
                        "birthDay": 20, "countryOfBirth": "SO", "phone": "+252 61 555 0101"},
             "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-02", "districtId": 1, "otherCountry": "SO"}}
            """.formatted(qasim), """
            {"person": {"givenNames": "Mariam", "familyNames": "%s", "sex": "F", "birthYear": 1990, "birthMonth": 3,
                        "birthDay": 3, "countryOfBirth": "ET"},
             "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2, "otherCountry": "ET"}}
            """.formatted(idris), """
            {"person": {"givenNames": "Maryam", "familyNames": "%s", "sex": "F", "birthYear": 1990, "birthMonth": 3,
                        "birthDay": 3, "countryOfBirth": "ET"},
             "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2, "otherCountry": "ET"}}
            """.formatted(idris)};
        for (String person : people) {
            var created = desk.post("/persons", person, java.util.Map.of());
            assertEquals(201, created.statusCode(), created.body());
        }
        scanTheRegistry(desk);

        Page page = browser.signedIn("supervisor", APP + "/desk/review/duplicates.xhtml");
        Browser.loaded(page, "#openCount");

        // district: Harbour shows the Idris pair, not the Qasim pair, and the URL keeps it
        page.selectOption("[id='filters:district']", "2");
        submit(page, "[id='filters:apply']");
        assertTrue(page.url().contains("district=2"), page.url());
        assertEquals(1, countOnEveryPage(page, idris), page.locator("main").textContent());
        assertEquals(0, countOnEveryPage(page, qasim));
        page.reload();
        Browser.loaded(page, "#openCount");
        assertEquals(1, countOnEveryPage(page, idris), "a reload keeps the filter");
        assertEquals("2", page.locator("[id='filters:district']").inputValue());

        // Old Town: the Qasim pair, with its strongest reasons in words
        page.selectOption("[id='filters:district']", "1");
        submit(page, "[id='filters:apply']");
        assertEquals(0, countOnEveryPage(page, idris));
        submit(page, "[id='filters:apply']");
        var qasimRow = findRow(page, qasim);
        assertEquals(1, qasimRow.count(), page.locator("main").textContent());
        var reasons = qasimRow.locator("ul.reasons li").allTextContents();
        assertTrue(reasons.size() >= 2 && reasons.size() <= 3, reasons.toString());
        for (String reason : reasons) {
            assertTrue(reason.contains(": ") && !reason.matches(".*[A-Z]{2,}_[A-Z]+.*"), "in words: " + reasons);
        }
        assertTrue(qasimRow.locator("td.district").textContent().contains("Old Town"));

        // score band: the pair's own band keeps it, the other band leaves it out
        String band = qasimRow.locator(".badge").getAttribute("class").replaceAll(".*likelihood-", "");
        String otherBand = band.equals("LIKELY") ? "POSSIBLE" : "LIKELY";
        page.selectOption("[id='filters:likelihood']", otherBand);
        submit(page, "[id='filters:apply']");
        assertEquals(0, countOnEveryPage(page, qasim), "band " + otherBand + " leaves out a " + band + " pair");
        page.selectOption("[id='filters:likelihood']", band);
        submit(page, "[id='filters:apply']");
        assertEquals(1, countOnEveryPage(page, qasim));
        assertTrue(page.url().contains("likelihood=" + band), page.url());

        // source: the scan found it, an import did not
        page.selectOption("[id='filters:source']", "IMPORT");
        submit(page, "[id='filters:apply']");
        assertEquals(0, countOnEveryPage(page, qasim));
        page.selectOption("[id='filters:source']", "SCAN");
        submit(page, "[id='filters:apply']");
        assertEquals(1, countOnEveryPage(page, qasim));

        // nothing found after tomorrow: said in words, no "Page 1 of 0"
        String tomorrow = java.time.LocalDate.now()
                .plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        page.fill("[id='filters:from']", tomorrow);
        submit(page, "[id='filters:apply']");
        assertTrue(page.locator("#queueEmpty").textContent().contains("match these filters"));
        assertFalse(page.locator("main").textContent().contains("Page 1 of 0"));
        assertTrue(page.url().contains("from="), page.url());
        assertEquals(tomorrow, page.locator("[id='filters:from']").inputValue());

        // sorted by district: the first person's district never goes back in the city's order; people without a
        // district come last
        submit(page, "[id='filters:clear']");
        page.selectOption("[id='filters:sort']", "DISTRICT");
        submit(page, "[id='filters:apply']");
        assertTrue(page.url().contains("sort=DISTRICT"), page.url());
        List<String> order = List.of(
                "Old Town",
                "Harbour",
                "Riverside North",
                "Riverside South",
                "Market Quarter",
                "Hillcrest",
                "Station",
                "University",
                "Westmoor",
                "Eastfield",
                "Eastfield North",
                "Eastfield South");
        List<String> cells = page.locator("#pairs td.district").allTextContents();
        List<Integer> seen = cells.stream()
                .map(text -> text.split(" / ")[0].strip())
                .filter(order::contains)
                .map(order::indexOf)
                .toList();
        assertTrue(seen.size() >= 2, "districts listed: " + cells + " at " + page.url());
        assertEquals(seen.stream().sorted().toList(), seen, "by district: " + seen);

        // the pair side by side: words, a rounded score, and both households
        page.navigate(APP + "/desk/review/duplicates.xhtml?district=1&source=SCAN");
        Browser.loaded(page, "#openCount");
        findRow(page, qasim).locator("[id$=':compare']").click();
        Browser.loaded(page, "#sideBySide");
        String pairId = page.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(
                page.locator("#pairScore").textContent().strip().matches("-?\\d+[.,]\\d"),
                page.locator("#pairScore").textContent());
        String main = page.locator("main").textContent();
        assertFalse(
                java.util.regex.Pattern.compile("\\d+\\.\\d{3,}").matcher(main).find(), "no raw score: " + main);
        String sideBySide = page.locator("#sideBySide").textContent();
        for (String code : List.of("GIVEN_FIRST", "true", "false", "SPOUSE_OR_PARTNER")) {
            assertFalse(sideBySide.contains(code), code + " in " + sideBySide);
        }
        assertTrue(
                sideBySide.contains("Given names first")
                        && sideBySide.contains("Male")
                        && sideBySide.contains("Somalia")
                        && sideBySide.contains("20/05/1981"),
                sideBySide);
        String evidence = page.locator("#evidence").textContent();
        assertFalse(evidence.contains("Full name"), evidence);
        assertTrue(evidence.contains("Given names: the same"), evidence);
        String households = page.locator("#households").textContent();
        assertTrue(
                households.contains("Amina " + qasim)
                        && households.contains("Spouse or partner")
                        && households.contains("Sahra " + qasim)
                        && households.contains("Child")
                        && households.contains("Old Town"),
                households);
        assertTrue(households.contains("No other household members"), households);

        // "not the same person": asked first, then confirmed on the same pair's URL
        page.click("[id='pairForm:notSame']");
        submit(page, "[id$='confirmYes']");
        assertTrue(page.url().contains("/pair.xhtml?id=" + pairId), page.url());
        assertTrue(page.locator("main").textContent().contains("Recorded: these are different people."));
        assertEquals(
                "different people", page.locator("#pairStatus").textContent().strip());
        assertEquals(0, page.locator("[id='pairForm:merge']").count(), "a decided pair offers no decision");
    }

    @Test
    void districtsAreNamedInTheViewersLanguageAndAnAdministratorTranslatesThem() {
        Page french = signedIn("supervisor", "fr-FR", "/desk/review/duplicates.xhtml", "#openCount");
        List<String> frenchDistricts =
                french.locator("[id='filters:district'] option").allTextContents();
        assertTrue(
                frenchDistricts.contains("Vieille Ville") && frenchDistricts.contains("Le Port"),
                frenchDistricts.toString());

        Page arabic = signedIn("supervisor", "ar", "/desk/review/duplicates.xhtml", "#openCount");
        List<String> arabicDistricts =
                arabic.locator("[id='filters:district'] option").allTextContents();
        assertTrue(arabicDistricts.contains("البلدة القديمة"), arabicDistricts.toString());

        Page admin = signedIn("admin", "pt-PT", "/admin/index.xhtml", "#districts");
        assertEquals("Charneca Oeste", portugueseName(admin, "D09").inputValue());
        portugueseName(admin, "D09").fill("Charneca do Poente");
        admin.click("[id='districtNames:saveDistrictNames']");
        try {
            admin.locator("main :text('Os nomes dos bairros foram guardados.')").waitFor();
            admin.navigate(APP + "/admin/location.xhtml");
            Browser.loaded(admin, "[id='locationForm:districtCode']");
            var offered =
                    admin.locator("[id='locationForm:districtCode'] option").allTextContents();
            assertTrue(offered.contains("Charneca do Poente (D09)"), "forms offer the new name: " + offered);
        } finally {
            admin.navigate(APP + "/admin/index.xhtml");
            Browser.loaded(admin, "#districts");
            portugueseName(admin, "D09").fill("Charneca Oeste");
            admin.click("[id='districtNames:saveDistrictNames']");
            admin.locator("main :text('Os nomes dos bairros foram guardados.')").waitFor();
        }
    }

    /** Runs the batch scan of the whole registry and waits (up to 30 s) for it to end. */
    private static void scanTheRegistry(org.welcomedesk.testsupport.Api desk) throws Exception {
        assertEquals(202, desk.post("/duplicates/scan", "", java.util.Map.of()).statusCode());
        for (int i = 0; i < 150 && desk.get("/duplicates/scan").body().contains("\"running\":true"); i++) {
            Thread.sleep(200);
        }
    }

    /** A fresh page speaking {@code locale}, signed in as {@code user} on {@code path}, once it shows {@code selector}. */
    private Page signedIn(String user, String locale, String path, String selector) {
        Page page = browser.newPage(locale);
        page.navigate(APP + path);
        Browser.signInAtKeycloak(page, user);
        Browser.loaded(page, selector);
        return page;
    }

    /** The administration page's field for a district's Portuguese name. */
    private static com.microsoft.playwright.Locator portugueseName(Page admin, String districtCode) {
        return admin.locator("#districts tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(districtCode))
                .locator("input[lang='pt']");
    }

    /**
     * Clicks a button that posts and redirects, and waits for the page it redirects to (which
     * may have the same URL, so neither the URL nor an element of the page tells them apart).
     */
    private static void submit(Page page, String selector) {
        page.waitForNavigation(() -> page.click(selector));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }

    /**
     * The pair naming {@code text}, on whichever page of the list it is from the one shown on:
     * the other tests' pairs share the queue, so a filtered list can run over several pages.
     */
    private static com.microsoft.playwright.Locator findRow(Page page, String text) {
        while (rows(page, text).count() == 0 && page.locator("[id$=':next']").count() > 0) {
            submit(page, "[id$=':next']");
        }
        return rows(page, text);
    }

    /** How many rows name {@code text} on every page of the list, from the first, with the URL's filters. */
    private static int countOnEveryPage(Page page, String text) {
        if (page.url().matches(".*[?&]page=[1-9].*")) {
            page.navigate(page.url().replaceAll("([?&]page=)\\d+", "$10"));
            Browser.loaded(page, "#openCount");
        }
        int found = rows(page, text).count();
        while (page.locator("[id$=':next']").count() > 0) {
            submit(page, "[id$=':next']");
            found += rows(page, text).count();
        }
        return found;
    }

    private static com.microsoft.playwright.Locator rows(Page page, String text) {
        return page.locator("#pairs tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
    }

    @Test
    void aClerkIsKeptOutOfTheReviewPages() {
        Page page = browser.signedIn("clerk", APP + "/desk/index.xhtml");
        Browser.loaded(page, "#landing");
        assertEquals(403, page.navigate(APP + "/desk/review/duplicates.xhtml").status());
        assertEquals(403, page.navigate(APP + "/desk/review/imports.xhtml").status());
    }
}
