package org.welcomedesk.statistics.domain;

/**
 * SDMX OBS_STATUS of a count: A normal (final), P provisional (a flow classified on the
 * intended duration of stay, to be revised). A cell with any provisional record is provisional.
 */
public enum ObservationStatus {
    A,
    P;

    /** The status of a cell made of cells of these two statuses. */
    public ObservationStatus and(ObservationStatus other) {
        return this == P || other == P ? P : A;
    }
}
