package org.welcomedesk.registry.records.domain;

import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;

/**
 * What a clerk records about a residence event: its type and date, the district in the city
 * (for arrivals and moves), the other place (previous or next residence: a country abroad or
 * another municipality), and the intended duration in months when known.
 */
public record ResidenceEventFacts(
        ResidenceEventType type,
        LocalDate eventDate,
        LocalDate registrationDate,
        Long districtId,
        String otherCountry,
        String otherMunicipality,
        Integer intendedMonths) {

    /**
     * Facts from a form that offers every place field: keeps the district only for events
     * that establish residence, and the country or the municipality depending on whether the
     * other place is abroad.
     */
    public static ResidenceEventFacts of(
            ResidenceEventType type,
            LocalDate eventDate,
            Long districtId,
            String country,
            String municipality,
            Integer intendedMonths) {
        boolean abroad = type != null && type.otherPlaceIsCountry();
        boolean settles = type != null && type.establishesResidence();
        return new ResidenceEventFacts(
                type,
                eventDate,
                null,
                settles ? districtId : null,
                abroad ? country : null,
                abroad ? null : municipality,
                intendedMonths);
    }

    void check() {
        if (type == null) {
            throw new RuleViolation("type", "validation.required");
        }
        if (eventDate == null) {
            throw new RuleViolation("eventDate", "validation.required");
        }
        if (type.establishesResidence() && districtId == null) {
            throw new RuleViolation("districtId", "event.district.required");
        }
        boolean abroad = type.otherPlaceIsCountry();
        if (abroad && type != ResidenceEventType.TEMPORARY_STAY && (otherCountry == null || otherCountry.isBlank())) {
            throw new RuleViolation("otherCountry", "event.country.required");
        }
        if (!abroad
                && type != ResidenceEventType.MOVE_WITHIN_CITY
                && (otherMunicipality == null || otherMunicipality.isBlank())) {
            throw new RuleViolation("otherMunicipality", "event.municipality.required");
        }
        if (intendedMonths != null && (intendedMonths < 0 || intendedMonths > 1200)) {
            throw new RuleViolation("intendedMonths", "event.duration.invalid");
        }
    }
}
