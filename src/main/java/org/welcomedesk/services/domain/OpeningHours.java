package org.welcomedesk.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly opening period in HSDS schedule terms: the days (iCalendar BYDAY codes MO..SU),
 * opening and closing time.
 */
@Embeddable
public class OpeningHours {

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO",
            DayOfWeek.MONDAY,
            "TU",
            DayOfWeek.TUESDAY,
            "WE",
            DayOfWeek.WEDNESDAY,
            "TH",
            DayOfWeek.THURSDAY,
            "FR",
            DayOfWeek.FRIDAY,
            "SA",
            DayOfWeek.SATURDAY,
            "SU",
            DayOfWeek.SUNDAY);

    @Column(name = "by_day", nullable = false, length = 40)
    private String byDay;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    @Column(length = 200)
    private String description;

    protected OpeningHours() {
        // for JPA
    }

    public OpeningHours(String byDay, LocalTime opensAt, LocalTime closesAt, String description) {
        if (opensAt == null) {
            throw new RuleViolation("opensAt", "validation.required");
        }
        if (closesAt == null) {
            throw new RuleViolation("closesAt", "validation.required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolation("closesAt", "directory.hours.order");
        }
        this.byDay =
                String.join(",", daysOf(byDay).stream().map(OpeningHours::code).toList());
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.description = Text.optional("description", description, 200);
    }

    private static Set<DayOfWeek> daysOf(String byDay) {
        if (byDay == null || byDay.isBlank()) {
            throw new RuleViolation("byDay", "validation.required");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : byDay.split(",")) {
            DayOfWeek day = DAYS.get(part.strip().toUpperCase(Locale.ROOT));
            if (day == null) {
                throw new RuleViolation("byDay", "directory.hours.day", part.strip());
            }
            days.add(day);
        }
        return days;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** The days open, Monday first. */
    public List<DayOfWeek> days() {
        return new ArrayList<>(daysOf(byDay));
    }

    public boolean isOpenAt(LocalDateTime moment) {
        LocalTime time = moment.toLocalTime();
        return days().contains(moment.getDayOfWeek()) && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    public String getByDay() {
        return byDay;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours h
                && h.byDay.equals(byDay)
                && h.opensAt.equals(opensAt)
                && h.closesAt.equals(closesAt)
                && Objects.equals(h.description, description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byDay, opensAt, closesAt, description);
    }
}
