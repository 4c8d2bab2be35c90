package org.welcomedesk.services.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrators' service directory in the browser: a demo service edited, an eligibility
 * rule refused with a message naming the field (and what was typed kept), then accepted and
 * still there after a reload; the directory downloaded as HSDS JSON and imported back.
 */
class DirectoryAdminIT extends InBrowser {

    private static final String SERVICE = "Tenant Rights Advice";

    @Test
    void anAdministratorEditsAServiceWithAnEligibilityRuleAndExchangesTheDirectoryAsHsds() throws Exception {
        Page page = browser.signedIn("admin", APP + "/admin/index.xhtml");
        page.click("#directoryLink");
        Browser.loaded(page, "[id='services']");

        // a demo service, loaded at start-up
        Locator row = page.locator("[id='services'] tbody tr").filter(new Locator.FilterOptions().setHasText(SERVICE));
        assertEquals(1, row.count(), page.locator("main").textContent());
        row.locator("[id$=':editService']").click();
        Browser.loaded(page, "[id='serviceForm:name']");
        assertEquals(SERVICE, page.inputValue("[id='serviceForm:name']"));
        String serviceUrl = page.url();

        // a rule with a value that is not a number: refused, naming the field, nothing typed lost
        page.fill("[id='serviceForm:capacity']", "7");
        int rulesBefore = page.locator("[id$=':ruleValue']").count();
        page.click("[id='serviceForm:addRule']");
        Browser.loaded(page, "[id='serviceForm:rules:" + rulesBefore + ":criterion']");
        Locator criterion = page.locator("[id='serviceForm:rules:" + rulesBefore + ":criterion']");
        Locator value = page.locator("[id='serviceForm:rules:" + rulesBefore + ":ruleValue']");
        criterion.selectOption("MIN_MONTHS_IN_CITY");
        Browser.loaded(page, "[id='serviceForm:rules:" + rulesBefore + ":help']:has-text('Whole months')");
        assertEquals("serviceForm:rules:" + rulesBefore + ":help", value.getAttribute("aria-describedby"));
        value.fill("six");
        page.click("[id='serviceForm:save']");
        Browser.loaded(page, "#messages .ui-messages-error");
        String messages = page.locator("#messages").textContent();
        assertTrue(messages.contains("Eligibility rule value: Enter a whole number."), messages);
        assertEquals("six", value.inputValue());
        assertEquals("MIN_MONTHS_IN_CITY", criterion.inputValue());
        assertEquals("7", page.inputValue("[id='serviceForm:capacity']"));

        // corrected and saved, it is there after a reload
        value.fill("6");
        page.click("[id='serviceForm:save']");
        Browser.loaded(page, "#messages .ui-messages-info");
        assertTrue(
                page.locator("#messages").textContent().contains("Saved."),
                page.locator("#messages").textContent());
        page.navigate(serviceUrl);
        Browser.loaded(page, "[id='serviceForm:name']");
        assertEquals("MIN_MONTHS_IN_CITY", criterion.inputValue());
        assertEquals("6", value.inputValue());
        assertEquals("7", page.inputValue("[id='serviceForm:capacity']"));

        // the directory as HSDS JSON, with the service and its new rule
        page.click("[id='backToDirectory']");
        Browser.loaded(page, "[id='hsdsExport:exportHsds']");
        Download download = page.waitForDownload(() -> page.click("[id='hsdsExport:exportHsds']"));
        assertEquals("welcome-desk-directory.json", download.suggestedFilename());
        Path exported = download.path();
        JsonObject document;
        try (Reader in = Files.newBufferedReader(exported, StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(in)) {
            document = reader.readObject();
        }
        assertEquals("3.1", document.getString("hsds_version"));
        JsonObject service = document.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .filter(s -> SERVICE.equals(s.getString("name")))
                .findFirst()
                .orElseThrow();
        assertTrue(
                service.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                        .anyMatch(a -> "6".equals(a.getString("value", null))),
                service.toString());
        assertEquals(7, service.getJsonArray("capacities").getJsonObject(0).getInt("maximum"));

        // imported back: nothing new, every service updated, counts shown
        Path upload = Files.createTempFile("directory", ".json");
        Files.copy(exported, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        page.setInputFiles("[id='hsdsImport:file']", upload);
        page.click("[id='hsdsImport:importHsds']");
        Browser.loaded(page, "#importSummary");
        assertEquals("0", page.textContent("#summaryServices .added").strip());
        assertEquals(
                String.valueOf(document.getJsonArray("services").size()),
                page.textContent("#summaryServices .updated").strip());
        assertEquals(
                String.valueOf(document.getJsonArray("organizations").size()),
                page.textContent("#summaryOrganizations .updated").strip());
        Files.deleteIfExists(upload);

        // a file that is not JSON: a message naming the file, nothing imported
        Path notJson = Files.createTempFile("directory", ".json");
        Files.writeString(notJson, "name;partner\nSomething;else\n", StandardCharsets.UTF_8);
        page.setInputFiles("[id='hsdsImport:file']", notJson);
        page.click("[id='hsdsImport:importHsds']");
        Browser.loaded(page, "#messages .ui-messages-error");
        assertTrue(
                page.locator("#messages").textContent().contains("File: This file is not a JSON document."),
                page.locator("#messages").textContent());
        assertEquals(0, page.locator("#importSummary").count());
        Files.deleteIfExists(notJson);

        // the same page in Arabic, right to left
        page.click("input[lang='ar']");
        Browser.loaded(page, "html[dir='rtl']");
        assertEquals("دليل الخدمات", page.textContent("main h1").strip());
    }

    @Test
    void anAdministratorAddsAnOrganisationWithALocationAndAServiceWithOpeningHours() {
        String k = UniqueNames.letters(5);
        Page page = browser.signedIn("admin", APP + "/admin/directory.xhtml");
        Browser.loaded(page, "[id='services']");
        page.click("#newOrganization");
        Browser.loaded(page, "[id='organizationForm:name']");

        // the partner code is checked by the domain; the message names the field
        page.fill("[id='organizationForm:name']", "Riverside Welcome Kitchen " + k);
        page.fill("[id='organizationForm:partnerCode']", "Kitchen " + k);
        page.click("[id='organizationForm:save']");
        Browser.loaded(page, "#messages .ui-messages-error");
        assertTrue(
                page.textContent("#messages").contains("Partner code: Use 1 to 64 lower-case letters"),
                page.textContent("#messages"));
        assertEquals("Riverside Welcome Kitchen " + k, page.inputValue("[id='organizationForm:name']"));
        page.fill("[id='organizationForm:partnerCode']", "kitchen-" + k.toLowerCase(java.util.Locale.ROOT));
        page.click("[id='organizationForm:save']");
        Browser.loaded(page, "#addLocation");

        // a location: a latitude without a longitude is refused
        page.click("#addLocation");
        Browser.loaded(page, "[id='locationForm:name']");
        page.fill("[id='locationForm:name']", "Kitchen hall " + k);
        page.fill("[id='locationForm:city']", "Riverside");
        page.selectOption(
                "[id='locationForm:districtCode']", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.fill("[id='locationForm:latitude']", "38.7223");
        page.click("[id='locationForm:save']");
        Browser.loaded(page, "#messages .ui-messages-error");
        assertTrue(
                page.textContent("#messages").contains("Longitude: This field is required."),
                page.textContent("#messages"));
        page.fill("[id='locationForm:longitude']", "-9.1393");
        page.click("[id='locationForm:save']");
        Browser.loaded(page, "[id='locations']");
        assertTrue(page.textContent("[id='locations']").contains("Kitchen hall " + k));

        // a service of the organisation, offered at the new location
        page.click("#addService");
        Browser.loaded(page, "[id='serviceForm:name']");
        page.fill("[id='serviceForm:name']", "Community lunch " + k);
        page.check("[name='serviceForm:categories'][value='SOCIAL_PROTECTION']");
        page.check("[name='serviceForm:skills'][value='FOOD_PREPARATION']");
        page.fill("[id='serviceForm:documentsToBring']", "Any identity document\nProof of address");
        page.click("[id='serviceForm:save']");
        Browser.loaded(page, "[id='addPlaceForm:offerHere']");
        String serviceUrl = page.url();
        assertTrue(serviceUrl.contains("id="), serviceUrl);
        assertTrue(page.isChecked("[name='serviceForm:categories'][value='SOCIAL_PROTECTION']"));
        assertEquals("Any identity document\nProof of address", page.inputValue("[id='serviceForm:documentsToBring']"));
        page.click("[id='addPlaceForm:offerHere']");
        Browser.loaded(page, "[id$='placeForm:addHours']");

        // opening hours: closing before opening is refused, then saved and still there when the page is opened again
        page.click("[id$='placeForm:addHours']");
        Browser.loaded(page, "[id$='placeForm:hours:0:opensAt']");

        // every day box of the row takes a real click, on and off (a box that moved under the
        // pointer while taking focus once let the click land on the list instead)
        Locator days = page.locator("[name$='placeForm:hours:0:days']");
        assertEquals(7, days.count());
        // the boxes stand still while focus moves along the row, and nothing about them animates
        String before = boxesOf(days);
        days.nth(0).focus();
        days.nth(3).focus();
        assertEquals(before, boxesOf(days), "day boxes moved when one took focus");
        assertEquals("0s", days.nth(3).evaluate("b => getComputedStyle(b).transitionDuration"));
        for (int pass = 0; pass < 2; pass++) {
            boolean expected = pass == 0;
            for (int i = 0; i < days.count(); i++) {
                Locator day = days.nth(i);
                day.click();
                assertEquals(expected, day.isChecked(), "day box " + day.getAttribute("value") + ", pass " + pass);
            }
        }
        page.check("[name$='placeForm:hours:0:days'][value='MO']");
        page.check("[name$='placeForm:hours:0:days'][value='WE']");
        page.fill("[id$='placeForm:hours:0:opensAt']", "17:00");
        page.fill("[id$='placeForm:hours:0:closesAt']", "09:00");
        page.click("[id$='placeForm:savePlace']");
        Browser.loaded(page, "#messages .ui-messages-error");
        assertTrue(
                page.textContent("#messages").contains("Closes at: The closing time must be after the opening time."),
                page.textContent("#messages"));
        assertEquals("09:00", page.inputValue("[id$='placeForm:hours:0:closesAt']"));
        page.fill("[id$='placeForm:hours:0:closesAt']", "19:00");
        page.click("[id$='placeForm:savePlace']");
        Browser.loaded(page, "#messages .ui-messages-info");
        // opened afresh (a reload would send the form again)
        page.navigate(serviceUrl);
        Browser.loaded(page, "[id$='placeForm:hours:0:opensAt']");
        assertEquals("17:00", page.inputValue("[id$='placeForm:hours:0:opensAt']"));
        assertTrue(page.isChecked("[name$='placeForm:hours:0:days'][value='WE']"));
        assertTrue(page.isChecked("[name$='placeForm:hours:0:days'][value='MO']"));
        assertTrue(!page.isChecked("[name$='placeForm:hours:0:days'][value='TU']"));
        assertEquals(0, page.locator("[id$='placeForm:hours:1:opensAt']").count(), "one row of hours, saved once");

        // nobody was referred there: the service can stop being offered at the location
        page.click("[id$='placeForm:removePlace']");
        Browser.loaded(page, "#noPlaces");
    }

    /** Where each box of a row is drawn, to the pixel. */
    private static String boxesOf(Locator boxes) {
        // page coordinates: focusing a box may scroll it into view, which is not a move
        return boxes.evaluateAll(
                        "bs => bs.map(b => { const r = b.getBoundingClientRect();"
                                + " return [r.x + scrollX, r.y + scrollY, r.width, r.height].map(Math.round).join(','); }).join(' ')")
                .toString();
    }

    @Test
    void onlyAdministratorsReachTheDirectoryPages() {
        Page page = browser.signedIn("clerk", APP + "/desk/index.xhtml");
        Browser.loaded(page, "#landing");
        assertEquals(403, page.navigate(APP + "/admin/directory.xhtml").status());
        assertEquals(403, page.navigate(APP + "/admin/service.xhtml").status());
    }
}
