package org.welcomedesk.platform.i18n;

import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.input.DateText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The one way a day is written to and read from a person at the counter: the pattern of
 * the user's language (bundle key {@code format.date}, such as 31/03/2025), never the
 * browser's, so 12/07/2026 means the same to every clerk. Reading also takes ISO
 * (2025-03-31), which is unambiguous, so pasted dates and the API's form still work.
 */
public final class DayFormat {

    private DayFormat() {}

    /** The pattern of {@code locale}'s language, such as dd/MM/uuuu. */
    public static String pattern(Locale locale) {
        return Messages.text(locale, "format.date");
    }

    /** How the pattern reads to a person (jj/mm/aaaa in French), for placeholders and messages. */
    public static String hint(Locale locale) {
        return Messages.text(locale, "format.date.hint");
    }

    /** {@code day} in {@code locale}'s pattern; empty for none. */
    public static String format(LocalDate day, Locale locale) {
        return day == null ? "" : formatter(locale).format(day);
    }

    /**
     * The day {@code text} says in {@code locale}'s pattern or in ISO, or null when blank.
     *
     * @throws RuleViolation naming {@code field}, with message validation.date
     */
    public static LocalDate parse(String text, Locale locale, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String written = text.strip();
        if (written.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            try {
                return DateText.date(written, field);
            } catch (RuleViolation notIso) {
                throw new RuleViolation(field, "validation.date", hint(locale));
            }
        }
        try {
            // one-digit days and months (1/3/2025) read too
            LocalDate day = LocalDate.parse(
                    written,
                    DateTimeFormatter.ofPattern(
                                    pattern(locale).replace("dd", "d").replace("MM", "M"), locale)
                            .withResolverStyle(ResolverStyle.STRICT));
            if (day.getYear() < 1 || day.getYear() > 9999) {
                throw new RuleViolation(field, "validation.date", hint(locale));
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "validation.date", hint(locale));
        }
    }

    private static DateTimeFormatter formatter(Locale locale) {
        // strict: 31/02/2025 is refused instead of becoming 28 February
        return DateTimeFormatter.ofPattern(pattern(locale), locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
