package org.welcomedesk.services.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands in its closed loop. */
public enum ReferralStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    NO_SHOW,
    CANCELLED;

    /** Waiting on the service: counts against its capacity and can become overdue. */
    public boolean isOpen() {
        return this == SENT || this == ACCEPTED;
    }

    public static Set<ReferralStatus> open() {
        return EnumSet.of(SENT, ACCEPTED);
    }
}
