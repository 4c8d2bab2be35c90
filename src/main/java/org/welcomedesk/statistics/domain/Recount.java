package org.welcomedesk.statistics.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The definitions of the city's migration counts, applied to residence events one by one: the
 * reference every faster way of counting (the aggregate store) must agree with.
 * <ul>
 *   <li>a person counts at most once per flow type and period: their earliest event of that
 *       flow type in the period is counted, with its codes (district, age...) and its record
 *       key, and their later ones in the period are not. So every table, whatever it breaks
 *       down by, counts the same events, a cell is a sum over counted events (what an
 *       aggregate store can keep), and no cell depends on the order events were recorded
 *       in;</li>
 *   <li>a move within the city counts as MOVE_OUT of the district left and MOVE_IN of the
 *       district entered, and never for the city as a whole;</li>
 *   <li>ages are published in five-year groups; every dimension a table does not break down
 *       by or filter is at TOTAL.</li>
 * </ul>
 */
public final class Recount {

    /** The code of a dimension summed over. */
    public static final String TOTAL = "TOTAL";

    private Recount() {}

    /** Where a cell lies: its period and one code for each dimension. */
    public record Coordinates(Period period, Map<Dimension, String> codes) implements Comparable<Coordinates> {
        public Coordinates {
            codes = Map.copyOf(codes);
        }

        public String code(Dimension dimension) {
            return codes.get(dimension);
        }

        @Override
        public int compareTo(Coordinates other) {
            int byPeriod = period.compareTo(other.period);
            if (byPeriod != 0) {
                return byPeriod;
            }
            for (Dimension dimension : Dimension.values()) {
                int byCode = codes.get(dimension).compareTo(other.codes.get(dimension));
                if (byCode != 0) {
                    return byCode;
                }
            }
            return 0;
        }
    }

    /** A counted cell: its key (records and their sum) and whether any record in it is provisional. */
    public record Cell(CellKey key, ObservationStatus status) {}

    /** Counts the events into the table's cells; cells nobody falls in are absent. */
    public static Map<Coordinates, Cell> count(TableDefinition table, Iterable<StatisticalEvent> events) {
        Map<Coordinates, Cell> cells = new TreeMap<>();
        for (Period period : table.periods()) {
            for (StatisticalEvent event : countedIn(period, events)) {
                for (Map.Entry<String, String> place : placesOf(event).entrySet()) {
                    Map<Dimension, String> codes = codesOf(table, event, place.getKey(), place.getValue());
                    if (codes != null) {
                        cells.merge(
                                new Coordinates(period, codes),
                                new Cell(CellKey.empty().plus(event.key()), event.status()),
                                (a, b) -> new Cell(
                                        a.key().plus(b.key()), a.status().and(b.status())));
                    }
                }
            }
        }
        return cells;
    }

    /** The events counted in a period: each person's earliest of each flow type there. */
    public static java.util.Collection<StatisticalEvent> countedIn(Period period, Iterable<StatisticalEvent> events) {
        Map<String, StatisticalEvent> first = new HashMap<>();
        for (StatisticalEvent event : events) {
            if (period.contains(event.eventDate())) {
                first.merge(event.unit() + '\u0000' + event.flow(), event, Recount::earlier);
            }
        }
        return first.values();
    }

    /** The event that stands for a person: the earliest, ties broken by key. */
    private static StatisticalEvent earlier(StatisticalEvent a, StatisticalEvent b) {
        int byDate = a.eventDate().compareTo(b.eventDate());
        if (byDate != 0) {
            return byDate < 0 ? a : b;
        }
        return a.key().value() <= b.key().value() ? a : b;
    }

    /**
     * The flow codes an event counts under, each with its district (null: the city only). A
     * move within the city counts in two districts and not for the city.
     */
    private static Map<String, String> placesOf(StatisticalEvent event) {
        Map<String, String> places = new LinkedHashMap<>();
        if (StatisticalEvent.MOVE_INTRA.equals(event.flow())) {
            places.put(StatisticalEvent.MOVE_IN, event.district());
            places.put(StatisticalEvent.MOVE_OUT, event.previousDistrict());
        } else {
            places.put(event.flow(), event.district());
        }
        return places;
    }

    /** The event's cell codes in this table, or null when a filter leaves it out. */
    private static Map<Dimension, String> codesOf(
            TableDefinition table, StatisticalEvent event, String flow, String district) {
        boolean moveWithinCity = StatisticalEvent.MOVE_IN.equals(flow) || StatisticalEvent.MOVE_OUT.equals(flow);
        Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            String code;
            if (table.breakdowns().contains(dimension) || table.filters().containsKey(dimension)) {
                code = valueOf(event, dimension, flow, district);
                if (code == null) {
                    return null;
                }
                String filter = table.filters().get(dimension);
                if (filter != null && !filter.equals(code)) {
                    return null;
                }
            } else {
                code = TOTAL;
            }
            codes.put(dimension, code);
        }
        if (moveWithinCity && TOTAL.equals(codes.get(Dimension.DISTRICT))) {
            return null; // moves within the city net to zero for the city and are not migration
        }
        return codes;
    }

    private static String valueOf(StatisticalEvent event, Dimension dimension, String flow, String district) {
        return switch (dimension) {
            case FLOW -> flow;
            case DISTRICT -> orUnknown(district);
            case SEX -> orUnknown(event.sex());
            case AGE -> ageCode(event.age());
            case CITIZEN -> orUnknown(event.citizenship());
            case C_BIRTH -> orUnknown(event.birthCountry());
            case PARTNER -> orUnknown(event.partner());
        };
    }

    /** The published age group of completed years; UNK when the birth date is unknown (negative). */
    public static String ageCode(int completedYears) {
        return completedYears < 0 ? "UNK" : AgeGroup.of(completedYears).code();
    }

    /** Where a population cell lies: its reference date and one code for each population dimension. */
    public record Stock(LocalDate date, Map<Dimension, String> codes) implements Comparable<Stock> {
        public Stock {
            codes = Map.copyOf(codes);
        }

        public String code(Dimension dimension) {
            return codes.get(dimension);
        }

        @Override
        public int compareTo(Stock other) {
            int byDate = date.compareTo(other.date);
            if (byDate != 0) {
                return byDate;
            }
            for (Dimension dimension : PopulationDefinition.DIMENSIONS) {
                int byCode = codes.get(dimension).compareTo(other.codes.get(dimension));
                if (byCode != 0) {
                    return byCode;
                }
            }
            return 0;
        }
    }

    /**
     * Counts the resident population on each date of the table: every person whose span covers
     * the date, once, in the span's district, at their age on that date.
     */
    public static Map<Stock, Cell> population(PopulationDefinition table, Iterable<ResidenceSpan> spans) {
        Map<Stock, Cell> cells = new TreeMap<>();
        for (LocalDate date : table.dates()) {
            for (ResidenceSpan span : spans) {
                if (!span.covers(date)) {
                    continue;
                }
                Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
                boolean kept = true;
                for (Dimension dimension : PopulationDefinition.DIMENSIONS) {
                    String code = TOTAL;
                    if (table.breakdowns().contains(dimension)
                            || table.filters().containsKey(dimension)) {
                        code = switch (dimension) {
                            case DISTRICT -> orUnknown(span.district());
                            case SEX -> orUnknown(span.sex());
                            case AGE -> ageCode(span.ageOn(date));
                            case CITIZEN -> orUnknown(span.citizenship());
                            case C_BIRTH -> orUnknown(span.birthCountry());
                            default -> throw new IllegalStateException("not a population dimension: " + dimension);
                        };
                        String filter = table.filters().get(dimension);
                        kept &= filter == null || filter.equals(code);
                    }
                    codes.put(dimension, code);
                }
                if (kept) {
                    cells.merge(
                            new Stock(date, codes),
                            new Cell(CellKey.empty().plus(span.key()), span.status()),
                            (a, b) -> new Cell(a.key().plus(b.key()), a.status().and(b.status())));
                }
            }
        }
        return cells;
    }

    private static String orUnknown(String code) {
        return code == null || code.isBlank() ? "UNK" : code;
    }

    /** The codes of a cell, for callers that build coordinates to look one up. */
    public static Coordinates at(Period period, Map<Dimension, String> codes) {
        Map<Dimension, String> all = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            all.put(dimension, codes.getOrDefault(dimension, TOTAL));
        }
        return new Coordinates(period, all);
    }
}
