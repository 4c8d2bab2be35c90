package org.welcomedesk.services.domain;

import org.welcomedesk.platform.error.RuleViolation;

/** The directory's one rule for free text: trimmed, blank means absent, bounded length. */
final class Text {

    private Text() {}

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new RuleViolation(field, "validation.tooLong");
        }
        return text;
    }

    static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new RuleViolation(field, "validation.required");
        }
        return text;
    }
}
