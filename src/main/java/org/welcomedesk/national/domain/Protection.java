package org.welcomedesk.national.domain;

/**
 * How a city protected the counts of a release, which the hub needs to judge whether a total
 * is consistent with its parts.
 */
public enum Protection {
    /**
     * The cell key method, as on the city's own publications: every count perturbed by at most
     * {@link #maximumDeviation()}, small counts withheld (CONF_STATUS A, value absent).
     */
    CELL_KEY(3),
    /**
     * Unperturbed counts under a legal basis for confidential exchange between statistical
     * authorities: exact values, small ones flagged CONF_STATUS A for the hub to protect.
     */
    UNPERTURBED(0);

    private final int maximumDeviation;

    Protection(int maximumDeviation) {
        this.maximumDeviation = maximumDeviation;
    }

    /** The most a published count can differ from the true count. */
    public int maximumDeviation() {
        return maximumDeviation;
    }
}
