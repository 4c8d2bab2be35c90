package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Whether the aggregate store still says what the registry says: a set of tables counted from
 * the store and recounted from the registry by the definitions, cell by cell (true count, key
 * and status). Reports how many cells differ, never what they hold. Slow: the recount reads the
 * whole registry for each table.
 */
@ApplicationScoped
public class StoreCheck {

    /** How many years back the standard tables reach. */
    static final int YEARS = 9;

    @Inject
    StatisticsSource store;

    @Inject
    @StoreReference
    StatisticsSource recount;

    Clock clock = Clock.systemUTC();

    /**
     * What a check found.
     *
     * @param tables    how many tables were compared
     * @param cells     how many cells (present in the store, the recount or both)
     * @param differing how many of them differ
     * @param tablesDiffering a description of each table with a differing cell (its dimensions and periods)
     */
    public record Report(int tables, long cells, long differing, List<String> tablesDiffering) {

        /** Whether the store equals the recount in every table compared. */
        public boolean agrees() {
            return differing == 0;
        }
    }

    /** Compares the standard tables: the dashboards' and the table builder's usual shapes, every year and recent quarter. */
    public Report check() {
        return check(standardFlows(), standardPopulations());
    }

    /** Compares these tables. */
    public Report check(List<TableDefinition> flows, List<PopulationDefinition> populations) {
        long cells = 0;
        long differing = 0;
        List<String> tablesDiffering = new ArrayList<>();
        for (TableDefinition table : flows) {
            long[] compared = compare(store.flows(table), recount.flows(table));
            cells += compared[0];
            differing += compared[1];
            if (compared[1] > 0) {
                tablesDiffering.add("flows " + table.breakdowns() + " " + table.filters() + " " + table.periods());
            }
        }
        for (PopulationDefinition table : populations) {
            long[] compared = compare(store.population(table), recount.population(table));
            cells += compared[0];
            differing += compared[1];
            if (compared[1] > 0) {
                tablesDiffering.add("population " + table.breakdowns() + " " + table.filters() + " " + table.dates());
            }
        }
        return new Report(flows.size() + populations.size(), cells, differing, List.copyOf(tablesDiffering));
    }

    /** Cells compared and cells differing. */
    private static <C> long[] compare(Map<C, Recount.Cell> stored, Map<C, Recount.Cell> recounted) {
        Set<C> all = new HashSet<>(stored.keySet());
        all.addAll(recounted.keySet());
        long differing = all.stream()
                .filter(c -> !Objects.equals(stored.get(c), recounted.get(c)))
                .count();
        return new long[] {all.size(), differing};
    }

    private List<TableDefinition> standardFlows() {
        int year = LocalDate.now(clock).getYear();
        List<Period> years =
                IntStream.rangeClosed(year - YEARS, year).mapToObj(Period::year).toList();
        List<Period> quarters = IntStream.rangeClosed(year - 1, year)
                .boxed()
                .flatMap(y -> IntStream.rangeClosed(1, 4).mapToObj(q -> Period.quarter(y, q)))
                .toList();
        List<Period> both = new ArrayList<>(years);
        both.addAll(quarters);
        return List.of(
                new TableDefinition(List.of(Dimension.FLOW), Map.of(), both),
                new TableDefinition(List.of(Dimension.DISTRICT, Dimension.FLOW), Map.of(), both),
                new TableDefinition(List.of(Dimension.FLOW, Dimension.SEX, Dimension.AGE), Map.of(), years),
                new TableDefinition(List.of(Dimension.FLOW, Dimension.CITIZEN, Dimension.C_BIRTH), Map.of(), years),
                new TableDefinition(List.of(Dimension.FLOW, Dimension.PARTNER), Map.of(), years),
                new TableDefinition(
                        List.of(Dimension.DISTRICT, Dimension.SEX), Map.of(Dimension.FLOW, "IMM"), quarters));
    }

    private List<PopulationDefinition> standardPopulations() {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> dates =
                new ArrayList<>(PopulationDefinition.firstOfJanuary(today.getYear() - YEARS, today.getYear()));
        dates.add(today);
        return List.of(
                new PopulationDefinition(List.of(Dimension.SEX, Dimension.AGE), Map.of(), dates),
                new PopulationDefinition(List.of(Dimension.DISTRICT, Dimension.CITIZEN), Map.of(), dates),
                new PopulationDefinition(List.of(Dimension.C_BIRTH), Map.of(Dimension.SEX, "F"), dates));
    }
}
