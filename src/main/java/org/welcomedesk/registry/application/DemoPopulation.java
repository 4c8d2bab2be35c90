package org.welcomedesk.registry.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.platform.persistence.SchemaMigration;
import org.welcomedesk.registry.domain.PersonRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills an empty registry with a synthetic demo population at start-up when
 * {@code welcomedesk.demo.people} is above 0 (the run command sets 2,000; production leaves
 * it at 0). Never touches a registry that already has people.
 */
@ApplicationScoped
public class DemoPopulation {

    private static final Logger LOG = Logger.getLogger(DemoPopulation.class.getName());
    private static final long SEED = 20261123L;

    @Inject
    @ConfigProperty(name = "welcomedesk.demo.people", defaultValue = "0")
    int people;

    @Inject
    PersonRepository registry;

    @Inject
    Registration registration;

    @Inject
    PersonRecords records;

    Clock clock = Clock.systemUTC();

    void onStart(@Observes @Priority(SchemaMigration.ORDER + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (people <= 0 || !isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<SyntheticPopulation.Household> households = new SyntheticPopulation(SEED).households(people, LocalDate.now(clock));
        int skipped = 0;
        for (SyntheticPopulation.Household household : households) {
            try {
                load(household);
            } catch (RuntimeException refused) {
                // demo data the rules refuse is left out; the application still starts
                skipped++;
            }
        }
        int left = skipped;
        LOG.info(() -> "Demo population: " + people + " people in " + households.size() + " households generated, "
                + left + " households refused, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private boolean isEmpty() {
        return registry.count() == 0;
    }

    private void load(SyntheticPopulation.Household household) {
        var registered = registration.registerHousehold(household.members());
        var members = registered.getMembers();
        for (SyntheticPopulation.LaterEvent later : household.laterEvents()) {
            String id = idOfMember(household, members, later.memberIndex());
            records.recordEvent(id, later.facts());
        }
    }

    /** The registered person for the n-th member of the generated household. */
    private static String idOfMember(SyntheticPopulation.Household household,
                                     List<org.welcomedesk.registry.domain.Person> members, int index) {
        var wanted = household.members().get(index).details();
        return members.stream().filter(p -> java.util.Objects.equals(p.getName(), wanted.name())
                        && java.util.Objects.equals(p.getBirthDate(), wanted.birthDate()))
                .findFirst().orElse(members.get(0)).getId();
    }
}
