package org.welcomedesk.national.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Each city's submission status per period: what it sent last (received, or revised), a
 * refusal when nothing was stored, or late when nothing came before the deadline.
 */
public final class Submissions {

    /** A city's status for a period. */
    public enum Status {
        /** The period's first release is stored. */
        RECEIVED,
        /** A revision replaced an earlier release. */
        REVISED,
        /** Nothing stored: the city's last attempt was refused. */
        REFUSED,
        /** Nothing stored or tried, and the period's deadline has passed. */
        LATE
    }

    /**
     * One city and period.
     *
     * @param late      the deadline passed before anything was stored
     * @param findings  the codes of the last refusal, if the last attempt was refused (also after a stored release)
     */
    public record Submission(
            String city,
            String period,
            Status status,
            Optional<Integer> revision,
            Optional<Instant> at,
            Optional<String> releaseId,
            boolean late,
            List<String> findings) {}

    private Submissions() {}

    /**
     * @param stored    the newest stored release of every city and period
     * @param refusals  every refused attempt
     * @param expected  the cities expected to send (besides those that did)
     * @param deadline  when each period's release is due
     * @param today     the hub's date
     */
    public static List<Submission> of(
            Collection<Receipt> stored,
            Collection<RefusedAttempt> refusals,
            Set<String> expected,
            Deadline deadline,
            LocalDate today) {
        Map<String, Receipt> storedByCell = new HashMap<>();
        stored.forEach(r -> storedByCell.put(r.city() + "|" + r.period(), r));
        Map<String, RefusedAttempt> lastRefusal = new HashMap<>();
        refusals.stream()
                .filter(r -> r.period() != null)
                .sorted(Comparator.comparing(RefusedAttempt::at))
                .forEach(r -> lastRefusal.put(r.city() + "|" + r.period(), r));

        Set<String> cities = new TreeSet<>(expected);
        Set<String> periods = new TreeSet<>();
        stored.forEach(r -> {
            cities.add(r.city());
            periods.add(r.period());
        });
        refusals.stream().filter(r -> r.period() != null).forEach(r -> {
            cities.add(r.city());
            periods.add(r.period());
        });
        periods.addAll(dueYears(periods, deadline, today));

        List<Submission> all = new ArrayList<>();
        for (String period : periods) {
            boolean overdue = deadline.passed(period, today);
            for (String city : cities) {
                Receipt receipt = storedByCell.get(city + "|" + period);
                RefusedAttempt refusal = lastRefusal.get(city + "|" + period);
                List<String> findings =
                        refusal != null && (receipt == null || refusal.at().isAfter(receipt.receivedAt()))
                                ? refusal.codes()
                                : List.of();
                if (receipt != null) {
                    boolean late = deadline.passed(
                            period, receipt.receivedAt().atZone(ZoneOffset.UTC).toLocalDate());
                    all.add(new Submission(
                            city,
                            period,
                            Status.valueOf(receipt.status()),
                            Optional.of(receipt.revision()),
                            Optional.of(receipt.receivedAt()),
                            Optional.of(receipt.releaseId()),
                            late,
                            findings));
                } else if (refusal != null) {
                    all.add(new Submission(
                            city,
                            period,
                            Status.REFUSED,
                            Optional.empty(),
                            Optional.of(refusal.at()),
                            Optional.of(refusal.releaseId()),
                            overdue,
                            findings));
                } else if (overdue) {
                    all.add(new Submission(
                            city,
                            period,
                            Status.LATE,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            true,
                            List.of()));
                }
            }
        }
        all.sort(Comparator.comparing(Submission::period).reversed().thenComparing(Submission::city));
        return all;
    }

    /** Every year from the first one anything was sent for up to the last one already due. */
    private static List<String> dueYears(Set<String> periods, Deadline deadline, LocalDate today) {
        Optional<Integer> first =
                periods.stream().map(p -> Integer.parseInt(p.substring(0, 4))).min(Integer::compare);
        if (first.isEmpty()) {
            return List.of();
        }
        return IntStream.rangeClosed(first.get(), today.getYear())
                .mapToObj(String::valueOf)
                .filter(year -> deadline.passed(year, today))
                .toList();
    }
}
