package org.welcomedesk.statistics.domain;

import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fixed definition of a released or downloaded table, as the ledger keeps it: what it
 * counts, its breakdowns, filters, periods (flows) or reference dates (population) and how it
 * groups countries. Its {@link #text() canonical text} is what the ledger stores and compares:
 * two definitions of the same table have the same text, whatever order filters were given in.
 *
 * @param measure    flows or population
 * @param breakdowns the dimensions of the rows, in order
 * @param filters    dimensions fixed to one code
 * @param periods    the periods of a flow table (empty for a population)
 * @param dates      the reference dates of a population (empty for flows)
 * @param countries  how countries are shown
 */
public record ReleaseDefinition(
        Measure measure,
        List<Dimension> breakdowns,
        Map<Dimension, String> filters,
        List<Period> periods,
        List<LocalDate> dates,
        CountryGrouping countries) {

    /** What a released table counts. */
    public ReleaseDefinition {
        breakdowns = List.copyOf(breakdowns);
        filters = filters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(filters));
        periods = periods.stream().sorted().distinct().toList();
        dates = dates.stream().sorted().distinct().toList();
        countries = countries == null ? CountryGrouping.ISO : countries;
        if (periods.isEmpty() && dates.isEmpty()) {
            throw new RuleViolation("periods", "statistics.table.noPeriod");
        }
    }

    /** The definition of a flow table. */
    public static ReleaseDefinition of(TableDefinition table) {
        return new ReleaseDefinition(
                Measure.FLOWS, table.breakdowns(), table.filters(), table.periods(), List.of(), table.countries());
    }

    /** The definition of a population table. */
    public static ReleaseDefinition of(PopulationDefinition table, CountryGrouping countries) {
        return new ReleaseDefinition(
                Measure.POPULATION, table.breakdowns(), table.filters(), List.of(), table.dates(), countries);
    }

    /** The flow table again, with its guards. */
    public TableDefinition flowTable() {
        return new TableDefinition(breakdowns, filters, periods, countries);
    }

    /** The population table again, with its guards. */
    public PopulationDefinition populationTable() {
        return new PopulationDefinition(breakdowns, filters, dates);
    }

    /** Whether the table shows districts (broken down by them or filtered to one). */
    public boolean byDistrict() {
        return breakdowns.contains(Dimension.DISTRICT) || filters.containsKey(Dimension.DISTRICT);
    }

    /** The days the table counts, one span per period or reference date, earliest first. */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        periods.forEach(p -> spans.add(new Span(p.start(), p.end(), p.code())));
        dates.forEach(d -> spans.add(new Span(d, d.plusDays(1), d.toString())));
        return spans;
    }

    /** From the first day counted to the first day after the last. */
    public Span extent() {
        List<Span> spans = spans();
        LocalDate from =
                spans.stream().map(Span::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = spans.stream().map(Span::to).max(LocalDate::compareTo).orElseThrow();
        return new Span(from, to, from + "/" + to);
    }

    /**
     * Whether another definition counts the same cells apart from its periods: the same
     * measure, the same breakdowns (in any order), the same filters and country grouping.
     */
    public boolean sameCellsAs(ReleaseDefinition other) {
        return measure == other.measure
                && Set.copyOf(breakdowns).equals(Set.copyOf(other.breakdowns))
                && filters.equals(other.filters)
                && countries == other.countries;
    }

    /**
     * The canonical text: {@code FLOWS;breakdowns=FLOW,DISTRICT;filters=SEX:F;periods=2024,2025;countries=ISO}.
     * Filters in dimension order, periods and dates in time order.
     */
    public String text() {
        String filterText = new TreeMap<>(filters)
                .entrySet().stream()
                        .map(e -> e.getKey().name() + ":" + e.getValue())
                        .collect(Collectors.joining(","));
        String when = measure == Measure.FLOWS
                ? "periods=" + periods.stream().map(Period::code).collect(Collectors.joining(","))
                : "dates=" + dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        return measure.name() + ";breakdowns="
                + breakdowns.stream().map(Dimension::name).collect(Collectors.joining(",")) + ";filters=" + filterText
                + ";" + when + ";countries=" + countries.name();
    }

    /** Reads a canonical text written by {@link #text()}. */
    public static ReleaseDefinition parse(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a release definition: " + text);
        }
        Measure measure = Measure.valueOf(parts[0]);
        List<Dimension> breakdowns = list(value(parts[1], "breakdowns")).stream()
                .map(Dimension::valueOf)
                .toList();
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        for (String filter : list(value(parts[2], "filters"))) {
            int colon = filter.indexOf(':');
            filters.put(Dimension.valueOf(filter.substring(0, colon)), filter.substring(colon + 1));
        }
        List<Period> periods = measure == Measure.FLOWS
                ? list(value(parts[3], "periods")).stream()
                        .map(p -> Period.parse(p, "periods"))
                        .toList()
                : List.of();
        List<LocalDate> dates = measure == Measure.POPULATION
                ? list(value(parts[3], "dates")).stream().map(LocalDate::parse).toList()
                : List.of();
        return new ReleaseDefinition(
                measure, breakdowns, filters, periods, dates, CountryGrouping.valueOf(value(parts[4], "countries")));
    }

    private static String value(String part, String name) {
        if (!part.startsWith(name + "=")) {
            throw new IllegalArgumentException("expected " + name + " in a release definition: " + part);
        }
        return part.substring(name.length() + 1);
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /**
     * Days counted: from the first to the first day after.
     *
     * @param code the period code or date it stands for
     */
    public record Span(LocalDate from, LocalDate to, String code) {

        /** Whether the two spans share a day. */
        public boolean overlaps(Span other) {
            return from.isBefore(other.to) && other.from.isBefore(to);
        }

        /** Whether the date falls after the first day and on or before the last: the span lies on both sides of it. */
        public boolean straddles(LocalDate date) {
            return from.isBefore(date) && to.isAfter(date);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
