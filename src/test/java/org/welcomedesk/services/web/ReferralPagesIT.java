package org.welcomedesk.services.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.services.infrastructure.SlipText;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The referral pages as clerks and partners use them (issue 18): every open need ticked, a
 * "Refer here" that names its place, a confirmation after each action and the referral's address
 * kept so a reload shows it again, cancelling and closing asked first, both forms of a name for
 * the partner, and the slip's documents to bring in the person's language.
 */
class ReferralPagesIT extends InBrowser {

    private static final String GP = "GP Walk-in Consultations";

    private static String layla;
    private static String laylaLatin;
    private static String amal;
    private static String amalLatin;
    private static String claire;

    @BeforeAll
    static void aWomanWithNeedsFromTwoVisitsAndAFrenchSpeaker() throws Exception {
        Api desk = Api.as(ClientCredentials.DESK_INTEGRATION);
        String family = UniqueNames.letters(5);
        laylaLatin = "Layla Haddad" + family;
        layla = register(desk, arabicSpeaker("ليلى", "Layla", family));
        // a later visit finds another need: the first visit's needs are still open
        var needs = desk.post("/persons/" + layla + "/needs", "[{\"category\": \"LANGUAGE\"}]", Map.of());
        assertTrue(needs.statusCode() / 100 == 2, needs.body());
        amalLatin = "Amal Haddad" + family;
        amal = register(desk, arabicSpeaker("أمل", "Amal", family));
        claire = register(desk, """
                {"person": {"givenNames": "Claire", "familyNames": "Martin%s", "sex": "F", "birthYear": 1988,
                            "countryOfBirth": "CD", "languages": ["fr"], "preferredLanguage": "fr"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2,
                             "otherCountry": "CD", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HEALTH"}]}
                """.formatted(family));
    }

    @Test
    void theServicesPageTicksEveryOpenNeedAndNamesEachPlaceToReferTo() {
        Page clerk = browser.signedIn("clerk", APP + "/desk/services.xhtml?id=" + layla);
        Browser.loaded(clerk, "#eligible");

        Set<String> ticked = new HashSet<>();
        Locator boxes = clerk.locator("input[name='servicesForm:needs']:checked");
        for (int i = 0; i < boxes.count(); i++) {
            ticked.add(boxes.nth(i).getAttribute("value"));
        }
        assertEquals(Set.of("HEALTH", "LEGAL", "LANGUAGE"), ticked, "the needs of both visits");

        List<String> names = clerk.locator("#eligible article input[type=submit]").all().stream()
                .map(button -> button.getAttribute("aria-label"))
                .toList();
        assertTrue(names.size() > 1, names.toString());
        assertEquals(names.size(), new HashSet<>(names).size(), "every 'Refer here' has its own name: " + names);
        assertTrue(names.stream().allMatch(n -> n.startsWith("Refer here: ")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains(GP)), names.toString());

        String code = draft(clerk, layla, GP);
        assertTrue(clerk.url().endsWith("code=" + code), clerk.url());
        assertTrue(messages(clerk).contains("The referral is drafted"), messages(clerk));

        // at phone width a table scrolls inside its own region; the page's content does not
        clerk.setViewportSize(390, 844);
        for (String page : List.of(
                "/desk/services.xhtml?id=" + layla, "/desk/referrals.xhtml", "/desk/referral.xhtml?code=" + code)) {
            clerk.navigate(APP + page);
            Browser.loaded(clerk, "main");
            Object overflow = clerk.evaluate(
                    "() => { const m = document.querySelector('main'); return m.scrollWidth - m.clientWidth; }");
            assertTrue(((Number) overflow).intValue() <= 0, page + " is wider than the screen by " + overflow + " px");
        }
    }

    @Test
    void aReferralKeepsItsAddressAfterEveryActionAndIsCancelledOnlyOnceConfirmed() {
        Page clerk = browser.signedIn("clerk", APP + "/desk/services.xhtml?id=" + layla);
        String code = sent(clerk, layla);
        assertTrue(messages(clerk).contains("The referral is sent to the service."), messages(clerk));
        assertTrue(clerk.url().endsWith("code=" + code), clerk.url());
        clerk.reload();
        Browser.loaded(clerk, "#referralStatus");
        assertEquals(
                "Sent", clerk.locator("#referralStatus").textContent().strip(), "a reload shows the same referral");

        // a due date typed as the clerk's language writes it, shown the same way
        LocalDate later = LocalDate.now().plusDays(40);
        String written = later.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        clerk.fill("[id='referralForm:newDueDate']", written);
        clerk.click("[id='referralForm:reschedule']");
        Browser.loaded(clerk, "#due:has-text('" + written + "')");
        assertTrue(messages(clerk).contains("The due date is changed."), messages(clerk));
        assertTrue(clerk.url().endsWith("code=" + code), clerk.url());
        clerk.reload();
        Browser.loaded(clerk, "#due");
        assertEquals(written, clerk.locator("#due").textContent().strip());

        // cancelling asks first: going back changes nothing
        clerk.click("[id='referralForm:cancel']");
        Locator dialog = clerk.locator(".ui-confirm-dialog");
        dialog.waitFor();
        assertTrue(dialog.textContent().contains("Cancel this referral?"), dialog.textContent());
        dialog.locator("button:has-text('Keep the referral')").click();
        dialog.waitFor(
                new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        clerk.reload();
        Browser.loaded(clerk, "#referralStatus");
        assertEquals("Sent", clerk.locator("#referralStatus").textContent().strip(), "not cancelled");

        // accepted: cancelled, said so, and still at its address
        clerk.click("[id='referralForm:cancel']");
        dialog.waitFor();
        dialog.locator("button:has-text('Cancel the referral')").click();
        Browser.loaded(clerk, "#referralStatus:has-text('Cancelled')");
        assertTrue(messages(clerk).contains("The referral is cancelled."), messages(clerk));
        assertTrue(clerk.url().endsWith("code=" + code), clerk.url());
    }

    @Test
    void thePartnerSeesBothFormsOfTheNameAndRecordsAnOutcomeOnlyOnceConfirmed() {
        Page clerk = browser.signedIn("clerk", APP + "/desk/services.xhtml?id=" + amal);
        String code = sent(clerk, amal);

        Page partner = browser.signedIn("partner", APP + "/services/inbox.xhtml");
        Browser.loaded(partner, "#landing");
        Locator row = partner.locator("#inbox tr").filter(new Locator.FilterOptions().setHasText(code));
        String rowText = row.textContent();
        assertTrue(rowText.contains("أمل حداد") && rowText.contains(amalLatin), rowText);

        partner.click("text=" + code);
        Browser.loaded(partner, "#personName");
        String name = partner.locator("#personName").textContent();
        assertTrue(name.contains("أمل حداد") && name.contains(amalLatin), name);
        assertEquals("ltr", partner.locator("#phone").getAttribute("dir"));
        partner.click("[id='partnerForm:accept']");
        Browser.loaded(partner, "#referralStatus:has-text('Accepted')");
        assertTrue(messages(partner).contains("You accepted the referral."), messages(partner));
        assertTrue(partner.url().endsWith("code=" + code), partner.url());

        // "did not come" asks first; going back records nothing
        partner.click("[id='partnerForm:noShow']");
        Locator dialog = partner.locator(".ui-confirm-dialog");
        dialog.waitFor();
        assertTrue(dialog.textContent().contains("did not come"), dialog.textContent());
        dialog.locator("button:has-text('Go back')").click();
        partner.reload();
        Browser.loaded(partner, "#referralStatus");
        assertEquals(
                "Accepted", partner.locator("#referralStatus").textContent().strip());

        partner.click("[id='partnerForm:complete']");
        dialog.waitFor();
        assertTrue(dialog.textContent().contains("was served"), dialog.textContent());
        dialog.locator("button:has-text('Yes, the person was served')").click();
        Browser.loaded(partner, "#referralStatus:has-text('Completed')");
        assertTrue(messages(partner).contains("Recorded: the person was served."), messages(partner));
        assertTrue(partner.url().endsWith("code=" + code), partner.url());
    }

    @Test
    void theSlipListsWhatToBringInThePersonsLanguage() throws Exception {
        Page clerk = browser.signedIn("clerk", APP + "/desk/services.xhtml?id=" + claire);
        draft(clerk, claire, GP);
        String french = slip(clerk);
        assertTrue(french.contains("Merci d'apporter"), french);
        assertTrue(french.contains("Les médicaments que vous prenez"), french);
        assertTrue(french.contains("Numéro d’usager du service de santé, si vous en avez un"), french);
        assertFalse(french.contains("Any medicines you are taking"), french);

        clerk.navigate(APP + "/desk/services.xhtml?id=" + layla);
        draft(clerk, layla, GP);
        String arabic = slip(clerk);
        assertTrue(arabic.contains(SlipText.normalise("أي أدوية تتناولها")), arabic);
        assertTrue(arabic.contains(SlipText.normalise("رقم المستفيد من الخدمة الصحية، إن وُجد")), arabic);
        assertFalse(arabic.contains("Any medicines you are taking"), arabic);
    }

    /** A Syrian woman with her name in Arabic and in Latin letters, and health and legal needs. */
    private static String arabicSpeaker(String givenName, String givenNameLatin, String family) {
        return """
                {"person": {"givenNames": "%s", "familyNames": "حداد", "givenNamesLatin": "%s",
                            "familyNamesLatin": "Haddad%s", "sex": "F", "birthYear": 1990,
                            "countryOfBirth": "SY", "languages": ["ar"], "preferredLanguage": "ar",
                            "phone": "+351 913 000 222"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2,
                             "otherCountry": "SY", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HEALTH"}, {"category": "LEGAL"}]}
                """.formatted(givenName, givenNameLatin, family);
    }

    private static String register(Api desk, String body) throws Exception {
        var created = desk.post("/persons", body, Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Drafts a referral to {@code service} from the person's services page; returns its code. */
    private static String draft(Page clerk, String personId, String service) {
        if (!clerk.url().contains("/desk/services.xhtml")) {
            clerk.navigate(APP + "/desk/services.xhtml?id=" + personId);
        }
        Browser.loaded(clerk, "#eligible");
        clerk.locator("#eligible article")
                .filter(new Locator.FilterOptions().setHasText(service))
                .first()
                .locator("input[type=submit]")
                .click();
        Browser.loaded(clerk, "#referForm");
        clerk.click("#referForm input[type=submit]");
        Browser.loaded(clerk, "#referralStatus");
        return clerk.url().replaceAll(".*code=", "");
    }

    /** Drafts a referral to the GP and sends it, the person agreeing to share now; returns its code. */
    private static String sent(Page clerk, String personId) {
        String code = draft(clerk, personId, GP);
        clerk.check("[id='referralForm:consentGivenNow']");
        clerk.click("[id='referralForm:send']");
        Browser.loaded(clerk, "#referralStatus:has-text('Sent')");
        return code;
    }

    private static String slip(Page clerk) throws Exception {
        Download download = clerk.waitForDownload(() -> clerk.click("[id='referralForm:slip']"));
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return SlipText.normalise(SlipText.text(pdf));
        }
    }

    private static String messages(Page page) {
        return page.locator("main").textContent();
    }
}
