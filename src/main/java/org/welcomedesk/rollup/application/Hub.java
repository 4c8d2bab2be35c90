package org.welcomedesk.rollup.application;

/** The national hub as the sender reaches it. */
public interface Hub {

    /** Whether a hub is set at all: without one, approved releases wait in the outbox. */
    boolean configured();

    /** Delivers a release (PUT, idempotent by its id) and says what the hub answered. */
    HubAnswer deliver(String releaseId, String contentType, String payload);
}
