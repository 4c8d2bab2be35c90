package org.welcomedesk.statistics.infrastructure;

import org.welcomedesk.statistics.application.StatisticalRecords;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * What one person adds to the aggregate store: their statistical events, each marked with the
 * periods it stands for them in, and their residence spans. Replaced whole whenever their record
 * changes, so whether an event is counted depends only on the person's own events. Public for
 * the statistics benchmark, which fills a store without the application server.
 *
 * @param unit    the person's opaque id
 * @param events  their effective residence events
 * @param counted per event, {@link #IN_YEAR} and/or {@link #IN_QUARTER}: a person counts once per
 *                flow and period, by their earliest event of the flow there (as {@link
 *                org.welcomedesk.statistics.domain.Recount} counts)
 * @param spans   their usual residence
 */
public record Contributions(String unit, List<StatisticalEvent> events, int[] counted, List<ResidenceSpan> spans) {

    /** The event stands for its person in its year. */
    public static final int IN_YEAR = 1;
    /** The event stands for its person in its quarter. */
    public static final int IN_QUARTER = 2;

    /** A person with nothing to count (merged into another record, removed). */
    public static Contributions none(String unit) {
        return new Contributions(unit, List.of(), new int[0], List.of());
    }

    /** The person's contributions, with the events that stand for them marked. */
    public static Contributions of(String unit, StatisticalRecords.Of records) {
        List<StatisticalEvent> events = records.events();
        int[] counted = new int[events.size()];
        mark(events, counted, Period.Frequency.A, IN_YEAR);
        mark(events, counted, Period.Frequency.Q, IN_QUARTER);
        return new Contributions(unit, List.copyOf(events), counted, List.copyOf(records.spans()));
    }

    /**
     * Marks each flow's earliest event in each period (ties broken by key, then by order, as the
     * recount does). A person has a handful of events: comparing each with each is cheapest.
     */
    private static void mark(List<StatisticalEvent> events, int[] counted, Period.Frequency frequency, int flag) {
        for (int i = 0; i < events.size(); i++) {
            StatisticalEvent event = events.get(i);
            boolean first = true;
            for (int j = 0; j < events.size() && first; j++) {
                StatisticalEvent other = events.get(j);
                if (j != i && other.flow().equals(event.flow()) && samePeriod(frequency, event, other)) {
                    first = !(earlier(other, event) || j < i && !earlier(event, other));
                }
            }
            if (first) {
                counted[i] |= flag;
            }
        }
    }

    private static boolean samePeriod(Period.Frequency frequency, StatisticalEvent one, StatisticalEvent other) {
        LocalDate a = one.eventDate();
        LocalDate b = other.eventDate();
        return a.getYear() == b.getYear()
                && (frequency == Period.Frequency.A || (a.getMonthValue() - 1) / 3 == (b.getMonthValue() - 1) / 3);
    }

    private static boolean earlier(StatisticalEvent candidate, StatisticalEvent standing) {
        int byDate = candidate.eventDate().compareTo(standing.eventDate());
        return byDate < 0
                || byDate == 0 && candidate.key().value() < standing.key().value();
    }
}
