package org.welcomedesk.registry.records.domain;

/** The order in which the person writes their names. */
public enum NameOrder {
    GIVEN_FIRST,
    FAMILY_FIRST
}
