package org.welcomedesk.services.api;

import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.Organization;

import java.util.List;

/**
 * An organisation of the directory. In a list it comes alone; read by id it carries its
 * locations and services.
 */
public record OrganizationDto(
        String id,
        long version,
        String name,
        String description,
        String email,
        String website,
        String partnerCode,
        List<LocationDto> locations,
        List<ServiceSummaryDto> services) {

    /** A place where the organisation receives people. */
    public record LocationDto(
            String id,
            String name,
            String description,
            String address,
            String postalCode,
            String city,
            String stateProvince,
            String country,
            String districtCode,
            Double latitude,
            Double longitude,
            String addressLine) {

        static LocationDto of(Location l) {
            return new LocationDto(
                    l.getId(),
                    l.getName(),
                    l.getDescription(),
                    l.getAddress(),
                    l.getPostalCode(),
                    l.getCity(),
                    l.getStateProvince(),
                    l.getCountry(),
                    l.getDistrictCode(),
                    l.getLatitude(),
                    l.getLongitude(),
                    l.addressLine());
        }
    }

    static OrganizationDto of(Organization o) {
        return new OrganizationDto(
                o.getId(),
                o.getVersion(),
                o.getName(),
                o.getDescription(),
                o.getEmail(),
                o.getWebsite(),
                o.getPartnerCode(),
                null,
                null);
    }

    static OrganizationDto of(Organization o, List<Location> locations, List<ServiceSummaryDto> services) {
        return new OrganizationDto(
                o.getId(),
                o.getVersion(),
                o.getName(),
                o.getDescription(),
                o.getEmail(),
                o.getWebsite(),
                o.getPartnerCode(),
                locations.stream().map(LocationDto::of).toList(),
                services);
    }
}
