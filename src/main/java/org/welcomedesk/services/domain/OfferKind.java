package org.welcomedesk.services.domain;

/** Whether a directory entry is a service, or an opportunity: a job or a training course. */
public enum OfferKind {
    SERVICE,
    JOB,
    TRAINING;

    public boolean isOpportunity() {
        return this != SERVICE;
    }
}
