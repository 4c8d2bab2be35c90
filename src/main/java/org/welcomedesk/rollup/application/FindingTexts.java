package org.welcomedesk.rollup.application;

import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.platform.i18n.Messages;

import java.util.Locale;

/**
 * A finding in the reader's language: from its message key; a code the city has no text for
 * keeps the hub's own words.
 */
public final class FindingTexts {

    private FindingTexts() {}

    public static String text(Locale locale, Finding finding) {
        String key = finding.messageKey() == null ? byCode(finding) : finding.messageKey();
        String text = Messages.text(locale, key, finding.arguments().toArray());
        if (!text.equals(key)) {
            return text;
        }
        // a key this application has no text for: the code's own text, naming the location
        String location = finding.location() == null ? "" : finding.location();
        text = Messages.text(locale, byCode(finding), location);
        if (!text.equals(byCode(finding))) {
            return text;
        }
        String hubWords = finding.arguments().size() > 1 ? finding.arguments().get(1) : location;
        return Messages.text(locale, "rollup.finding.other", finding.code(), hubWords);
    }

    private static String byCode(Finding finding) {
        return "rollup.finding." + finding.code();
    }
}
