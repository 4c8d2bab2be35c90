package org.welcomedesk.registry.records.domain;

/** A member's relationship to the household's reference person. */
public enum HouseholdRole {
    REFERENCE_PERSON,
    SPOUSE_OR_PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    OTHER_RELATIVE,
    NOT_RELATED
}
