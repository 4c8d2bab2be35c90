package org.welcomedesk.registry.registration.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.platform.persistence.H2Housekeeping;
import org.welcomedesk.platform.persistence.SchemaMigration;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.registration.infrastructure.BulkLoadMode;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Fills an empty registry with the synthetic demo city at start-up when
 * {@code welcomedesk.demo.people} is above 0 (the run command sets 50,000; production leaves
 * it at 0): {@link SyntheticPopulation}'s households with eight years of history, registered in
 * batches by {@link BulkRegistration}. Never touches a registry that already has people.
 *
 * <p>Runs (at {@link #ORDER}) before anything that derives figures from the registry at
 * start-up; those observe the start later and find the city loaded.
 */
@ApplicationScoped
public class DemoPopulation {

    /** The start-up order of the demo load, after the schema and the demo directory. */
    public static final int ORDER = SchemaMigration.ORDER + 100;

    private static final Logger LOG = Logger.getLogger(DemoPopulation.class.getName());
    private static final long SEED = 20261123L;
    /**
     * People per transaction. With H2 writing in the background during the load ({@link BulkLoadMode})
     * a commit no longer writes pages; it still visits every row the transaction wrote, which is
     * cheap while those pages are in H2's cache.
     */
    private static final int BATCH = 2500;

    @Inject
    @ConfigProperty(name = "welcomedesk.demo.people", defaultValue = "0")
    int people;

    @Inject
    PersonRepository registry;

    @Inject
    BulkRegistration bulk;

    @Inject
    H2Housekeeping housekeeping;

    @Inject
    BulkLoadMode loadMode;

    Clock clock = Clock.systemUTC();

    /** The loading thread's CPU time when the load started, in ns. */
    private long cpuStarted;

    void onStart(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object event) {
        if (people <= 0) {
            return;
        }
        // a load cut short (the server stopped during it) left the registry without two indexes
        loadMode.restore();
        if (!isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        cpuStarted = cpuTime();
        LocalDate today = LocalDate.now(clock);
        List<SyntheticPopulation.Household> households = new SyntheticPopulation(SEED).households(people, today);
        long generated = System.nanoTime();
        BulkRegistration.Tally tally = new BulkRegistration.Tally();
        try (BulkLoadMode.Load load = loadMode.begin()) {
            register(households, tally, today, generated);
        }
        // H2's background writer tidied the file during the load; one step more for what it left
        housekeeping.step();
        // counts only: nothing about any person
        long done = System.nanoTime();
        // the CPU time of the loading thread as well: on a shared machine the wall time says more about the neighbours
        long cpu = (cpuTime() - cpuStarted) / 1_000_000;
        LOG.info(() -> String.format(Locale.ROOT, "Demo population: %d people in %d households (%d households, %d people refused), "
                        + "%d residence events %s, %d provisional; generated in %d ms, registered in %d ms "
                        + "(the loading thread's CPU time: %d ms)",
                tally.people(), tally.households(), tally.refused(), tally.refusedPeople(), tally.events(), tally.flows(),
                tally.provisional(), (generated - started) / 1_000_000, (done - generated) / 1_000_000, cpu));
        LOG.info(() -> "Demo population: events by year " + tally.byYear().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
    }

    private void register(List<SyntheticPopulation.Household> households, BulkRegistration.Tally tally, LocalDate today,
                          long generated) {
        BulkRegistration.City city = bulk.prepare(households, today);
        tally.add(city.tally());
        long prepared = System.nanoTime();
        long preparedCpu = (cpuTime() - cpuStarted) / 1_000_000;
        LOG.info(() -> "Demo population: " + city.people().size() + " people prepared in "
                + (prepared - generated) / 1_000_000 + " ms (the loading thread's CPU time so far: " + preparedCpu + " ms)");
        bulk.saveHouseholds(city);
        List<BulkRegistration.Member> people = city.people();
        for (int from = 0, slice = 0; from < people.size(); from += BATCH, slice++) {
            List<BulkRegistration.Member> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            try {
                tally.add(bulk.savePeople(batch));
            } catch (RuntimeException refused) {
                // demo data the database refuses is left out; the application still starts. Only the
                // exception's type is logged: its message can quote the names being written.
                LOG.log(Level.WARNING, "Demo population: a batch of {0} people refused: {1}",
                        new Object[] {batch.size(), refused.getClass().getName()});
                tally.refusePeople(batch.size());
            }
            if ((slice + 1) % 5 == 0) {
                int registered = tally.people();
                long seconds = (System.nanoTime() - generated) / 1_000_000_000;
                long cpu = (cpuTime() - cpuStarted) / 1_000_000_000;
                LOG.info(() -> "Demo population: " + registered + " of " + people.size() + " people registered in " + seconds
                        + " s (the loading thread's CPU time so far: " + cpu + " s)");
            }
        }
    }

    private static long cpuTime() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private boolean isEmpty() {
        return registry.count() == 0;
    }
}
