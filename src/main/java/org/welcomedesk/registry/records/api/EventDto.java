package org.welcomedesk.registry.records.api;

import org.welcomedesk.registry.records.domain.ResidenceEvent;

import java.time.LocalDate;

/** A residence event with its statistical classification. */
public record EventDto(
        long id,
        String type,
        LocalDate eventDate,
        LocalDate registrationDate,
        Long districtId,
        String otherCountry,
        String otherMunicipality,
        Integer intendedMonths,
        String flow,
        String observationStatus,
        Long correctsEventId) {

    public static EventDto of(ResidenceEvent e) {
        return new EventDto(
                e.getId(),
                e.getType().name(),
                e.getEventDate(),
                e.getRegistrationDate(),
                e.getDistrictId(),
                e.getOtherCountry(),
                e.getOtherMunicipality(),
                e.getIntendedMonths(),
                e.getFlow().name(),
                e.getObservationStatus(),
                e.getCorrectsEventId());
    }
}
