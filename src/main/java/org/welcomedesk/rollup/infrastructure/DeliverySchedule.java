package org.welcomedesk.rollup.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.platform.persistence.SchemaMigration;
import org.welcomedesk.rollup.application.Sender;
import org.welcomedesk.rollup.domain.ReleaseApproved;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the sender: every few seconds from start-up (so what a restart left in the outbox goes),
 * and at once after an approval commits.
 */
@ApplicationScoped
public class DeliverySchedule {

    private static final Logger LOG = Logger.getLogger(DeliverySchedule.class.getName());

    @Inject
    Sender sender;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "welcomedesk.rollup.poll-seconds", defaultValue = "5")
    int pollSeconds;

    private volatile ScheduledFuture<?> polling;

    void onStart(@Observes @Priority(SchemaMigration.ORDER + 300) @Initialized(ApplicationScoped.class) Object event) {
        polling = executor.scheduleWithFixedDelay(this::deliver, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    // the application stops: no poll may start in a component that is gone
    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(false);
        }
    }

    void onApproved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseApproved approved) {
        executor.submit(this::deliver);
    }

    private void deliver() {
        try {
            sender.deliverDue();
        } catch (RuntimeException e) {
            // the message stays in the outbox and the next poll tries again
            LOG.log(
                    Level.WARNING,
                    "Sending to the national hub failed: {0}",
                    e.getClass().getName());
        }
    }
}
