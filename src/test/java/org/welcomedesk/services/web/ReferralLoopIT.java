package org.welcomedesk.services.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The closed loop in the browser, against the demo directory: a clerk matches a person's needs
 * to services (ineligible ones folded away with their reason), refers them once consent is
 * given, downloads the slip; the partner accepts and completes it in their inbox; the desk sees
 * the outcome. A partner asking for another organisation's referral is refused.
 */
class ReferralLoopIT extends InBrowser {

    private static final String GP = "GP Walk-in Consultations";
    private static final String LEGAL_ADVICE = "Asylum and Residence Legal Advice";

    private static String personId;
    private static String family;

    @BeforeAll
    static void aManWithHealthAndLegalNeeds() throws Exception {
        family = "Haddad" + UniqueNames.letters(5);
        var created = Api.as(ClientCredentials.DESK_INTEGRATION).post("/persons", """
                {"person": {"givenNames": "Omar", "familyNames": "%s", "sex": "M", "birthYear": 1985,
                            "countryOfBirth": "SY", "languages": ["ar", "en"], "preferredLanguage": "en",
                            "phone": "+351 913 000 111"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-09-01", "districtId": 2,
                             "otherCountry": "SY", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HEALTH", "note": "Persistent cough"}, {"category": "LEGAL"}]}
                """.formatted(family), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        personId = location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aReferralGoesRoundTheLoopAndOtherPartnersCannotSeeIt() throws Exception {
        Page clerk = browser.signedIn("clerk", APP + "/desk/person.xhtml?id=" + personId);
        clerk.click("#findServices");
        Browser.loaded(clerk, "#eligible");

        // matched with reasons; what he cannot use is folded away with the condition that failed
        Locator gp = fit(clerk, "#eligible", GP);
        assertTrue(gp.textContent().contains("Meets: Health"), gp.textContent());
        assertTrue(gp.textContent().contains("Speaks Arabic"), gp.textContent());
        assertFalse(clerk.locator("#ineligible").getAttribute("open") != null, "ineligible services start folded");
        Locator womens = fit(clerk, "#ineligible", "Women's Health Clinic");
        assertTrue(womens.textContent().contains("Only for: Female"), womens.textContent());
        Locator registration = fit(clerk, "#ineligible", "Health Service Registration");
        assertTrue(registration.textContent().contains("Requires an identity document"), registration.textContent());

        // refer to the GP; sending needs consent to share
        gp.locator("input[type=submit]").click();
        Browser.loaded(clerk, "#referForm");
        assertTrue(
                clerk.locator("#referForm").textContent().contains(GP),
                clerk.locator("#referForm").innerHTML());
        clerk.fill("#referForm textarea", "Speaks some English; prefers mornings");
        clerk.click("#referForm input[type=submit]");
        Browser.loaded(clerk, "#referralStatus");
        String code = clerk.url().replaceAll(".*code=", "");
        assertEquals("Draft", clerk.locator("#referralStatus").textContent().strip());
        clerk.click("[id='referralForm:send']");
        clerk.waitForLoadState(LoadState.LOAD);
        assertTrue(
                clerk.locator("[id='referralForm:referralMessages']")
                        .textContent()
                        .contains("Consent to share"),
                clerk.locator("main").textContent());
        assertEquals("Draft", clerk.locator("#referralStatus").textContent().strip());
        clerk.check("[id='referralForm:consentGivenNow']");
        clerk.click("[id='referralForm:send']");
        Browser.loaded(clerk, "#referralStatus:has-text('Sent')");

        // the slip: code, service, address and hours, in the person's language (English here)
        Download download = clerk.waitForDownload(() -> clerk.click("[id='referralForm:slip']"));
        String slip;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            slip = new PDFTextStripper().getText(pdf);
        }
        assertTrue(slip.contains("Referral slip"), slip);
        assertTrue(slip.contains(code), slip);
        assertTrue(slip.contains(GP), slip);
        assertTrue(slip.contains("Opening hours"), slip);
        assertFalse(slip.contains(family), "the slip carries no name: " + slip);

        // the partner works the referral in their inbox, seeing only what was shared
        Page partner = browser.signedIn("partner", APP + "/services/inbox.xhtml");
        Browser.loaded(partner, "#landing");
        partner.click("text=" + code);
        Browser.loaded(partner, "#personName");
        assertTrue(partner.locator("#personName").textContent().contains("Omar " + family));
        assertEquals("Health", partner.locator("#need").textContent().strip());
        String shown = partner.locator("main").textContent();
        assertFalse(shown.contains("1985"), "no birth date for the partner: " + shown);
        assertFalse(shown.contains("Syria"), "no country of birth for the partner: " + shown);
        partner.click("[id='partnerForm:accept']");
        Browser.loaded(partner, "#referralStatus:has-text('Accepted')");
        partner.click("[id='partnerForm:complete']");
        // closing the referral is confirmed first (ReferralPagesIT shows going back records nothing)
        partner.locator(".ui-confirm-dialog button:has-text('Yes, the person was served')")
                .click();
        Browser.loaded(partner, "#referralStatus:has-text('Completed')");

        // the desk sees the outcome
        clerk.navigate(APP + "/desk/referral.xhtml?code=" + code);
        assertEquals("Completed", clerk.locator("#referralStatus").textContent().strip());
        String steps = clerk.locator("#steps").textContent();
        assertTrue(steps.contains("Sent") && steps.contains("Accepted") && steps.contains("Completed"), steps);

        // a referral to another organisation (Westmoor Legal Aid) is not the Harbour partner's to see
        clerk.navigate(APP + "/desk/services.xhtml?id=" + personId);
        fit(clerk, "#eligible", LEGAL_ADVICE).locator("input[type=submit]").click();
        Browser.loaded(clerk, "#referForm");
        clerk.click("#referForm input[type=submit]");
        Browser.loaded(clerk, "#referralStatus");
        String otherCode = clerk.url().replaceAll(".*code=", "");
        assertEquals(
                "The person has agreed to share these details with partner organisations.",
                clerk.locator("#consentOnRecord").textContent().strip(),
                "the consent given earlier is on record");
        clerk.click("[id='referralForm:send']");
        Browser.loaded(clerk, "#referralStatus:has-text('Sent')");
        var refused = partner.navigate(APP + "/services/referral.xhtml?code=" + otherCode);
        String refusal = partner.locator("main").textContent().replace(otherCode, "CODE");
        assertFalse(partner.content().contains(family), "nothing of the person on the refusal");
        var unknown = partner.navigate(APP + "/services/referral.xhtml?code=R-2345-6789");
        assertEquals(unknown.status(), refused.status(), "another organisation's code is answered like an unknown one");
        assertEquals(partner.locator("main").textContent().replace("R-2345-6789", "CODE"), refusal);
        partner.navigate(APP + "/services/inbox.xhtml");
        assertFalse(partner.locator("main").textContent().contains(otherCode));
    }

    private static Locator fit(Page page, String within, String serviceName) {
        Locator article = page.locator(within + " article")
                .filter(new Locator.FilterOptions().setHasText(serviceName))
                .first();
        assertTrue(
                article.count() > 0,
                serviceName + " not in " + within + ": " + page.locator(within).textContent());
        return article;
    }
}
