package org.welcomedesk.platform.input;

import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one way a date or a time is read from what a request says (a JSON field, a query
 * parameter, a form field, an uploaded document): ISO 8601, read strictly, so an impossible
 * date such as 2025-02-30 or 2025-13-01 is refused naming the field instead of failing later
 * as a server error or, read leniently, becoming another day. API resources, Faces converters
 * and document imports all use it, which is why it lives outside the api and web packages.
 */
public final class DateText {

    /** Four-digit years only, as people write them and both databases store them. */
    static final int MAX_YEAR = 9999;

    private DateText() {}

    /**
     * An ISO date (2025-03-31), or null when {@code text} is absent or blank.
     *
     * @throws RuleViolation naming {@code field}, with message validation.isoDate
     */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: no 30 February, no month 13
            LocalDate date = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
            if (date.getYear() < 1 || date.getYear() > MAX_YEAR) {
                // +50000-01-01 is ISO, but no database column of ours holds it
                throw new RuleViolation(field, "validation.isoDate");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "validation.isoDate");
        }
    }

    /**
     * A time of day (09:30 or 09:30:00), or null when {@code text} is absent or blank.
     *
     * @throws RuleViolation naming {@code field}, with message validation.isoTime
     */
    public static LocalTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_TIME);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "validation.isoTime");
        }
    }
}
