package org.welcomedesk.statistics.domain;

/** What a statistical table counts: flows in a period, or the resident population on a date. */
public enum Measure {
    FLOWS,
    POPULATION
}
