package org.welcomedesk.rollup.domain;

/** A release was approved and put in the outbox (fired inside the approving transaction). */
public record ReleaseApproved(String releaseId) {}
