package org.welcomedesk.services.domain;

/** HSDS service status: only active services are offered to clerks. */
public enum ServiceStatus {
    ACTIVE,
    INACTIVE,
    DEFUNCT,
    TEMPORARILY_CLOSED
}
