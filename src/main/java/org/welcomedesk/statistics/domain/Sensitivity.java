package org.welcomedesk.statistics.domain;

/**
 * How carefully a breakdown must be protected: sensitive breakdowns (legal status, protection
 * reasons, rare countries of origin) are withheld below a higher threshold.
 */
public enum Sensitivity {
    ORDINARY,
    SENSITIVE
}
