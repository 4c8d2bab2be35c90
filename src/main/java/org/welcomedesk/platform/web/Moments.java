package org.welcomedesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Moments (instants) as pages show them: medium date and time in the viewer's language. */
@Named
@RequestScoped
public class Moments {

    public String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        var locale = PageNotices.locale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }
}
