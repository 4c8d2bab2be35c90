package org.welcomedesk.statistics.domain;

/**
 * What a migration count can be broken down by, named as in SDMX. Every published table fixes
 * every dimension: one it does not break down by is at its TOTAL code, never a wildcard.
 */
public enum Dimension {
    /** The flow type (IMM, EMI, IN_INT, OUT_INT, TMP_MOB; district tables also MOVE_INTRA). */
    FLOW,
    /** The city's district as it was on the event date (REF_AREA below the city). */
    DISTRICT,
    SEX,
    /** Five-year age groups at the event date. */
    AGE,
    CITIZEN,
    /** Country of birth. */
    C_BIRTH,
    /** Previous or next residence: a country, or a municipality of the country. */
    PARTNER
}
