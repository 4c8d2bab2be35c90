package org.welcomedesk.platform.referencedata.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.DistrictRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The configured city's districts: which exist today or on a given date, and opening a new
 * district period (a new district, or a boundary change) without overlapping an existing
 * period of the same code.
 */
@ApplicationScoped
public class CityDistricts {

    @Inject
    DistrictRepository districts;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "welcomedesk.city.code", defaultValue = "DEMO")
    String cityCode;

    Clock clock = Clock.systemDefaultZone();

    public List<District> current() {
        return validOn(LocalDate.now(clock));
    }

    public List<District> validOn(LocalDate date) {
        return districts.validOn(cityCode, date);
    }

    public List<District> history() {
        return districts.allIn(cityCode);
    }

    public District get(long id) {
        return districts
                .find(id)
                .filter(d -> d.getCityCode().equals(cityCode))
                .orElseThrow(() -> new NotFound("district " + id));
    }

    /**
     * Names districts in other languages: for each district id, the name per language tag (a
     * blank name removes that language's, so pages fall back to the district's own name).
     */
    @Transactional
    public void translate(Map<Long, Map<String, String>> namesByDistrict) {
        namesByDistrict.forEach((id, names) -> get(id).translate(names));
    }

    @Transactional
    public District open(String code, String name, LocalDate validFrom, LocalDate validTo) {
        District district = new District(cityCode, code, name, validFrom, validTo);
        var violations = validator.validate(district);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        boolean overlapping =
                districts.withCode(cityCode, district.getCode()).stream().anyMatch(district::overlaps);
        if (overlapping) {
            throw new RuleViolation("validFrom", "district.period.overlaps", district.getCode());
        }
        districts.add(district);
        return district;
    }
}
