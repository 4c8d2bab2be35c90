package org.welcomedesk.registry.records.domain;

/** The categories of needs assessed at a visit; the routing to services reads them. */
public enum NeedCategory {
    HOUSING,
    HEALTH,
    EDUCATION,
    EMPLOYMENT,
    DOCUMENTATION,
    LEGAL,
    LANGUAGE,
    SOCIAL_PROTECTION,
    CHILD_CARE,
    OTHER
}
