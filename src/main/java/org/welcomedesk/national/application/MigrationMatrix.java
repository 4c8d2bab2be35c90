package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The origin-destination matrix of internal migration between the reporting cities, with the
 * mirror check: what city A says left for B (its MIGR_INTOUT, PARTNER B) against what B says
 * arrived from A (its MIGR_INTIN, PARTNER A). Both count the same people, so a difference
 * beyond what protection explains points at a data-quality problem (a late registration, a
 * municipality coded differently) in one of the two cities.
 */
public final class MigrationMatrix {

    /** The outcome of comparing the two sides of one flow. */
    public enum Check {
        /** The two sides differ by no more than their protection and the tolerance explain. */
        CONSISTENT,
        /** They differ by more. */
        DIFFERENT,
        /** One side or both withheld the cell (small counts): nothing to compare. */
        WITHHELD
    }

    /**
     * One flow between two cities.
     *
     * @param from       the city people left
     * @param to         the city they moved to
     * @param departures what {@code from} reported as leaving for {@code to}
     * @param arrivals   what {@code to} reported as arriving from {@code from}
     * @param difference departures less arrivals, when both are known
     * @param tolerated  the largest difference protection and the tolerance explain
     */
    public record Flow(
            String from,
            String to,
            OptionalLong departures,
            OptionalLong arrivals,
            OptionalLong difference,
            long tolerated,
            Check check) {}

    /** The matrix of a period and how much of it agrees. */
    public record Matrix(String period, List<String> cities, List<Flow> flows) {

        /** One cell of the matrix, if either side reported it. */
        public Optional<Flow> flow(String from, String to) {
            return flows.stream()
                    .filter(f -> f.from().equals(from) && f.to().equals(to))
                    .findFirst();
        }

        /** The flows whose two sides could be compared. */
        public long compared() {
            return flows.stream()
                    .filter(f -> f.check() == Check.CONSISTENT || f.check() == Check.DIFFERENT)
                    .count();
        }

        /** The flows whose two sides agree. */
        public long consistent() {
            return flows.stream().filter(f -> f.check() == Check.CONSISTENT).count();
        }
    }

    private MigrationMatrix() {}

    /**
     * @param latest             each reporting city's latest release of the period (flows with
     *                           cities that have not reported are left out: nothing to mirror)
     * @param relativeTolerance  the share of the larger side a difference may also reach (late
     *                           registrations fall into the next period on one side only)
     */
    public static Matrix of(String period, Collection<NationalRelease> latest, double relativeTolerance) {
        Map<String, NationalRelease> byCity =
                latest.stream().collect(Collectors.toMap(NationalRelease::cityCode, Function.identity(), (a, b) -> a));
        List<String> cities = byCity.keySet().stream().sorted().toList();
        List<Flow> flows = new ArrayList<>();
        for (String from : cities) {
            for (String to : cities) {
                if (from.equals(to)) {
                    continue;
                }
                Optional<Observation> out = cell(byCity.get(from), NationalCells.INTERNAL_OUT, to);
                Optional<Observation> in = cell(byCity.get(to), NationalCells.INTERNAL_IN, from);
                if (out.isEmpty() && in.isEmpty()) {
                    continue;
                }
                flows.add(compare(
                        from,
                        to,
                        out,
                        in,
                        byCity.get(from).protection().maximumDeviation()
                                + byCity.get(to).protection().maximumDeviation(),
                        relativeTolerance));
            }
        }
        flows.sort(Comparator.comparing(Flow::from).thenComparing(Flow::to));
        return new Matrix(period, cities, flows);
    }

    private static Flow compare(
            String from,
            String to,
            Optional<Observation> out,
            Optional<Observation> in,
            int protectionNoise,
            double relativeTolerance) {
        OptionalLong departures = out.map(Observation::value).orElse(OptionalLong.empty());
        OptionalLong arrivals = in.map(Observation::value).orElse(OptionalLong.empty());
        long larger = Math.max(departures.orElse(0), arrivals.orElse(0));
        long tolerated = protectionNoise + Math.round(larger * relativeTolerance);
        if (departures.isEmpty() || arrivals.isEmpty()) {
            return new Flow(from, to, departures, arrivals, OptionalLong.empty(), tolerated, Check.WITHHELD);
        }
        long difference = departures.getAsLong() - arrivals.getAsLong();
        return new Flow(
                from,
                to,
                departures,
                arrivals,
                OptionalLong.of(difference),
                tolerated,
                Math.abs(difference) <= tolerated ? Check.CONSISTENT : Check.DIFFERENT);
    }

    private static Optional<Observation> cell(NationalRelease release, String dataflow, String partner) {
        return release.observations().stream()
                .filter(o -> NationalCells.isPartnerCell(o, dataflow) && partner.equals(NationalCells.partner(o)))
                .findFirst();
    }
}
