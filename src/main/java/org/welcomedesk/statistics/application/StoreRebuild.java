package org.welcomedesk.statistics.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.welcomedesk.platform.persistence.SchemaMigration;
import org.welcomedesk.registry.records.domain.PersonRepository;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Fills the aggregate store from scratch out of the registry: on an administrator's request, and
 * at start when the store is empty but the registry is not (first start, an upgrade). People are
 * read in batches, each in a transaction of its own; tables are counted from the old contents
 * until the rebuild ends. One rebuild at a time.
 */
@ApplicationScoped
public class StoreRebuild {

    /** After the schema and whatever else fills the registry at start. */
    public static final int ORDER = SchemaMigration.ORDER + 150;

    private static final Logger LOG = Logger.getLogger(StoreRebuild.class.getName());
    private static final int BATCH = 500;

    @Inject
    StoreContents store;

    @Inject
    PersonRepository people;

    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * What a rebuild did.
     *
     * @param people  how many records the registry holds (merged ones included)
     * @param millis  how long it took
     */
    public record Outcome(long people, long millis) {}

    void onStart(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object event) {
        if (store.isEmpty() && people.count() > 0) {
            Outcome outcome = rebuild();
            LOG.info(() -> "Statistics store was empty: rebuilt from the registry in " + outcome.millis() + " ms");
        } else {
            long started = System.nanoTime();
            store.load();
            LOG.info(() -> "Statistics store loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    /** Rebuilds the store from the registry; refused while another rebuild runs. */
    public Outcome rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw new org.welcomedesk.platform.error.RuleViolation("store", "statistics.store.rebuildRunning");
        }
        try {
            long started = System.nanoTime();
            store.beginRebuild();
            String after = null;
            while ((after = store.rebuildAfter(after, BATCH)) != null) {
                // batch after batch, in id order
            }
            store.endRebuild();
            Outcome outcome = new Outcome(people.count(), (System.nanoTime() - started) / 1_000_000);
            LOG.info(() ->
                    "Statistics store rebuilt from " + outcome.people() + " records in " + outcome.millis() + " ms");
            return outcome;
        } finally {
            running.set(false);
        }
    }
}
