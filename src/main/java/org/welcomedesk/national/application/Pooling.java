package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pools the latest releases of the cities for one period into flows by city, region and country.
 * Every pooled count is a sum of protected values: a region's or the country's arrivals are
 * the sum of its cities' total cells (never of their small cells), withheld cells add nothing.
 */
public final class Pooling {

    /** The flows of one area: a city, a region or the country. */
    public record AreaFlows(
            String area,
            PooledCount arrivals,
            PooledCount departures,
            PooledCount internalIn,
            PooledCount internalOut,
            int cities) {

        /**
         * Arrivals from abroad less departures abroad: the country's net migration, for which moves
         * between its cities cancel out.
         */
        public OptionalLong internationalNet() {
            return arrivals.minus(departures);
        }

        /** Arrivals less departures, from abroad and within the country, when every part is known. */
        public OptionalLong net() {
            OptionalLong international = arrivals.minus(departures);
            OptionalLong internal = internalIn.minus(internalOut);
            return international.isPresent() && internal.isPresent()
                    ? OptionalLong.of(international.getAsLong() + internal.getAsLong())
                    : OptionalLong.empty();
        }

        AreaFlows plus(AreaFlows other, String as) {
            return new AreaFlows(
                    as,
                    arrivals.plus(other.arrivals),
                    departures.plus(other.departures),
                    internalIn.plus(other.internalIn),
                    internalOut.plus(other.internalOut),
                    cities + other.cities);
        }
    }

    /** A city's flows and the region it belongs to. */
    public record CityFlows(String region, AreaFlows flows) {}

    /** The period's pooled flows. */
    public record PooledFlows(String period, List<CityFlows> cities, List<AreaFlows> regions, AreaFlows country) {}

    private Pooling() {}

    /**
     * @param latest   each city's latest revision for the period (one per city)
     * @param regionOf the region of a city's code
     * @param country  the country's code, the area of the national total
     */
    public static PooledFlows pool(
            String period, Collection<NationalRelease> latest, Function<String, String> regionOf, String country) {
        List<CityFlows> cities = latest.stream()
                .sorted(Comparator.comparing(NationalRelease::cityCode))
                .map(release -> new CityFlows(regionOf.apply(release.cityCode()), flowsOf(release)))
                .toList();
        Map<String, AreaFlows> regions = new TreeMap<>();
        AreaFlows total = empty(country);
        for (CityFlows city : cities) {
            regions.merge(city.region(), city.flows(), (a, b) -> a.plus(b, city.region()));
            total = total.plus(city.flows(), country);
        }
        List<AreaFlows> byRegion = new ArrayList<>();
        regions.forEach((region, flows) -> byRegion.add(new AreaFlows(
                region,
                flows.arrivals(),
                flows.departures(),
                flows.internalIn(),
                flows.internalOut(),
                flows.cities())));
        return new PooledFlows(period, cities, byRegion, total);
    }

    /** A city's own flows: the total cells of its release's tables. */
    static AreaFlows flowsOf(NationalRelease release) {
        Map<String, PooledCount> totals = new LinkedHashMap<>();
        for (String dataflow : List.of(
                NationalCells.IMMIGRATION,
                NationalCells.EMIGRATION,
                NationalCells.INTERNAL_IN,
                NationalCells.INTERNAL_OUT)) {
            totals.put(
                    dataflow,
                    release.observations().stream()
                            .filter(o -> NationalCells.isTotal(o, dataflow))
                            .findFirst()
                            .map(PooledCount::of)
                            .orElse(PooledCount.NONE));
        }
        return new AreaFlows(
                release.cityCode(),
                totals.get(NationalCells.IMMIGRATION),
                totals.get(NationalCells.EMIGRATION),
                totals.get(NationalCells.INTERNAL_IN),
                totals.get(NationalCells.INTERNAL_OUT),
                1);
    }

    private static AreaFlows empty(String area) {
        return new AreaFlows(area, PooledCount.NONE, PooledCount.NONE, PooledCount.NONE, PooledCount.NONE, 0);
    }

    /**
     * The pooled dataset: every city's cells as sent, then for every cell key (its REF_AREA set
     * to the region or the country) the sum over the cities that sent it. Only cells the cities
     * published are summed, each by the same key, so a region's total is the sum of its cities'
     * totals, never a sum of small cells.
     */
    public static List<Observation> dataset(
            Collection<NationalRelease> latest, Function<String, String> regionOf, String country) {
        List<Observation> cells = new ArrayList<>();
        // by area, then by table and key: two tables can share a key (their totals: FLOW IMM, every breakdown TOTAL)
        Map<String, Map<String, Map<Map<String, String>, PooledCell>>> byArea = new TreeMap<>();
        latest.stream().sorted(Comparator.comparing(NationalRelease::cityCode)).forEach(release -> {
            String region = regionOf.apply(release.cityCode());
            for (Observation cell : release.observations()) {
                cells.add(cell);
                for (String area : List.of(region, country)) {
                    Map<String, String> key = new TreeMap<>(cell.key());
                    key.put(NationalCells.REF_AREA, area);
                    byArea.computeIfAbsent(area, a -> new TreeMap<>())
                            .computeIfAbsent(cell.dataflow(), d -> new LinkedHashMap<>())
                            .merge(key, new PooledCell(cell.dataflow(), PooledCount.of(cell)), PooledCell::plus);
                }
            }
        });
        byArea.values()
                .forEach(area -> area.values()
                        .forEach(table -> table.forEach((key, pooled) -> cells.add(pooled.observation(key)))));
        return cells;
    }

    private record PooledCell(String dataflow, PooledCount count) {
        PooledCell plus(PooledCell other) {
            return new PooledCell(dataflow, count.plus(other.count));
        }

        Observation observation(Map<String, String> key) {
            // withheld everywhere: absent and primary confidential, as the cities sent it
            return new Observation(
                    dataflow,
                    key,
                    count.value(),
                    count.provisional() ? "P" : "A",
                    count.value().isPresent() ? "F" : "A");
        }
    }
}
