package org.welcomedesk.registry.records.domain;

/** What a person can agree to. */
public enum ConsentPurpose {
    REGISTRATION,
    SHARING_WITH_PARTNERS,
    BEING_CONTACTED
}
