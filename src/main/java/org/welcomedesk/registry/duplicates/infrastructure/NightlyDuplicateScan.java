package org.welcomedesk.registry.duplicates.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.welcomedesk.registry.duplicates.application.DuplicateScan;

/** The timer that screens the whole registry for duplicates every night at 03:00. */
@Singleton
public class NightlyDuplicateScan {

    @Inject
    DuplicateScan scan;

    @Schedule(hour = "3", minute = "0", persistent = false)
    void run() {
        if (!scan.isRunning()) {
            scan.scan();
        }
    }
}
