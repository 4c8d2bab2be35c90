package org.welcomedesk.registry.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.application.ReferenceChecks;
import org.welcomedesk.registry.records.application.RegistrySettings;
import org.welcomedesk.registry.records.domain.Flow;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.MigrationRule;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceEvent;
import org.welcomedesk.registry.registration.infrastructure.HouseholdPlacement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Registers many households at once: for a city's worth of people (the demo city's first
 * start), where {@link Registration} one household at a time would take many minutes. Every
 * person is what the counter would register ({@link Registration#prepare}: reference codes,
 * field rules, arrival, consent, needs), their later events are recorded and their provisional
 * events settled as the nightly classification would ({@link Person#settleEvents}); people are
 * saved with their search keys and audit entries ({@link PersonRepository#addAll}, JDBC
 * batches) and placed in their households ({@link HouseholdPlacement}).
 *
 * <p>A whole city goes in three steps: {@link #prepare} in memory, {@link #saveHouseholds}, then
 * {@link #savePeople} in slices of {@link City#people()}, one transaction each. The people come
 * in the order of their ids, so every index that starts with a person's id (the person, their
 * events, search keys, consents, audit entries) grows at its end instead of everywhere at once:
 * on H2 that is most of what a load writes (docs/benchmarks.md, Demo city).
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

    @Inject
    HouseholdPlacement households;

    Clock clock = Clock.systemUTC();

    /**
     * Registers the households with their later events as of {@code today}, all in one
     * transaction; a household the rules refuse is left out and counted. Returns what was saved.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally register(List<SyntheticPopulation.Household> households, LocalDate today) {
        City city = prepare(households, today);
        saveHouseholds(city);
        Tally tally = savePeople(city.people());
        tally.add(city.tally());
        return tally;
    }

    /**
     * The households' members as registered, with their later events recorded and what is due
     * settled, in memory: nothing is saved. A household the rules refuse is left out and counted
     * in {@link City#tally()}.
     */
    public City prepare(List<SyntheticPopulation.Household> households, LocalDate today) {
        Instant now = Instant.now(clock);
        String actor = audit.actor();
        MigrationRule rule = settings.migrationRule();
        Tally tally = new Tally();
        List<Household> kept = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (SyntheticPopulation.Household generated : households) {
            List<Person> prepared;
            try {
                prepared = prepare(generated, actor, now, rule, today);
            } catch (RuntimeException refused) {
                tally.refused++;
                continue;
            }
            Household household = new Household(now);
            kept.add(household);
            for (int i = 0; i < prepared.size(); i++) {
                HouseholdRole role = i == 0 ? HouseholdRole.REFERENCE_PERSON : generated.members().get(i).householdRole();
                members.add(new Member(prepared.get(i), household.getId(), role));
            }
            tally.households++;
        }
        members.sort(Comparator.comparing(member -> member.person().getId()));
        return new City(List.copyOf(kept), List.copyOf(members), tally);
    }

    /** Saves the city's households, still without members, in a transaction of its own (or the caller's). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void saveHouseholds(City city) {
        city.households().forEach(people::add);
    }

    /**
     * Saves these members of a city (their households saved already), with their search keys and
     * audit entries, in a transaction of its own (or the caller's). Returns what was saved.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Tally savePeople(List<Member> members) {
        List<Person> batch = members.stream().map(Member::person).toList();
        people.addAll(batch);
        // not Person.joinHousehold: that loads every household's members saved by earlier batches
        households.place(members.stream()
                .map(m -> new HouseholdPlacement.Place(m.person().getId(), m.householdId(), m.role())).toList());
        Tally tally = new Tally();
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

    /**
     * A city prepared in memory: its households (not yet saved) and their members in the order
     * of their ids, and the count of households refused.
     */
    public record City(List<Household> households, List<Member> people, Tally tally) {
    }

    /** A prepared person, the household they will join and their role in it. */
    public record Member(Person person, String householdId, HouseholdRole role) {
    }

    /** What a bulk registration saved, in counts only: people, households, events by flow and year. */
    public static final class Tally {

        private int people;
        private int households;
        private int refused;
        private int refusedPeople;
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
            refusedPeople += other.refusedPeople;
            provisional += other.provisional;
            other.flows.forEach((flow, n) -> flows.merge(flow, n, Integer::sum));
            other.byYear.forEach((year, counts) -> counts.forEach((flow, n) ->
                    byYear.computeIfAbsent(year, y -> new EnumMap<>(Flow.class)).merge(flow, n, Integer::sum)));
        }

        /** People left out, e.g. a whole batch the database refused. */
        public void refusePeople(int count) {
            refusedPeople += count;
        }

        public int people() {
            return people;
        }

        public int households() {
            return households;
        }

        /** Households the rules refused. */
        public int refused() {
            return refused;
        }

        /** People the database refused (their households are saved, without them). */
        public int refusedPeople() {
            return refusedPeople;
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
