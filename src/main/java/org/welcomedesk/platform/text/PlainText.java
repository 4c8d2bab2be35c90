package org.welcomedesk.platform.text;

import org.welcomedesk.platform.error.RuleViolation;

import java.util.Optional;

/**
 * The one rule for text a person or a machine sends in: no longer than its field allows, and
 * free of control characters (C0 but tab and line breaks where the field has several lines,
 * DEL, C1) and of lone surrogates, which no name or note ever contains and which break
 * exports, logs, terminals and PDF slips. Too long is refused, never cut short.
 */
public final class PlainText {

    /** Short text on one line: names, codes, numbers, identifiers, addresses of one line. */
    public static final int SHORT = 200;
    /** Notes and descriptions, on several lines. */
    public static final int LONG = 2000;

    /** Message key: the text is longer than {0} characters. */
    public static final String TOO_LONG = "validation.text.tooLong";
    /** Message key: the text holds a control character or a broken character. */
    public static final String CONTROL = "validation.text.control";

    private PlainText() {}

    /** What is wrong with {@code value} (a message key, its argument being the limit), if anything. */
    public static Optional<String> fault(String value, int maxLength, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(TOO_LONG);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c, multiLine)) {
                return Optional.of(CONTROL);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of(CONTROL);
                }
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(CONTROL);
            }
        }
        return Optional.empty();
    }

    /** Refuses {@code value} for {@code field} when it breaks the rule. */
    public static void check(String field, String value, int maxLength, boolean multiLine) {
        fault(value, maxLength, multiLine).ifPresent(key -> {
            throw new RuleViolation(field, key, maxLength);
        });
    }

    /** Refuses short, one-line text that breaks the rule. */
    public static void check(String field, String value) {
        check(field, value, SHORT, false);
    }

    private static boolean isControl(char c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !multiLine;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
