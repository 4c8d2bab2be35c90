package org.welcomedesk.registry.registration.web;

import com.microsoft.playwright.Page;

import java.util.List;

/**
 * Choosing in the wizard's searchable lists (PrimeFaces selectOneMenu and selectCheckboxMenu)
 * for tests that are not about the keyboard: through the widget, as a click on the item would.
 */
final class SearchableLists {

    private SearchableLists() {}

    /** Chooses {@code value} (a code) in the searchable list whose id ends with {@code idEnd}. */
    static void choose(Page page, String idEnd, String value) {
        page.evaluate("""
                ([idEnd, value]) => {
                    const element = document.querySelector("[id$='" + idEnd + "'].ui-selectonemenu, [id$='" + idEnd + "'].ui-selectcheckboxmenu");
                    const widget = PrimeFaces.getWidgetById(element.id);
                    if (widget.isLoaded && !widget.isLoaded()) {
                        widget._renderPanel();
                    }
                    widget.selectValue(value);
                }
                """, List.of(idEnd, value));
    }
}
