package org.welcomedesk.registry.duplicates.domain.matching;

/**
 * What is compared about two people. {@link #NAME} is the name as a whole (the order of given and
 * family names); {@link #GIVEN_NAMES} and {@link #FAMILY_NAMES} compare the parts, crosswise when
 * the names were entered the other way round.
 */
public enum MatchField {
    NAME,
    GIVEN_NAMES,
    FAMILY_NAMES,
    BIRTH_DATE,
    SEX,
    DOCUMENT,
    PHONE,
    ADDRESS,
    COUNTRY_OF_BIRTH
}
