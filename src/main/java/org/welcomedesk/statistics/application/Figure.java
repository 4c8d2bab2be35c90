package org.welcomedesk.statistics.application;

import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.util.OptionalLong;

/**
 * A figure derived from published counts only (arrivals as international plus internal
 * arrivals, net migration as arrivals less departures): it reveals nothing the counts it is
 * made of do not. When any of its counts is withheld it is withheld too, since a sum over a
 * hidden part would only be a bound.
 *
 * @param value       the figure, when every count it is made of is published
 * @param threshold   the largest threshold among its withheld counts (shown as "fewer than k")
 * @param provisional whether any published count it is made of is provisional
 * @param derived     whether it is made of more than one count (withheld: a part is fewer than k, not the whole)
 */
public record Figure(OptionalLong value, int threshold, boolean provisional, boolean derived) {

    /** A published count as a figure. The status of a withheld count is not shown: it would say the cell is not empty. */
    public static Figure of(ProtectedCount count) {
        return new Figure(
                count.value(), count.threshold(), !count.withheld() && count.status() == ObservationStatus.P, false);
    }

    /** The sum of two figures. */
    public Figure plus(Figure other) {
        return combine(other, 1);
    }

    /** This figure less another (net migration). */
    public Figure minus(Figure other) {
        return combine(other, -1);
    }

    public boolean withheld() {
        return value.isEmpty();
    }

    private Figure combine(Figure other, int sign) {
        boolean both = value.isPresent() && other.value.isPresent();
        OptionalLong combined =
                both ? OptionalLong.of(value.getAsLong() + sign * other.value.getAsLong()) : OptionalLong.empty();
        int k = Math.max(withheld() ? threshold : 0, other.withheld() ? other.threshold : 0);
        return new Figure(
                combined, both ? Math.max(threshold, other.threshold) : k, provisional || other.provisional, true);
    }
}
