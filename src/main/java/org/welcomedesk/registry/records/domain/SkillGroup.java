package org.welcomedesk.registry.records.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person has done or can do, as an ISCO-08 sub-major group: the small subset of the
 * occupation classification that the city's jobs and training ask for.
 */
public enum SkillGroup {
    SCIENCE_ENGINEERING("21"),
    HEALTH_PROFESSIONALS("22"),
    TEACHING("23"),
    ICT("25"),
    LEGAL_SOCIAL_CULTURAL("26"),
    HEALTH_ASSOCIATES("32"),
    CLERICAL("41"),
    CUSTOMER_SERVICE("42"),
    PERSONAL_SERVICE("51"),
    SALES("52"),
    PERSONAL_CARE("53"),
    AGRICULTURE("61"),
    BUILDING_TRADES("71"),
    METAL_MACHINERY("72"),
    ELECTRICAL("74"),
    FOOD_WOOD_GARMENT("75"),
    DRIVERS("83"),
    CLEANERS("91"),
    LABOURERS("93"),
    FOOD_PREPARATION("94");

    private final String iscoCode;

    SkillGroup(String iscoCode) {
        this.iscoCode = iscoCode;
    }

    /** The ISCO-08 sub-major group code, e.g. "51". */
    public String iscoCode() {
        return iscoCode;
    }

    public static Optional<SkillGroup> ofIscoCode(String code) {
        return Arrays.stream(values()).filter(s -> s.iscoCode.equals(code)).findFirst();
    }
}
