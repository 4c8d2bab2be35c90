package org.welcomedesk.registry.registration.web;

import com.microsoft.playwright.Page;

/**
 * A clerk who uses only the keyboard: Tab and Shift+Tab to a field, typing, Enter, Space and
 * arrows. Counts the keys pressed, for the measure in docs/ux.md.
 */
final class Keyboard {

    private final Page page;
    private int presses;

    Keyboard(Page page) {
        this.page = page;
    }

    /** Tabs (forward or back, whichever way the field lies) until {@code selector} has focus. */
    Keyboard tabTo(String selector) {
        for (int i = 0; i < 120; i++) {
            Object where = page.evaluate("""
                    selector => {
                        const target = document.querySelector(selector);
                        if (!target) return 'missing';
                        const active = document.activeElement;
                        if (active === target) return 'here';
                        if (!active || active === document.body) return 'forward';
                        return active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING ? 'back' : 'forward';
                    }
                    """, selector);
            if ("here".equals(where)) {
                return this;
            }
            if ("missing".equals(where)) {
                throw new AssertionError("no " + selector + " on the page: " + page.url());
            }
            press("back".equals(where) ? "Shift+Tab" : "Tab");
        }
        throw new AssertionError("Tab never reached " + selector + "; focus is on " + focused());
    }

    /** Types {@code text} into the field {@code selector}, reached by Tab. */
    Keyboard type(String selector, String text) {
        tabTo(selector);
        page.keyboard().type(text);
        presses += text.length();
        return this;
    }

    /** Ticks (or unticks) the checkbox {@code selector}, reached by Tab, with Space. */
    Keyboard check(String selector) {
        return tabTo(selector).press("Space");
    }

    Keyboard press(String key) {
        page.keyboard().press(key);
        presses++;
        return this;
    }

    /** Waits until focus is on an element matching {@code selector} (set by the page's script). */
    Keyboard focusLandsOn(String selector) {
        page.waitForFunction("s => document.activeElement && document.activeElement.matches(s)", selector);
        return this;
    }

    /**
     * Ticks {@code label} in a searchable multi-select: Enter opens it with its search field
     * focused, the text filters, ArrowDown goes to the first match, Space ticks it, Escape closes.
     */
    Keyboard tick(String focusSelector, String label) {
        // a list still closing (its animation) ignores Enter, as it would for a person
        page.waitForFunction("() => [...document.querySelectorAll('.ui-selectcheckboxmenu-panel')]"
                + ".every(p => getComputedStyle(p).display === 'none')");
        tabTo(focusSelector);
        press("Enter");
        focusLandsOn(".ui-selectcheckboxmenu-filter-container input");
        press("Control+A");
        page.keyboard().type(label);
        presses += label.length();
        page.waitForFunction(
                "text => [...document.querySelectorAll('.ui-selectcheckboxmenu-panel .ui-selectcheckboxmenu-item')]"
                        + ".filter(i => i.offsetParent !== null).every(i => i.textContent.toLowerCase().includes(text.toLowerCase()))",
                label);
        press("ArrowDown");
        press("Space");
        press("Escape");
        focusLandsOn(focusSelector);
        return this;
    }

    String focused() {
        return String.valueOf(
                page.evaluate(
                        "() => document.activeElement && (document.activeElement.id || document.activeElement.outerHTML.slice(0, 80))"));
    }

    int presses() {
        return presses;
    }
}
