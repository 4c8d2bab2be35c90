package org.welcomedesk.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.welcomedesk.platform.persistence.H2Housekeeping;

/**
 * Shows whether H2's housekeeping steps fail (a file that is no longer compacted grows until
 * commits slow down): the counts are data of a check that stays up, because the registry still
 * serves while they fail. Always zero on PostgreSQL.
 */
@Readiness
@ApplicationScoped
public class H2HousekeepingCheck implements HealthCheck {

    @Inject
    H2Housekeeping housekeeping;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("h2Housekeeping")
                .up()
                .withData("failures", housekeeping.failures())
                .withData("failuresInARow", housekeeping.failuresInARow())
                .build();
    }
}
