package org.welcomedesk.services.api;

import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.domain.OpeningHours;
import org.welcomedesk.services.domain.ServiceAtLocation;

import java.util.List;
import java.util.Locale;

/**
 * A service at a location (HSDS service_at_location): the unit a person is referred to, with
 * its weekly opening hours, also as text in the caller's language.
 */
public record PlaceDto(
        String id,
        long version,
        String serviceId,
        String serviceName,
        String organizationId,
        String organizationName,
        OrganizationDto.LocationDto location,
        String description,
        List<HoursDto> hours,
        String hoursText) {

    /** One weekly opening period: iCalendar days (MO..SU), opening and closing time. */
    public record HoursDto(String byDay, String opensAt, String closesAt, String description) {

        static HoursDto of(OpeningHours h) {
            return new HoursDto(
                    h.getByDay(), h.getOpensAt().toString(), h.getClosesAt().toString(), h.getDescription());
        }
    }

    static PlaceDto of(ServiceAtLocation p, RoutingTexts texts, Locale locale) {
        var service = p.getService();
        return new PlaceDto(
                p.getId(),
                p.getVersion(),
                service.getId(),
                service.getName(),
                service.getOrganization().getId(),
                service.getOrganization().getName(),
                OrganizationDto.LocationDto.of(p.getLocation()),
                p.getDescription(),
                p.getHours().stream().map(HoursDto::of).toList(),
                texts.hours(p.getHours(), locale));
    }
}
