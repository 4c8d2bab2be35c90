package org.welcomedesk.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.domain.Flow;
import org.welcomedesk.registry.domain.Household;
import org.welcomedesk.registry.domain.HouseholdRole;
import org.welcomedesk.registry.domain.MigrationRule;
import org.welcomedesk.registry.domain.Person;
import org.welcomedesk.registry.domain.PersonRepository;
import org.welcomedesk.registry.domain.ResidenceEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Registers many households at once, one batch per transaction: for a city's worth of people
 * (the demo city's first start), where {@link Registration} one household at a time would take
 * many minutes. Every person is what the counter would register ({@link Registration#prepare}:
 * reference codes, field rules, arrival, consent, needs), their later events are recorded and
 * their provisional events settled as the nightly classification would
 * ({@link Person#settleEvents}); the batch is saved with its search keys and audit entries
 * ({@link PersonRepository#addAll}, JDBC batches) and the persistence context ends with the
 * transaction.
 *
 * <p>Nothing is announced per person: whatever keeps figures derived from the registry (the
 * statistics store) rebuilds them once after the load instead.
 */
@ApplicationScoped
public class BulkRegistration {

    @Inject
    Registration registration;

    @Inject
    ReferenceChecks references;

    @Inject
    PersonRepository people;

    @Inject
    RegistrySettings settings;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * Registers the households with their later events as of {@code today}, in a transaction of
     * its own; a household the rules refuse is left out and counted. Returns what was saved.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally register(List<SyntheticPopulation.Household> households, LocalDate today) {
        Instant now = Instant.now(clock);
        String actor = audit.actor();
        MigrationRule rule = settings.migrationRule();
        Tally tally = new Tally();
        List<Person> batch = new ArrayList<>();
        for (SyntheticPopulation.Household generated : households) {
            List<Person> members;
            try {
                members = prepare(generated, actor, now, rule, today);
            } catch (RuntimeException refused) {
                tally.refused++;
                continue;
            }
            Household household = new Household(now);
            people.add(household);
            for (int i = 0; i < members.size(); i++) {
                HouseholdRole role = i == 0 ? HouseholdRole.REFERENCE_PERSON : generated.members().get(i).householdRole();
                members.get(i).joinHousehold(household, role);
            }
            batch.addAll(members);
            tally.households++;
        }
        people.addAll(batch);
        for (Person person : batch) {
            audit.record(AuditEntry.Action.CREATE, AuditTrail.PERSON, person.getId(), person.snapshot().keySet());
            tally.count(person);
        }
        return tally;
    }

    /** The members as registered, with their later events recorded and what is due settled; nothing saved yet. */
    private List<Person> prepare(SyntheticPopulation.Household generated, String actor, Instant now, MigrationRule rule,
                                 LocalDate today) {
        List<Person> members = new ArrayList<>();
        for (NewPerson member : generated.members()) {
            members.add(registration.prepare(member, actor, now, ""));
        }
        for (SyntheticPopulation.LaterEvent later : generated.laterEvents()) {
            references.check(later.facts(), "");
            members.get(later.memberIndex()).record(later.facts(), rule, actor, now);
        }
        for (Person person : members) {
            person.settleEvents(rule, today);
        }
        return members;
    }

    /** What a bulk registration saved, in counts only: people, households, events by flow and year. */
    public static final class Tally {

        private int people;
        private int households;
        private int refused;
        private int provisional;
        private final Map<Flow, Integer> flows = new EnumMap<>(Flow.class);
        private final Map<Integer, Map<Flow, Integer>> byYear = new TreeMap<>();

        private void count(Person person) {
            people++;
            for (ResidenceEvent event : person.getEvents()) {
                flows.merge(event.getFlow(), 1, Integer::sum);
                byYear.computeIfAbsent(event.getEventDate().getYear(), y -> new EnumMap<>(Flow.class))
                        .merge(event.getFlow(), 1, Integer::sum);
                if (event.isProvisional()) {
                    provisional++;
                }
            }
        }

        /** Adds another batch's counts to these. */
        public void add(Tally other) {
            people += other.people;
            households += other.households;
            refused += other.refused;
            provisional += other.provisional;
            other.flows.forEach((flow, n) -> flows.merge(flow, n, Integer::sum));
            other.byYear.forEach((year, counts) -> counts.forEach((flow, n) ->
                    byYear.computeIfAbsent(year, y -> new EnumMap<>(Flow.class)).merge(flow, n, Integer::sum)));
        }

        /** Households left out, e.g. a whole batch the database refused. */
        public void refuse(int count) {
            refused += count;
        }

        public int people() {
            return people;
        }

        public int households() {
            return households;
        }

        public int refused() {
            return refused;
        }

        /** Residence events still provisional (observation status P). */
        public int provisional() {
            return provisional;
        }

        public int events() {
            return flows.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Events by flow, in the order of {@link Flow}. */
        public Map<Flow, Integer> flows() {
            return java.util.Collections.unmodifiableMap(flows);
        }

        /** Events by flow for each year of their event dates, in year order. */
        public Map<Integer, Map<Flow, Integer>> byYear() {
            return java.util.Collections.unmodifiableMap(byYear);
        }
    }
}
