package org.welcomedesk.registry.records.domain;

/**
 * The statistical flow an event counts as (see the migration statistics reference):
 * international and internal in- and out-migration, moves within the city, and temporary
 * mobility, which is recorded but is not migration.
 */
public enum Flow {
    IMM,
    IN_INT,
    EMI,
    OUT_INT,
    MOVE_INTRA,
    TMP_MOB
}
