package org.welcomedesk.statistics.domain;

import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference period of a count, by event date: a year, a quarter or a month, written as SDMX
 * TIME_PERIOD codes (2025, 2025-Q1, 2025-03). Published tables go no finer than a quarter
 * (see {@link TableDefinition}); months exist for the aggregate store and for checks.
 *
 * @param frequency A, Q or M
 * @param year      the calendar year
 * @param part      the quarter (1-4) or month (1-12); 0 for a year
 */
public record Period(Frequency frequency, int year, int part) implements Comparable<Period> {

    /** How long a period is (SDMX FREQ). */
    public enum Frequency {
        A,
        Q,
        M
    }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public Period {
        if (frequency == null || year < 1900 || year > 2999) {
            throw new IllegalArgumentException("a period lies in a year between 1900 and 2999");
        }
        int parts = switch (frequency) {
            case A -> 0;
            case Q -> 4;
            case M -> 12;
        };
        if (parts == 0 ? part != 0 : part < 1 || part > parts) {
            throw new IllegalArgumentException("no such part of a year: " + part);
        }
    }

    public static Period year(int year) {
        return new Period(Frequency.A, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Frequency.Q, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Frequency.M, year, month);
    }

    /** The period of the given frequency an event date falls in. */
    public static Period of(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case A -> year(date.getYear());
            case Q -> quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
            case M -> month(date.getYear(), date.getMonthValue());
        };
    }

    /** Reads a TIME_PERIOD code; anything else is a problem naming the field. */
    public static Period parse(String code, String field) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            throw new RuleViolation(field, "statistics.period.invalid", String.valueOf(code));
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900) {
            throw new RuleViolation(field, "statistics.period.invalid", code);
        }
        if (m.group(2) != null) {
            return quarter(year, Integer.parseInt(m.group(2)));
        }
        return m.group(3) != null ? month(year, Integer.parseInt(m.group(3))) : year(year);
    }

    /** The first day of the period. */
    public LocalDate start() {
        return switch (frequency) {
            case A -> LocalDate.of(year, 1, 1);
            case Q -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
            case M -> LocalDate.of(year, part, 1);
        };
    }

    /** The first day after the period. */
    public LocalDate end() {
        return switch (frequency) {
            case A -> start().plusYears(1);
            case Q -> start().plusMonths(3);
            case M -> start().plusMonths(1);
        };
    }

    /** Whether an event on this date falls in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(end());
    }

    /** Whether this period lies wholly inside another (a month in its quarter and year). */
    public boolean within(Period other) {
        return !start().isBefore(other.start()) && !end().isAfter(other.end());
    }

    /** The SDMX TIME_PERIOD code. */
    public String code() {
        return switch (frequency) {
            case A -> String.valueOf(year);
            case Q -> year + "-Q" + part;
            case M -> String.format("%d-%02d", year, part);
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : other.end().compareTo(end());
    }

    @Override
    public String toString() {
        return code();
    }
}
