package org.welcomedesk.registry.imports.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.welcomedesk.platform.persistence.SchemaMigration;
import org.welcomedesk.registry.imports.application.ImportJobs;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up (after the migrations): files people the search and match indexes do not hold yet
 * (after an upgrade), then picks up imports the last stop of the server left unfinished.
 */
@ApplicationScoped
public class UnfinishedImports {

    private static final Logger LOG = Logger.getLogger(UnfinishedImports.class.getName());

    @Inject
    ImportJobs imports;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    org.welcomedesk.registry.duplicates.application.SearchIndex index;

    void onStart(@Observes @Priority(SchemaMigration.ORDER + 200) @Initialized(ApplicationScoped.class) Object event) {
        // in the background: start-up never waits for it, nor fails because of it
        executor.submit(() -> {
            try {
                index.backfill();
                imports.resumeAfterRestart();
            } catch (RuntimeException e) {
                // the imports stay listed and can be resumed by hand
                LOG.log(
                        Level.WARNING,
                        "Could not resume unfinished imports: {0}",
                        e.getClass().getName());
            }
        });
    }
}
