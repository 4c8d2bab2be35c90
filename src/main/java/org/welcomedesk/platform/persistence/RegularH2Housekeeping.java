package org.welcomedesk.platform.persistence;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The timer that gives H2 a step of housekeeping every five minutes (desk traffic grows it too). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegularH2Housekeeping {

    @Inject
    H2Housekeeping housekeeping;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void run() {
        housekeeping.step();
    }
}
