package org.welcomedesk.testsupport;

import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Accessibility.Node;
import org.welcomedesk.testsupport.Accessibility.Violation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failure message a browser test shows: page, rule, impact, help URL, then each element. */
class AccessibilityTest {

    private static final Node SWITCHER_ITEM = new Node(
            "ul[role=\"group\"] > li:nth-child(1)",
            "<li><input type=\"submit\" value=\"English\"></li>",
            "Fix any of the following:\n  List item parent element has a role that is not role=\"list\"");

    @Test
    void oneFaultOnSeveralPagesIsReportedOnceNamingEveryPage() {
        String report = Accessibility.report(List.of(
                violation("desk search, en-GB, 1280px", SWITCHER_ITEM), violation("person, ar, 390px", SWITCHER_ITEM)));

        assertTrue(report.startsWith("2 serious or critical accessibility violation(s)"), report);
        String block =
                report.lines().filter(l -> l.contains("| listitem")).findFirst().orElseThrow();
        assertEquals(
                "  desk search, en-GB, 1280px; person, ar, 390px | listitem (serious): <li> elements must be contained"
                        + " in a <ul> or <ol> | https://dequeuniversity.com/rules/axe/4.11/listitem",
                block);
        assertTrue(report.contains("ul[role=\"group\"] > li:nth-child(1)  <li><input"), report);
        assertTrue(report.contains("List item parent element has a role"), report);
        assertEquals(1, report.lines().filter(l -> l.contains("| listitem")).count(), report);
    }

    @Test
    void differentElementsBreakingOneRuleAreReportedApart() {
        Node other = new Node("#wizardForm\\:wizard_next", "<span>Next</span>", "");
        String report = Accessibility.report(
                List.of(violation("wizard, en-GB, 1280px", SWITCHER_ITEM), violation("wizard, ar, 1280px", other)));

        assertEquals(2, report.lines().filter(l -> l.contains("| listitem")).count(), report);
        assertTrue(report.contains("#wizardForm\\:wizard_next  <span>Next</span>"), report);
    }

    private static Violation violation(String page, Node node) {
        return new Violation(
                page,
                "listitem",
                "serious",
                "<li> elements must be contained in a <ul> or <ol>",
                "https://dequeuniversity.com/rules/axe/4.11/listitem",
                List.of(node));
    }
}
