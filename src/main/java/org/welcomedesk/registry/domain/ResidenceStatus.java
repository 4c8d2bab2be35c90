package org.welcomedesk.registry.domain;

/** Where a person stands in the registry, derived from their residence events. */
public enum ResidenceStatus { NEWCOMER, RESIDENT, DEPARTED }
