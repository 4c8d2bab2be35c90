package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;

/** Settings of routing and referrals (MicroProfile Config; see docs/operations.md). */
@ApplicationScoped
public class DirectorySettings {

    /** The city's time zone: opening hours and due dates are in it. */
    @Inject
    @ConfigProperty(name = "welcomedesk.city.zone", defaultValue = "Europe/Lisbon")
    String zone;

    /** Days a referral is given before it counts as overdue, unless the clerk sets another date. */
    @Inject
    @ConfigProperty(name = "welcomedesk.referrals.due-days", defaultValue = "14")
    int dueDays;

    /** Load the demo city's directory at start-up when the directory is empty (demo and tests only). */
    @Inject
    @ConfigProperty(name = "welcomedesk.demo.directory", defaultValue = "false")
    boolean demoDirectory;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public int dueDays() {
        return dueDays;
    }

    public boolean loadDemoDirectory() {
        return demoDirectory;
    }
}
