package org.welcomedesk.statistics.domain;

import org.welcomedesk.platform.error.RuleViolation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table a planner asks for, fixed before anything is counted: the dimensions it breaks down
 * by, the codes it is filtered to, and its periods. The design guards against tables that
 * would single people out by construction: a table by district breaks down by at most two
 * dimensions besides the district and the flow (the flow is what is counted), and no table goes
 * finer than a quarter. Every dimension neither broken
 * down nor filtered is at TOTAL.
 *
 * @param breakdowns the dimensions the table breaks down by, in order
 * @param filters    dimensions fixed to one code each (not also broken down by)
 * @param periods    the periods, none finer than a quarter
 * @param countries  how countries are shown (each apart, national/foreign, largest + other)
 */
public record TableDefinition(
        List<Dimension> breakdowns, Map<Dimension, String> filters, List<Period> periods, CountryGrouping countries) {

    /** Most dimensions a table by district may break down by besides the district. */
    public static final int MOST_BREAKDOWNS_WITH_DISTRICT = 2;

    /** A table that shows every country apart. */
    public TableDefinition(List<Dimension> breakdowns, Map<Dimension, String> filters, List<Period> periods) {
        this(breakdowns, filters, periods, CountryGrouping.ISO);
    }

    public TableDefinition {
        countries = countries == null ? CountryGrouping.ISO : countries;
        breakdowns = List.copyOf(new LinkedHashSet<>(breakdowns));
        filters = filters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(filters));
        periods = List.copyOf(new LinkedHashSet<>(periods));
        if (periods.isEmpty()) {
            throw new RuleViolation("periods", "statistics.table.noPeriod");
        }
        for (Period period : periods) {
            if (period.frequency() == Period.Frequency.M) {
                throw new RuleViolation("periods", "statistics.table.periodTooFine", period.code());
            }
        }
        for (Dimension dimension : breakdowns) {
            if (filters.containsKey(dimension)) {
                throw new RuleViolation("filters", "statistics.table.filteredAndBrokenDown", dimension.name());
            }
        }
        if (!breakdowns.contains(Dimension.FLOW) && !filters.containsKey(Dimension.FLOW)) {
            // arrivals and departures added together count nothing anyone could use
            throw new RuleViolation("breakdowns", "statistics.table.noFlow");
        }
        boolean byDistrict = breakdowns.contains(Dimension.DISTRICT) || filters.containsKey(Dimension.DISTRICT);
        if (byDistrict) {
            Set<Dimension> others = EnumSet.noneOf(Dimension.class);
            others.addAll(breakdowns);
            others.remove(Dimension.DISTRICT);
            others.remove(Dimension.FLOW);
            if (others.size() > MOST_BREAKDOWNS_WITH_DISTRICT) {
                throw new RuleViolation(
                        "breakdowns", "statistics.table.tooManyBreakdowns", MOST_BREAKDOWNS_WITH_DISTRICT);
            }
        }
    }

    /** The dimensions at TOTAL: neither broken down by nor filtered. */
    public List<Dimension> totals() {
        List<Dimension> totals = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (!breakdowns.contains(dimension) && !filters.containsKey(dimension)) {
                totals.add(dimension);
            }
        }
        return totals;
    }
}
