package org.welcomedesk.registry.duplicates.domain.matching;

/** How likely two records describe the same person, for the clerk deciding whether to merge them. */
public enum Likelihood {
    LIKELY,
    POSSIBLE,
    UNLIKELY
}
