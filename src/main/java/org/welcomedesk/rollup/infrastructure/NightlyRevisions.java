package org.welcomedesk.rollup.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.welcomedesk.rollup.application.NationalReleases;

import java.util.logging.Logger;

/**
 * Every night after the residence classification (02:15) has confirmed provisional events:
 * prepares revisions of the periods sent to the hub whose values changed.
 */
@Singleton
public class NightlyRevisions {

    private static final Logger LOG = Logger.getLogger(NightlyRevisions.class.getName());

    @Inject
    NationalReleases releases;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void run() {
        int prepared = releases.prepareRevisions().size();
        LOG.info(() -> "National releases: " + prepared + " revisions prepared for approval");
    }
}
