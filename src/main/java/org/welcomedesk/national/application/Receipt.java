package org.welcomedesk.national.application;

import java.time.Instant;

/**
 * What the hub answers a city for a stored release, the same every time the release is sent
 * again.
 *
 * @param releaseId  the release's id
 * @param city       its REF_AREA
 * @param period     its TIME_PERIOD
 * @param revision   its revision
 * @param status     RECEIVED (the period's first release) or REVISED (it replaced an earlier one)
 * @param receivedAt when the hub stored it
 */
public record Receipt(String releaseId, String city, String period, int revision, String status, Instant receivedAt) {}
