package org.welcomedesk.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has headroom: a restart will not help a missing database. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        double used = (double) (runtime.totalMemory() - runtime.freeMemory()) / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(used < MAX_HEAP_USE).build();
    }
}
