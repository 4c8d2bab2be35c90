package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.Observation;

import java.util.OptionalLong;

/**
 * A pooled count: the sum of the published (protected) values of one cell over several cities.
 * A city whose cell was withheld adds nothing and is counted in {@link #withheld()}, so a reader
 * can see that the sum leaves some cities out; with no value at all the count is withheld too.
 *
 * @param sum          the sum of the values present
 * @param contributing how many cities' values are in the sum
 * @param withheld     how many cities sent the cell withheld
 * @param provisional  whether any value in the sum is provisional (OBS_STATUS P)
 */
public record PooledCount(long sum, int contributing, int withheld, boolean provisional) {

    /** Nothing pooled yet. */
    public static final PooledCount NONE = new PooledCount(0, 0, 0, false);

    /**
     * One city's cell as it was sent. A cell flagged primary confidential (CONF_STATUS A) counts
     * as withheld even when it has a value: an unperturbed release's small counts are the hub's
     * to protect, never to publish.
     */
    public static PooledCount of(Observation observation) {
        boolean provisional = "P".equals(observation.observationStatus());
        return observation.value().isPresent() && !"A".equals(observation.confidentialityStatus())
                ? new PooledCount(observation.value().getAsLong(), 1, 0, provisional)
                : new PooledCount(0, 0, 1, provisional);
    }

    public PooledCount plus(PooledCount other) {
        return new PooledCount(
                sum + other.sum,
                contributing + other.contributing,
                withheld + other.withheld,
                provisional || other.provisional);
    }

    /**
     * A difference (net migration): only when both sides are complete, since a part left out of
     * either would make the balance wrong by an unknown amount.
     */
    public OptionalLong minus(PooledCount other) {
        return complete() && other.complete() ? OptionalLong.of(sum - other.sum) : OptionalLong.empty();
    }

    /** The value to publish: absent when no city's value is in it. */
    public OptionalLong value() {
        return contributing == 0 ? OptionalLong.empty() : OptionalLong.of(sum);
    }

    /** Every city that sent the cell gave a value. */
    public boolean complete() {
        return contributing > 0 && withheld == 0;
    }
}
