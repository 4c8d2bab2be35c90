package org.welcomedesk.testsupport;

import org.junit.jupiter.api.BeforeAll;

/**
 * What every test of the REST API shares: the deployment ({@link OnTheTestServer}) and a
 * client for each of the realm's demo service accounts, signed in afresh for every test class
 * (an access token lives five minutes).
 */
public abstract class ThroughTheApi extends OnTheTestServer {

    /** desk-integration: the clerk and supervisor roles. */
    protected static Api desk;
    /** statistics-reader: the planner role only. */
    protected static Api planner;
    /** harbour-clinic-referrals: the partner role, organisation harbour-clinic. */
    protected static Api partner;
    /** registry-sync: the admin role. */
    protected static Api admin;

    @BeforeAll
    static void serviceAccounts() throws Exception {
        desk = Api.as(ClientCredentials.DESK_INTEGRATION);
        planner = Api.as(ClientCredentials.STATISTICS_READER);
        partner = Api.as(ClientCredentials.HARBOUR_CLINIC_REFERRALS);
        admin = Api.as(ClientCredentials.REGISTRY_SYNC);
    }
}
