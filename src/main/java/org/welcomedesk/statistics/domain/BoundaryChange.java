package org.welcomedesk.statistics.domain;

import org.welcomedesk.platform.referencedata.domain.District;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A change of the city's district boundaries: the districts that ended on a date and those that
 * began on it (Eastfield, D11, split into D10 and D12 on 2025-01-01). Their areas overlap, so
 * counts of one side and of the other for the same days differ by a few people at the edges.
 *
 * @param date   the first day of the new districts
 * @param ended  codes of the districts that ended the day before
 * @param begun  codes of the districts that began on the date
 */
public record BoundaryChange(LocalDate date, Set<String> ended, Set<String> begun) {

    public BoundaryChange {
        ended = Set.copyOf(ended);
        begun = Set.copyOf(begun);
    }

    /**
     * The boundary changes in a city's district history: a date on which some districts end and
     * others begin. A district that merely closes or opens with nothing on the other side is none.
     */
    public static List<BoundaryChange> in(List<District> history) {
        Map<LocalDate, Set<String>> ending = new TreeMap<>();
        history.stream()
                .filter(d -> d.getValidTo() != null)
                .forEach(d -> ending.computeIfAbsent(d.getValidTo(), k -> new TreeSet<>())
                        .add(d.getCode()));
        List<BoundaryChange> changes = new ArrayList<>();
        ending.forEach((date, ended) -> {
            Set<String> begun = history.stream()
                    .filter(d -> d.getValidFrom().equals(date))
                    .map(District::getCode)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!begun.isEmpty()) {
                changes.add(new BoundaryChange(date, ended, begun));
            }
        });
        return changes;
    }

    /** Whether areas include any district on either side. */
    public boolean touches(Set<String> areas) {
        return areas.stream().anyMatch(a -> ended.contains(a) || begun.contains(a));
    }

    /** Whether areas include districts on both sides. */
    public boolean bothSidesIn(Set<String> areas) {
        return areas.stream().anyMatch(ended::contains) && areas.stream().anyMatch(begun::contains);
    }

    /** Whether one set of areas has a district of one side and the other of the other side. */
    public boolean across(Set<String> one, Set<String> other) {
        return one.stream().anyMatch(ended::contains) && other.stream().anyMatch(begun::contains)
                || one.stream().anyMatch(begun::contains) && other.stream().anyMatch(ended::contains);
    }

    /** The ended districts for a reason, sorted and joined. */
    public String endedText() {
        return String.join(", ", new TreeSet<>(ended));
    }

    /** The begun districts for a reason, sorted and joined. */
    public String begunText() {
        return String.join(", ", new TreeSet<>(begun));
    }
}
