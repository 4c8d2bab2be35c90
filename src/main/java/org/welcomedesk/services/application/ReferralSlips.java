package org.welcomedesk.services.application;

/** Renders referral slips for printing or download. */
public interface ReferralSlips {

    /** The slip as a one-page PDF document. */
    byte[] render(ReferralSlip slip);
}
