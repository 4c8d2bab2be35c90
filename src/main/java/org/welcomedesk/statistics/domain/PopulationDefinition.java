package org.welcomedesk.statistics.domain;

import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of the resident population (stock) on given dates, usually 1 January: the
 * denominator of rates per 1,000. The same guards as flow tables: a table by district breaks
 * down by at most two dimensions besides the district; flows and previous residences are not
 * dimensions of a population.
 *
 * @param breakdowns the dimensions the table breaks down by, in order (DISTRICT, SEX, AGE, CITIZEN, C_BIRTH)
 * @param filters    dimensions fixed to one code each
 * @param dates      the reference dates
 */
public record PopulationDefinition(List<Dimension> breakdowns, Map<Dimension, String> filters, List<LocalDate> dates) {

    /** The dimensions a population has. */
    public static final Set<Dimension> DIMENSIONS =
            EnumSet.of(Dimension.DISTRICT, Dimension.SEX, Dimension.AGE, Dimension.CITIZEN, Dimension.C_BIRTH);

    public PopulationDefinition {
        breakdowns = List.copyOf(new LinkedHashSet<>(breakdowns));
        filters = filters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(filters));
        dates = List.copyOf(new LinkedHashSet<>(dates));
        if (dates.isEmpty()) {
            throw new RuleViolation("dates", "statistics.table.noPeriod");
        }
        for (Dimension dimension : breakdowns) {
            if (!DIMENSIONS.contains(dimension)) {
                throw new RuleViolation("breakdowns", "statistics.population.dimension", dimension.name());
            }
            if (filters.containsKey(dimension)) {
                throw new RuleViolation("filters", "statistics.table.filteredAndBrokenDown", dimension.name());
            }
        }
        for (Dimension dimension : filters.keySet()) {
            if (!DIMENSIONS.contains(dimension)) {
                throw new RuleViolation("filters", "statistics.population.dimension", dimension.name());
            }
        }
        boolean byDistrict = breakdowns.contains(Dimension.DISTRICT) || filters.containsKey(Dimension.DISTRICT);
        if (byDistrict
                && breakdowns.stream().filter(d -> d != Dimension.DISTRICT).count()
                        > TableDefinition.MOST_BREAKDOWNS_WITH_DISTRICT) {
            throw new RuleViolation(
                    "breakdowns", "statistics.table.tooManyBreakdowns", TableDefinition.MOST_BREAKDOWNS_WITH_DISTRICT);
        }
    }

    /** The population on 1 January of each year. */
    public static List<LocalDate> firstOfJanuary(int fromYear, int toYear) {
        return java.util.stream.IntStream.rangeClosed(fromYear, toYear)
                .mapToObj(y -> LocalDate.of(y, 1, 1))
                .toList();
    }
}
