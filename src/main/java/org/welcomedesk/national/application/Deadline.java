package org.welcomedesk.national.application;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a period's release is due at the hub: a number of days after the period ends (a
 * setting, {@code welcomedesk.national.deadline-days}).
 *
 * @param daysAfterPeriod days between the period's last day and its deadline
 */
public record Deadline(int daysAfterPeriod) {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    /** The last day a period's release is on time. */
    public LocalDate of(String period) {
        Matcher matcher = PERIOD.matcher(period);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a year or quarter: " + period);
        }
        int year = Integer.parseInt(matcher.group(1));
        LocalDate end = matcher.group(2) == null
                ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, Integer.parseInt(matcher.group(2)) * 3, 1)
                        .plusMonths(1)
                        .minusDays(1);
        return end.plusDays(daysAfterPeriod);
    }

    /** The deadline is behind {@code day}. */
    public boolean passed(String period, LocalDate day) {
        return day.isAfter(of(period));
    }
}
