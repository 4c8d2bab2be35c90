package org.welcomedesk.registry.records.domain;

/** What happened to a person's residence in the city. */
public enum ResidenceEventType {
    ARRIVAL_FROM_ABROAD(true, false),
    ARRIVAL_FROM_MUNICIPALITY(true, false),
    MOVE_WITHIN_CITY(true, false),
    DEPARTURE_ABROAD(false, true),
    DEPARTURE_TO_MUNICIPALITY(false, true),
    TEMPORARY_STAY(true, false);

    private final boolean establishesResidence;
    private final boolean endsResidence;

    ResidenceEventType(boolean establishesResidence, boolean endsResidence) {
        this.establishesResidence = establishesResidence;
        this.endsResidence = endsResidence;
    }

    /** The person lives (or stays) in the city from the event date on. */
    public boolean establishesResidence() {
        return establishesResidence;
    }

    public boolean endsResidence() {
        return endsResidence;
    }

    /** Whether the other place is a country (abroad) rather than a municipality. */
    public boolean otherPlaceIsCountry() {
        return this == ARRIVAL_FROM_ABROAD || this == DEPARTURE_ABROAD || this == TEMPORARY_STAY;
    }
}
