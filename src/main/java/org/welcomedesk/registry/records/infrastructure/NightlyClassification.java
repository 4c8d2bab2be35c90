package org.welcomedesk.registry.records.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.welcomedesk.registry.records.application.ResidenceClassification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/** The timer that runs the residence classification every night at 02:15. */
@Singleton
public class NightlyClassification {

    private static final Logger LOG = Logger.getLogger(NightlyClassification.class.getName());

    @Inject
    ResidenceClassification classification;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "2", minute = "15", persistent = false)
    void run() {
        int settled = classification.settleDue(LocalDate.now(clock));
        LOG.info(() -> "Residence classification: events of " + settled + " people settled");
    }
}
