package org.welcomedesk.registry.registration.web;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.Browser;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.InBrowser;
import org.welcomedesk.testsupport.UniqueNames;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A household registered as the counter does it every day: a family of four, each member a
 * full person with names in Arabic and Latin script and needs of their own, typed by keyboard
 * only, with Enter pressed inside member fields (it means Next, and never removes anyone); an
 * impossible date of birth refused on its own step, naming the member; the same in Arabic,
 * where a phone number and an address keep their order.
 */
class HouseholdRegistrationIT extends InBrowser {

    private static Api desk;

    @BeforeAll
    static void tokens() throws Exception {
        desk = Api.as(ClientCredentials.DESK_INTEGRATION);
    }

    private static String id(String end) {
        return "[id$='" + end + "']";
    }

    /** The tick box of need {@code category} (its place in NeedCategory) of member {@code index}. */
    private static String need(int index, int category) {
        return id("speakers:" + index + ":needs:" + category + ":need");
    }

    private static String note(int index, int category) {
        return id("speakers:" + index + ":needs:" + category + ":needNote");
    }

    private static String member(int index, String field) {
        return id("people:" + index + ":member:" + field);
    }

    @Test
    void aFamilyOfFourIsRegisteredByKeyboardOnlyWithEveryMembersDetailsAndNeeds() throws Exception {
        String family = "Hassan" + UniqueNames.letters(5);
        Page page = browser.signedIn("clerk", APP + "/desk/register.xhtml");
        Browser.loaded(page, id(":person:givenNames"));
        long start = System.nanoTime();
        Keyboard keys = new Keyboard(page);

        // 1 identity: the father, in both scripts, with citizenship, document and phone
        keys.type(id(":person:givenNames"), "كريم")
                .type(id(":person:familyNames"), "الحسن")
                .type(id(":person:givenNamesLatin"), "Karim")
                .type(id(":person:familyNamesLatin"), family)
                .type(id(":person:sex"), "M")
                .type(id(":person:birth:birthYear"), "1984")
                .type(id(":person:birth:birthMonth"), "3")
                .type(id(":person:birth:birthDay"), "14")
                .tick(id(":person:citizenship_focus"), "Syria")
                .type(id(":person:countryOfBirth") + " .ui-selectonemenu-label", "Syria")
                .type(id(":person:documentType"), "P")
                .type(id(":person:documentNumber"), "N0912345")
                .type(id(":person:documentCountry") + " .ui-selectonemenu-label", "Syria")
                .type(id(":person:phone"), "+33 6 12 34 56 78")
                .press("Enter"); // Enter in a field means Next
        stepShown(keys, page, 2, "Household");

        // 2 household: the mother, a child, a member typed by mistake and removed, a second child
        keys.tabTo(id(":addMember")).press("Enter").focusLandsOn(member(1, "givenNames"));
        keys.type(member(1, "givenNames"), "ليلى").press("Enter");
        // Enter inside a member's field: Next, which names what is missing, and loses nothing
        keys.focusLandsOn(member(1, "sex"));
        String messages = page.locator(".ui-messages-error").textContent();
        assertTrue(messages.contains("Sex (member 2)"), messages);
        assertEquals("ليلى", page.locator(member(1, "givenNames")).inputValue());
        assertEquals("الحسن", page.locator(member(1, "familyNames")).inputValue(), "family name copied from the first");
        keys.press("F")
                .type(member(1, "givenNamesLatin"), "Layla")
                .type(member(1, "birth:birthYear"), "1988")
                .type(member(1, "birth:birthMonth"), "7")
                .type(member(1, "birth:birthDay"), "2")
                .type(member(1, "documentType"), "P")
                .type(member(1, "documentNumber"), "N0954321")
                .type(member(1, "phone"), "+33 6 98 76 54 32")
                .type(id("people:1:relationship"), "S");

        keys.tabTo(id(":addMember")).press("Enter").focusLandsOn(member(2, "givenNames"));
        keys.type(member(2, "givenNames"), "خطأ").type(member(2, "givenNamesLatin"), "Mistake");
        keys.tabTo(id(":addMember")).press("Enter").focusLandsOn(member(3, "givenNames"));
        typeMember(keys, 3, "يارا", "Yara", "F", "2015", "9", "21")
                .type(member(3, "documentType"), "B")
                .type(member(3, "documentNumber"), "BC-2015-778");
        // removing member 3 keeps what was typed for the others, and focus stays with the members
        keys.tabTo(id("people:2:removeMember")).press("Enter").focusLandsOn("#member-legend-1");
        page.waitForCondition(() -> page.locator("fieldset.member").count() == 2);
        assertEquals("يارا", page.locator(member(2, "givenNames")).inputValue());
        assertEquals("Yara", page.locator(member(2, "givenNamesLatin")).inputValue());
        assertEquals("2015", page.locator(member(2, "birth:birthYear")).inputValue());
        assertEquals("BC-2015-778", page.locator(member(2, "documentNumber")).inputValue());
        assertEquals("Layla", page.locator(member(1, "givenNamesLatin")).inputValue());
        assertEquals("+33 6 98 76 54 32", page.locator(member(1, "phone")).inputValue());

        keys.tabTo(id(":addMember")).press("Enter").focusLandsOn(member(3, "givenNames"));
        typeMember(keys, 3, "آدم", "Adam", "M", "2019", "1", "5").press("Enter");
        stepShown(keys, page, 3, "Origin and arrival");

        // 3 origin and arrival, shared by the household; changing the type keeps the country
        keys.type(id(":previousCountry") + " .ui-selectonemenu-label", "Syria");
        keys.tabTo(id(":arrivalType")).press("ArrowDown");
        page.waitForSelector(id(":previousMunicipality"));
        keys.press("ArrowUp");
        page.waitForSelector(
                id(":previousCountry_input"),
                new Page.WaitForSelectorOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertEquals("SY", page.locator(id(":previousCountry_input")).inputValue(), "the country chosen is kept");
        keys.type(id(":district"), "Harb")
                .type(id(":intendedMonths"), "36")
                .type(id(":address"), "12 rue de la Paix")
                .press("Enter");
        stepShown(keys, page, 4, "Languages and needs");

        // 4 languages and needs, each member their own: the child's school need is hers
        keys.tick(id("speakers:0:languages_focus"), "Arabic").tick(id("speakers:0:languages_focus"), "French");
        keys.check(need(0, 0)).type(note(0, 0), "Flat for four").check(need(1, 3));
        keys.tick(id("speakers:2:languages_focus"), "French");
        keys.check(need(2, 2))
                .type(note(2, 2), "School enrolment")
                .check(need(3, 8))
                .press("Enter");
        stepShown(keys, page, 5, "Consent");

        // 5 consent: nothing ticked in advance
        assertFalse(page.locator("input[value='REGISTRATION']").isChecked(), "consent is not pre-ticked");
        keys.tabTo("input[value='REGISTRATION']").press("Space").press("Enter");
        stepShown(keys, page, 6, "Review");

        // 6 review: every member's own details, numbers isolated
        String review = page.locator("#reviewMembers").textContent();
        for (String typed : List.of(
                "كريم",
                "Karim",
                "ليلى",
                "Layla",
                "يارا",
                "Yara",
                "آدم",
                "Adam",
                "N0912345",
                "+33 6 12 34 56 78",
                "+33 6 98 76 54 32",
                "BC-2015-778",
                "21/09/2015",
                "School enrolment")) {
            assertTrue(review.contains(typed), typed + " is shown for review: " + review);
        }
        assertEquals(4, page.locator("#reviewMembers > li").count());
        assertTrue(page.locator("#reviewMembers > li").nth(2).textContent().contains("Education"), "Yara's need");
        assertFalse(page.locator("#reviewMembers > li").nth(0).textContent().contains("Education"), "not her father's");
        if (page.locator("[id='wizardForm:duplicates']").count() > 0) {
            keys.tabTo(id(":confirmedNew")).press("Space");
        }
        keys.tabTo(id(":registerButton")).press("Enter");
        Browser.loaded(page, "#person-name");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "Registering a family of four by keyboard: %.1f s, %d key presses (each character typed counts one)%n",
                seconds, keys.presses());

        // the records: each member with their own details and needs
        String first = page.url().replaceAll(".*id=([0-9a-f-]+).*", "$1");
        JsonObject karim = person(first);
        JsonObject household = Api.object(desk.get("/households/" + karim.getString("householdId")));
        Map<String, JsonObject> members = household.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> person(m.getString("personId")))
                .collect(Collectors.toMap(p -> p.getString("givenNamesLatin"), p -> p));
        assertEquals(Set.of("Karim", "Layla", "Yara", "Adam"), members.keySet());

        JsonObject layla = members.get("Layla");
        assertEquals("ليلى", layla.getString("givenNames"));
        assertEquals(family, layla.getString("familyNamesLatin"));
        assertEquals("F", layla.getString("sex"));
        assertEquals("1988-07-02", layla.getString("birthDate"));
        assertEquals(Set.of("SY"), strings(layla, "citizenships"));
        assertEquals(Set.of("ar", "fr"), strings(layla, "languages"), "the first member's, left empty");
        assertEquals("+33 6 98 76 54 32", layla.getString("phone"));
        assertEquals("12 rue de la Paix", layla.getString("address"));
        assertEquals("SPOUSE_OR_PARTNER", layla.getString("householdRole"));
        assertEquals(
                "N0954321", layla.getJsonArray("documents").getJsonObject(0).getString("number"));
        assertEquals(Set.of("EMPLOYMENT"), needs(layla));

        JsonObject yara = members.get("Yara");
        assertEquals("2015-09-21", yara.getString("birthDate"));
        assertEquals(Set.of("fr"), strings(yara, "languages"), "her own");
        assertEquals("CHILD", yara.getString("householdRole"));
        assertEquals(Set.of("EDUCATION"), needs(yara));
        assertTrue(yara.toString().contains("School enrolment"), yara.toString());
        assertEquals(
                "BIRTH_CERTIFICATE",
                yara.getJsonArray("documents").getJsonObject(0).getString("type"));

        assertEquals(Set.of("CHILD_CARE"), needs(members.get("Adam")));
        assertEquals("2019-01-05", members.get("Adam").getString("birthDate"));
        assertEquals(Set.of("HOUSING"), needs(karim), "the father keeps his own need only");
        assertEquals("1984-03-14", karim.getString("birthDate"));
        assertEquals("SY", karim.getString("countryOfBirth"));
        assertEquals("SY", karim.getJsonArray("documents").getJsonObject(0).getString("issuingCountry"));
    }

    @Test
    void anImpossibleBirthDateIsRefusedOnItsOwnStepNamingTheMember() {
        Page page = browser.signedIn("clerk", APP + "/desk/register.xhtml");
        Browser.loaded(page, id(":person:givenNames"));
        page.fill(id(":person:givenNames"), "Omar");
        page.fill(id(":person:familyNamesLatin"), "Badri" + UniqueNames.letters(4));
        page.selectOption(id(":person:sex"), "M");
        page.fill(id(":person:birth:birthYear"), "2031");
        next(page);
        refused(page, "Date of birth (member 1)", id(":person:birth:birthYear"));
        assertEquals("Omar", page.locator(id(":person:givenNames")).inputValue(), "the typing is still there");

        page.fill(id(":person:birth:birthYear"), "1979");
        addSecondMan(page, "Sami");
        page.fill(member(1, "givenNamesLatin"), "Sami");
        page.fill(member(1, "phone"), "+33 7 00 00 00 01");
        for (String[] date : List.of(
                new String[] {"1990", "2", "45", "birthDay"},
                new String[] {"1990", "13", "", "birthMonth"},
                new String[] {"1990", "2", "31", "birthDay"},
                new String[] {"2031", "", "", "birthYear"})) {
            page.fill(member(1, "birth:birthYear"), date[0]);
            page.fill(member(1, "birth:birthMonth"), date[1]);
            page.fill(member(1, "birth:birthDay"), date[2]);
            next(page);
            refused(page, "Date of birth (member 2)", member(1, "birth:" + date[3]));
            assertTrue(page.locator(id(":addMember")).isVisible(), "still on the household step");
            assertEquals("Sami", page.locator(member(1, "givenNames")).inputValue());
            assertEquals("+33 7 00 00 00 01", page.locator(member(1, "phone")).inputValue());
        }
        page.fill(member(1, "birth:birthYear"), "2012");
        page.fill(member(1, "birth:birthMonth"), "2");
        page.fill(member(1, "birth:birthDay"), "29");
        next(page);
        Browser.loaded(page, id(":district"));
    }

    @Test
    void inArabicThePhoneAndTheAddressKeepTheirOrder() {
        Page page = browser.newPage("ar");
        page.navigate(APP + "/desk/register.xhtml");
        Browser.signInAtKeycloak(page, "clerk");
        Browser.loaded(page, id(":person:givenNames"));
        assertEquals("rtl", page.locator("html").getAttribute("dir"));
        page.fill(id(":person:givenNames"), "رانيا");
        page.fill(id(":person:familyNamesLatin"), "Nasser" + UniqueNames.letters(5));
        page.selectOption(id(":person:sex"), "F");
        page.fill(id(":person:phone"), "+33 6 12 34 56 78");
        assertEquals("ltr", page.locator(id(":person:phone")).getAttribute("dir"));
        addSecondMan(page, "سامي");
        next(page);
        Browser.loaded(page, id(":district"));
        SearchableLists.choose(page, ":previousCountry", "SY");
        page.selectOption(id(":district"), "2");
        page.fill(id(":address"), "12 rue de la Paix");
        next(page);
        Browser.loaded(page, id("speakers:0:languages"));
        next(page);
        Browser.loaded(page, "input[value='REGISTRATION']");
        page.check("input[value='REGISTRATION']");
        next(page);
        Browser.loaded(page, "#reviewMembers");

        // the phone reads +33 … 78 from left to right, inside the right-to-left page
        assertTrue(leftOf(page, ".review-phone", 0, 1, 15, 17), "'+' is left of '78'");
        // the house number stays before the street, as in "12 rue de la Paix"
        assertTrue(leftOf(page, "#reviewAddress", 0, 2, 3, 6), "'12' is left of 'rue'");
        page.click(id(":registerButton"));
        Browser.loaded(page, "#person-name");
    }

    /** Types member {@code index}'s names in both scripts, sex (its first letter) and date of birth. */
    private static Keyboard typeMember(
            Keyboard keys, int index, String name, String latin, String sex, String year, String month, String day) {
        return keys.type(member(index, "givenNames"), name)
                .type(member(index, "givenNamesLatin"), latin)
                .type(member(index, "sex"), sex)
                .type(member(index, "birth:birthYear"), year)
                .type(member(index, "birth:birthMonth"), month)
                .type(member(index, "birth:birthDay"), day);
    }

    /** Moves on to the household step and adds a second member, a man named {@code name}. */
    private static void addSecondMan(Page page, String name) {
        next(page);
        Browser.loaded(page, id(":addMember"));
        page.click(id(":addMember"));
        page.waitForSelector(member(1, "givenNames"));
        page.fill(member(1, "givenNames"), name);
        page.selectOption(member(1, "sex"), "M");
    }

    /** Whether characters [a, b) of the element's text are drawn left of characters [c, d). */
    private static boolean leftOf(Page page, String selector, int a, int b, int c, int d) {
        return (Boolean) page.evaluate("""
                ([selector, a, b, c, d]) => {
                    const text = document.querySelector(selector).firstChild;
                    const box = (from, to) => {
                        const range = document.createRange();
                        range.setStart(text, from);
                        range.setEnd(text, to);
                        return range.getBoundingClientRect();
                    };
                    return box(a, b).right <= box(c, d).left;
                }
                """, List.of(selector, a, b, c, d));
    }

    private static void stepShown(Keyboard keys, Page page, int number, String title) {
        keys.focusLandsOn(".step-heading[data-step='" + number + "']");
        String heading = page.locator(".step-heading").textContent().strip();
        assertEquals("Step " + number + " of 6: " + title, heading);
        page.waitForFunction("t => document.getElementById('stepStatus').textContent === t", heading);
        assertEquals(
                "step", page.locator(".ui-wizard-step-title").nth(number - 1).getAttribute("aria-current"));
    }

    private static void refused(Page page, String named, String field) {
        Browser.loaded(page, ".ui-messages-error");
        String shown = page.locator(".ui-messages-error").textContent();
        assertTrue(shown.contains(named), shown);
        assertEquals(
                1, shown.split(java.util.regex.Pattern.quote("Date of birth"), -1).length - 1, "named once: " + shown);
        assertEquals("true", page.locator(field).getAttribute("aria-invalid"), field + " is marked invalid");
    }

    private static JsonObject person(String id) {
        try {
            var response = desk.get("/persons/" + id);
            assertEquals(200, response.statusCode(), response.body());
            return Api.object(response);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> strings(JsonObject person, String field) {
        return person.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static Set<String> needs(JsonObject person) {
        return person.getJsonArray("needsAssessments").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("needs").getValuesAs(JsonObject.class).stream())
                .map(n -> n.getString("category"))
                .collect(Collectors.toSet());
    }

    /** Next, waiting for the wizard's answer (the step's content replaced), not only the click. */
    private static void next(Page page) {
        page.evaluate("() => { const stale = document.createElement('i'); stale.id = 'stale-step';"
                + " document.querySelector('.ui-wizard-content').appendChild(stale); }");
        page.click(".ui-wizard-nav-next");
        page.waitForFunction("() => !document.getElementById('stale-step')");
        page.waitForLoadState();
    }
}
