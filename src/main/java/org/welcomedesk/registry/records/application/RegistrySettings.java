package org.welcomedesk.registry.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.registry.records.domain.MigrationRule;

/** Registry settings from MicroProfile Config. */
@ApplicationScoped
public class RegistrySettings {

    @Inject
    @ConfigProperty(name = "welcomedesk.migration.duration-months", defaultValue = "12")
    int durationMonths;

    /** The duration rule of usual residence (12 months by default, EU-comparable). */
    public MigrationRule migrationRule() {
        return new MigrationRule(durationMonths);
    }
}
