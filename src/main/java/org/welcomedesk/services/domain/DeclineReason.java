package org.welcomedesk.services.domain;

/** Why a service declined a referral; counted as unmet need by the planners. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_ELIGIBLE,
    UNABLE_TO_CONTACT,
    PERSON_DECLINED,
    OUT_OF_AREA,
    OTHER
}
