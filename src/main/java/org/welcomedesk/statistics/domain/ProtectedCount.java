package org.welcomedesk.statistics.domain;

import java.util.OptionalLong;

/**
 * A count as it may be published: perturbed by the cell key method, or withheld because the
 * perturbed count fell below the cell's threshold. A withheld count is absent, never 0 (SDMX
 * CONF_STATUS A); an empty cell is withheld like a small one, so a row of withheld cells says
 * nothing certain about anyone.
 *
 * @param value     the published count, when not withheld
 * @param threshold the threshold that applied (shown as "fewer than k")
 * @param status    whether the count is final or provisional
 */
public record ProtectedCount(OptionalLong value, int threshold, ObservationStatus status) {

    /** Whether the count is withheld. */
    public boolean withheld() {
        return value.isEmpty();
    }

    /** SDMX CONF_STATUS: F free, A withheld as a small count. */
    public String confidentialityStatus() {
        return withheld() ? "A" : "F";
    }
}
