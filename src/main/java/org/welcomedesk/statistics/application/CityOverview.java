package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a planner sees first and follows over time: arrivals, departures, net migration and the
 * resident population of the city, this year against last year, over a run of periods, and by
 * district. Every figure is read from protected tables ({@link StatisticsTables}), never from
 * a source, so it agrees with every other table, chart and download.
 */
@ApplicationScoped
public class CityOverview {

    @Inject
    StatisticsTables tables;

    /**
     * The city in a year against the year before.
     *
     * @param year                 the year shown
     * @param thisYear             arrivals, departures and net in the year
     * @param lastYear             the same in the year before
     * @param population           residents on 1 January of the year
     * @param populationLastYear   residents on 1 January of the year before
     * @param provisional          how many of the year's published district counts are provisional
     * @param flows                the flow table the figures come from (city, by flow, both years)
     * @param residents            the population table the figures come from
     */
    public record Overview(
            int year,
            FlowBalance thisYear,
            FlowBalance lastYear,
            Figure population,
            Figure populationLastYear,
            ProvisionalShare provisional,
            PublishedTable flows,
            PublishedTable residents) {}

    /**
     * The share of published counts that are provisional (a flow classified on the intended
     * duration of stay, still to be confirmed). Withheld counts are left out: their status
     * would say that somebody is there.
     *
     * @param provisional published counts that are provisional
     * @param published   published counts
     */
    public record ProvisionalShare(int provisional, int published) {

        /** The share in whole per cent, 0 when nothing is published. */
        public int percent() {
            return published == 0 ? 0 : Math.round(100f * provisional / published);
        }
    }

    /** Arrivals, departures and net of the city in one period. */
    public record PeriodBalance(Period period, FlowBalance balance) {}

    /** Flows in a run of periods, and the table they are read from. */
    public record Series(List<PeriodBalance> periods, PublishedTable table) {}

    /**
     * A district in a period: its balance (moves within the city included) and its residents
     * on the period's first day.
     */
    public record DistrictBalance(String district, FlowBalance balance, Figure population) {}

    /** Every district of a period, and the flow and population tables they are read from. */
    public record Districts(
            Period period, List<DistrictBalance> districts, PublishedTable table, PublishedTable residents) {}

    /** The city in {@code year} against the year before. */
    public Overview of(int year) {
        Period now = Period.year(year);
        Period before = Period.year(year - 1);
        PublishedTable flows =
                tables.flows(new TableDefinition(List.of(Dimension.FLOW), Map.of(), List.of(before, now)));
        LocalDate january = now.start();
        LocalDate januaryBefore = before.start();
        PublishedTable residents = tables.population(
                new PopulationDefinition(List.of(), Map.of(), List.of(januaryBefore, january)), CountryGrouping.ISO);
        return new Overview(
                year,
                FlowBalance.of(flows, now.code(), Map.of(), false),
                FlowBalance.of(flows, before.code(), Map.of(), false),
                total(residents, january.toString()),
                total(residents, januaryBefore.toString()),
                provisionalShare(year),
                flows,
                residents);
    }

    /** The city's arrivals, departures and net in each period, in order. */
    public Series series(List<Period> periods) {
        PublishedTable table = tables.flows(new TableDefinition(List.of(Dimension.FLOW), Map.of(), periods));
        List<PeriodBalance> balances = new ArrayList<>();
        for (Period period : table.columns().stream()
                .map(c -> Period.parse(c, "periods"))
                .sorted()
                .toList()) {
            balances.add(new PeriodBalance(period, FlowBalance.of(table, period.code(), Map.of(), false)));
        }
        return new Series(balances, table);
    }

    /** Every district that existed in the period: its flows and its residents on the period's first day. */
    public Districts districts(Period period) {
        PublishedTable flows = tables.flows(
                new TableDefinition(List.of(Dimension.DISTRICT, Dimension.FLOW), Map.of(), List.of(period)));
        String day = period.start().toString();
        PublishedTable residents = tables.population(
                new PopulationDefinition(List.of(Dimension.DISTRICT), Map.of(), List.of(period.start())),
                CountryGrouping.ISO);
        List<DistrictBalance> districts = new ArrayList<>();
        flows.rows().stream()
                .map(row -> row.code(flows.breakdowns(), Dimension.DISTRICT))
                .distinct()
                .forEach(code -> {
                    Figure population = residents
                            .count(day, Map.of(Dimension.DISTRICT, code))
                            .map(Figure::of)
                            .orElseGet(() -> Figure.of(nobodyCounted(residents)));
                    districts.add(new DistrictBalance(
                            code,
                            FlowBalance.of(flows, period.code(), Map.of(Dimension.DISTRICT, code), true),
                            population));
                });
        return new Districts(period, districts, flows, residents);
    }

    /** How many of the year's published counts by district, flow and quarter are provisional. */
    private ProvisionalShare provisionalShare(int year) {
        List<Period> quarters =
                List.of(1, 2, 3, 4).stream().map(q -> Period.quarter(year, q)).toList();
        PublishedTable byDistrict =
                tables.flows(new TableDefinition(List.of(Dimension.DISTRICT, Dimension.FLOW), Map.of(), quarters));
        int published = 0;
        int provisional = 0;
        for (PublishedTable.Row row : byDistrict.rows()) {
            for (ProtectedCount count : row.counts()) {
                if (!count.withheld()) {
                    published++;
                    provisional += Figure.of(count).provisional() ? 1 : 0;
                }
            }
        }
        return new ProvisionalShare(provisional, published);
    }

    private static Figure total(PublishedTable table, String column) {
        return table.count(column, Map.of()).map(Figure::of).orElseThrow();
    }

    /** A district the population table has no row for (a code only the flows recorded): withheld like an empty cell. */
    private static ProtectedCount nobodyCounted(PublishedTable residents) {
        int k = residents.rows().stream()
                .flatMap(r -> r.counts().stream())
                .mapToInt(ProtectedCount::threshold)
                .max()
                .orElse(0);
        return new ProtectedCount(
                java.util.OptionalLong.empty(), k, org.welcomedesk.statistics.domain.ObservationStatus.A);
    }
}
