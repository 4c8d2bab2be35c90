package org.welcomedesk.national.domain;

/** SDMX ACTION of a release: the first of a period appends, a revision replaces. */
public enum SdmxAction {
    /** A: append, the first release of a city's period. */
    A,
    /** R: replace, a revision (provisional counts become final, corrections). */
    R
}
