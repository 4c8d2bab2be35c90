package org.welcomedesk.platform.referencedata.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The city's districts over time. */
public interface DistrictRepository {

    /** Districts of {@code cityCode} as they were on {@code date}, by code. */
    List<District> validOn(String cityCode, LocalDate date);

    /** Every period of the district with this code, oldest first. */
    List<District> withCode(String cityCode, String code);

    /** Every district of the city, past and present. */
    List<District> allIn(String cityCode);

    Optional<District> find(long id);

    void add(District district);
}
