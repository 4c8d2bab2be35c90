package org.welcomedesk.rollup.application;

import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.platform.i18n.Messages;

import java.util.Locale;

/**
 * A finding in the reader's language: from its message key; a code the city has no text for
 * keeps the hub's own words.
 */
public final class FindingTexts {

    private FindingTexts() {
    }

    public static String text(Locale locale, Finding finding) {
        String key = finding.messageKey() == null ? "rollup.finding." + finding.code() : finding.messageKey();
        String text = Messages.text(locale, key, finding.arguments().toArray());
        if (!text.equals(key)) {
            return text;
        }
        String hubWords = finding.arguments().size() > 1 ? finding.arguments().get(1) : "";
        return Messages.text(locale, "rollup.finding.other", finding.code(),
                hubWords.isBlank() ? finding.code() : hubWords);
    }
}
