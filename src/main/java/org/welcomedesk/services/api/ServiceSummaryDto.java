package org.welcomedesk.services.api;

import org.welcomedesk.services.domain.Service;

import java.util.List;

/** A service (or job, or training course) as directory lists show it. */
public record ServiceSummaryDto(
        String id,
        String name,
        String organizationId,
        String organizationName,
        String offer,
        String status,
        List<String> categories,
        List<String> languages,
        Integer capacity) {

    static ServiceSummaryDto of(Service s) {
        return new ServiceSummaryDto(
                s.getId(),
                s.getName(),
                s.getOrganization().getId(),
                s.getOrganization().getName(),
                s.getOffer().name(),
                s.getStatus().name(),
                s.getCategories().stream().map(Enum::name).sorted().toList(),
                s.getLanguages().stream().sorted().toList(),
                s.getCapacity());
    }
}
