package org.welcomedesk.registry.records.domain;

/** Sex as recorded for statistics (F, M), or X when another or unknown. */
public enum Sex {
    F,
    M,
    X
}
