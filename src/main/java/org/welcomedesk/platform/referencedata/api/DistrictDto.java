package org.welcomedesk.platform.referencedata.api;

import org.welcomedesk.platform.referencedata.domain.District;

import java.time.LocalDate;

/** A district period as the API shows it. */
public record DistrictDto(long id, String code, String name, LocalDate validFrom, LocalDate validTo, long version) {

    static DistrictDto of(District district) {
        return new DistrictDto(
                district.getId(),
                district.getCode(),
                district.getName(),
                district.getValidFrom(),
                district.getValidTo(),
                district.getVersion());
    }
}
