package org.welcomedesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.welcomedesk.platform.i18n.DayFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Days and moments as pages show them, in the viewer's language: a day in its one pattern
 * ({@link DayFormat}, as the date fields read it), a moment as that day and the time.
 */
@Named
@RequestScoped
public class Moments {

    public String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        var locale = PageNotices.locale();
        var local = instant.atZone(ZoneId.systemDefault());
        return DayFormat.format(local.toLocalDate(), locale) + " " + TIME.format(local);
    }

    /** A day, such as a date of birth or an event's date: {@code #{moments.day(e.eventDate)}}. */
    public String day(LocalDate day) {
        return DayFormat.format(day, PageNotices.locale());
    }

    /** How a date field wants to be written in the viewer's language (jj/mm/aaaa), for placeholders. */
    public String dayHint() {
        return DayFormat.hint(PageNotices.locale());
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
}
