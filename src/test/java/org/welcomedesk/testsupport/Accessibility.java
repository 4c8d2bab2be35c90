package org.welcomedesk.testsupport;

import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core run inside a Playwright page against WCAG 2.0, 2.1 and 2.2, levels A and AA. Only
 * violations of impact serious or critical are returned: those block a screen-reader or
 * keyboard user; minor and moderate ones are left to review by hand so the browser tests stay
 * stable. The script is the one Deque ships in its Java binding's jar (axe.min.js, test
 * classpath); we inject it ourselves so the runner stays on our own Playwright version.
 */
public final class Accessibility {

    /** The WCAG tags axe knows for conformance levels A and AA (best practices are left out). */
    private static final List<String> WCAG_A_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static volatile String script;

    private Accessibility() {}

    /** One axe rule broken on a page, with the elements that break it. */
    public record Violation(String page, String rule, String impact, String help, String helpUrl, List<Node> nodes) {

        @Override
        public String toString() {
            return page + " | " + rule + " (" + impact + "): " + help + " | " + helpUrl
                    + nodes.stream().map(n -> "\n      " + n).collect(Collectors.joining());
        }
    }

    /** One element that breaks a rule: its CSS selector, its HTML and what axe says to fix. */
    public record Node(String selector, String html, String failure) {

        @Override
        public String toString() {
            return selector + "  " + html
                    + (failure.isBlank() ? "" : "\n        " + failure.replace("\n", "\n        "));
        }
    }

    /**
     * Runs axe on what {@code page} shows now and returns the serious and critical violations;
     * {@code name} labels them in a failure message (e.g. "wizard step 2, ar, 390px").
     */
    public static List<Violation> violations(Page page, String name) {
        // colours are measured as shown: a button fading out or a hover transition reads as low contrast
        page.waitForFunction("() => document.getAnimations().length === 0"
                + " && (!window.jQuery || window.jQuery(':animated').length === 0)");
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript()));
        }
        String json = (String) page.evaluate(
                "async tags => JSON.stringify((await axe.run(document,"
                        + " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})).violations)",
                WCAG_A_AA);
        JsonArray found = Json.createReader(new StringReader(json)).readArray();
        return found.getValuesAs(JsonObject.class).stream()
                .filter(v -> BLOCKING.contains(v.getString("impact", "")))
                .map(v -> new Violation(
                        name,
                        v.getString("id"),
                        v.getString("impact"),
                        v.getString("help", ""),
                        v.getString("helpUrl", ""),
                        v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                                .map(Accessibility::node)
                                .toList()))
                .toList();
    }

    /**
     * A readable failure message for {@code violations}: one block per rule and set of elements,
     * naming every page where they were found (the template's faults show on every page).
     */
    public static String report(List<Violation> violations) {
        Map<String, List<Violation>> alike = violations.stream()
                .collect(Collectors.groupingBy(
                        v -> v.rule() + v.nodes().stream().map(Node::selector).toList(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return violations.size() + " serious or critical accessibility violation(s); per rule: pages | rule (impact):"
                + " help | url, then each element's selector, HTML and what to fix:\n  "
                + alike.values().stream()
                        .map(same -> {
                            Violation first = same.get(0);
                            String pages = same.stream().map(Violation::page).collect(Collectors.joining("; "));
                            return pages
                                    + first.toString().substring(first.page().length());
                        })
                        .collect(Collectors.joining("\n  "));
    }

    private static Node node(JsonObject node) {
        String selector =
                node.getJsonArray("target").stream().map(Accessibility::text).collect(Collectors.joining(" >> "));
        return new Node(selector, node.getString("html", ""), node.getString("failureSummary", ""));
    }

    // a target is a string, or an array of strings when the element sits in a shadow root or frame
    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String axeScript() {
        if (script == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath"
                            + " (test dependency com.deque.html.axe-core:playwright)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
