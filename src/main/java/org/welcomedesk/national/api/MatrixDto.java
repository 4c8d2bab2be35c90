package org.welcomedesk.national.api;

import org.welcomedesk.national.application.MigrationMatrix;

import java.util.List;

/**
 * Internal migration between the reporting cities of a period, with the mirror check.
 *
 * @param period     TIME_PERIOD
 * @param cities     the reporting cities
 * @param flows      each pair either side reported
 * @param compared   flows whose both sides are known
 * @param consistent of those, flows whose sides agree within protection and tolerance
 */
public record MatrixDto(String period, List<String> cities, List<FlowDto> flows, long compared, long consistent) {

    /**
     * One flow.
     *
     * @param from       origin city
     * @param to         destination city
     * @param departures what {@code from} reported as leaving for {@code to} (absent when withheld)
     * @param arrivals   what {@code to} reported as arriving from {@code from} (absent when withheld)
     * @param difference departures less arrivals
     * @param tolerated  the largest difference protection and the tolerance explain
     * @param check      CONSISTENT, DIFFERENT or WITHHELD
     */
    public record FlowDto(
            String from, String to, Long departures, Long arrivals, Long difference, long tolerated, String check) {}

    static MatrixDto of(MigrationMatrix.Matrix matrix) {
        return new MatrixDto(
                matrix.period(),
                matrix.cities(),
                matrix.flows().stream()
                        .map(f -> new FlowDto(
                                f.from(),
                                f.to(),
                                f.departures().isPresent() ? f.departures().getAsLong() : null,
                                f.arrivals().isPresent() ? f.arrivals().getAsLong() : null,
                                f.difference().isPresent() ? f.difference().getAsLong() : null,
                                f.tolerated(),
                                f.check().name()))
                        .toList(),
                matrix.compared(),
                matrix.consistent());
    }
}
