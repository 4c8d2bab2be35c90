package org.welcomedesk.registry.records.domain;

/** Where a person stands in the registry, derived from their residence events. */
public enum ResidenceStatus {
    NEWCOMER,
    RESIDENT,
    DEPARTED
}
