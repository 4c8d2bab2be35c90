package org.welcomedesk.registry.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date of birth as far as it is known: year only, year and month, or a full date, and
 * possibly estimated (many newcomers lack exact papers).
 */
@Embeddable
public class BirthDate {

    @Column(name = "birth_year")
    private Integer year;

    @Column(name = "birth_month")
    private Integer month;

    @Column(name = "birth_day")
    private Integer day;

    @Column(name = "birth_estimated", nullable = false)
    private boolean estimated;

    protected BirthDate() {
        // for JPA
    }

    public BirthDate(Integer year, Integer month, Integer day, boolean estimated) {
        if (year == null && (month != null || day != null)) {
            throw new RuleViolation("birthYear", "person.birth.yearMissing");
        }
        if (day != null && month == null) {
            throw new RuleViolation("birthMonth", "person.birth.monthMissing");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new RuleViolation("birthMonth", "person.birth.invalid");
        }
        if (year != null && (year < 1880 || year > LocalDate.now().getYear())) {
            throw new RuleViolation("birthYear", "person.birth.invalid");
        }
        if (day != null) {
            try {
                if (LocalDate.of(year, month, day).isAfter(LocalDate.now())) {
                    throw new RuleViolation("birthDay", "person.birth.future");
                }
            } catch (DateTimeException e) {
                throw new RuleViolation("birthDay", "person.birth.invalid");
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
        this.estimated = estimated;
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /** Age in completed years on {@code date}; for a partial date, the youngest possible age. */
    public Integer ageOn(LocalDate date) {
        if (year == null) {
            return null;
        }
        LocalDate latestPossible = day != null
                ? LocalDate.of(year, month, day)
                : month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
        return Math.max(0, java.time.Period.between(latestPossible, date).getYears());
    }

    /** Written as the person knows it: 1990, 1990-04 or 1990-04-17, with ~ when estimated. */
    @Override
    public String toString() {
        if (year == null) {
            return "";
        }
        String text = String.format("%04d", year)
                + (month != null ? String.format("-%02d", month) : "")
                + (day != null ? String.format("-%02d", day) : "");
        return estimated ? "~" + text : text;
    }

    public Integer getYear() {
        return year;
    }

    public Integer getMonth() {
        return month;
    }

    public Integer getDay() {
        return day;
    }

    public boolean isEstimated() {
        return estimated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BirthDate other
                && java.util.Objects.equals(year, other.year)
                && java.util.Objects.equals(month, other.month)
                && java.util.Objects.equals(day, other.day)
                && estimated == other.estimated;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(year, month, day, estimated);
    }
}
