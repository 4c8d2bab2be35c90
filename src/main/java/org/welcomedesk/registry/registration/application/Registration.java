package org.welcomedesk.registry.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.welcomedesk.platform.error.InvalidFields;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.persistence.IdempotentCreations;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.domain.RegistrationDecision;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.records.application.ReferenceChecks;
import org.welcomedesk.registry.records.application.RegistrySettings;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceRecordsChanged;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registering people at the counter: one person, or a household registered together. All of
 * it happens in one transaction with its audit entries, so a failure leaves nothing behind.
 */
@ApplicationScoped
public class Registration {

    @Inject
    PersonRepository people;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @Inject
    RegistrySettings settings;

    @Inject
    ReferenceChecks references;

    @Inject
    DuplicateCheck duplicateCheck;

    Clock clock = Clock.systemUTC();

    @Inject
    IdempotentCreations creations;

    @Inject
    DuplicateReview review;

    @Inject
    Event<ResidenceRecordsChanged> residenceChanged;

    @Transactional
    public Person register(NewPerson newPerson) {
        return create(newPerson, Instant.now(clock), "");
    }

    /**
     * Registers one person once per idempotency key: a replayed request returns the person
     * registered the first time. The key and the person are saved in a transaction of their own
     * ({@link IdempotentCreations}), so this runs outside the caller's.
     */
    public Created registerOnce(String idempotencyKey, String requestHash, NewPerson newPerson) {
        var outcome = creations.once(
                idempotencyKey,
                audit.actor(),
                requestHash,
                () -> register(newPerson).getId());
        return new Created(outcome.resourceId(), outcome.replayed());
    }

    /** Registers a household once per idempotency key (in a transaction of its own, like {@link #registerOnce}). */
    public Created registerHouseholdOnce(String idempotencyKey, String requestHash, List<NewPerson> members) {
        return registerHouseholdOnce(idempotencyKey, requestHash, members, List.of(), false);
    }

    /**
     * Registers a household once per idempotency key, after the clerk saw possible duplicates
     * ({@code shown}, one list per member, possibly empty): unless none was shown, the clerk must
     * have confirmed these are new people, and that choice is recorded with each member it
     * concerns, in the same transaction.
     */
    public Created registerHouseholdOnce(
            String idempotencyKey,
            String requestHash,
            List<NewPerson> members,
            List<List<RegistrationDecision.ShownCandidate>> shown,
            boolean confirmedNew) {
        if (!confirmedNew && shown.stream().anyMatch(candidates -> !candidates.isEmpty())) {
            // possible duplicates were shown: the clerk opens one, or says these are new people
            throw new RuleViolation("confirmedNew", "register.duplicates.confirmRequired");
        }
        var outcome = creations.once(idempotencyKey, audit.actor(), requestHash, () -> {
            Household household = registerHousehold(members);
            for (int i = 0; i < shown.size() && i < household.getMembers().size(); i++) {
                if (!shown.get(i).isEmpty()) {
                    // members are in the order they joined, which is the form's order
                    review.recordDecision(
                            RegistrationDecision.Choice.CONFIRMED_NEW,
                            household.getMembers().get(i).getId(),
                            shown.get(i));
                }
            }
            return household.getId();
        });
        return new Created(outcome.resourceId(), outcome.replayed());
    }

    /** The id of a household's reference person. */
    @Transactional
    public String referencePerson(String householdId) {
        return people
                .findHousehold(householdId)
                .orElseThrow(() -> new org.welcomedesk.platform.error.NotFound("household"))
                .getMembers()
                .stream()
                .filter(p -> p.getHouseholdRole() == HouseholdRole.REFERENCE_PERSON)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    /** What a creation produced: the id, and whether it is a replay of an earlier request. */
    public record Created(String id, boolean replayed) {}

    /**
     * Registers a household: every member with their relationship to the reference person
     * (the first member). Field errors name the member, e.g. {@code members[2].familyNames}.
     */
    @Transactional
    public Household registerHousehold(List<NewPerson> members) {
        if (members == null || members.isEmpty()) {
            throw new RuleViolation("members", "household.empty");
        }
        Instant now = Instant.now(clock);
        Household household = new Household(now);
        people.add(household);
        List<Person> registered = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Person person = create(members.get(i), now, "members[" + i + "].");
            HouseholdRole role =
                    i == 0 ? HouseholdRole.REFERENCE_PERSON : members.get(i).householdRole();
            person.joinHousehold(household, role);
            registered.add(person);
        }
        return household;
    }

    private Person create(NewPerson newPerson, Instant now, String fieldPrefix) {
        Person person = prepare(newPerson, audit.actor(), now, fieldPrefix);
        people.add(person);
        audit.record(
                AuditEntry.Action.CREATE,
                AuditTrail.PERSON,
                person.getId(),
                person.snapshot().keySet());
        residenceChanged.fire(ResidenceRecordsChanged.of(person.getId()));
        return person;
    }

    /**
     * The person {@code newPerson} describes, checked (reference codes, field rules) and with
     * their arrival, consent and needs recorded, but not saved: registration saves it at once,
     * an import after its duplicate check. Field errors carry {@code fieldPrefix}.
     */
    public Person prepare(NewPerson newPerson, String actor, Instant now, String fieldPrefix) {
        try {
            references.check(newPerson.details(), "");
            if (newPerson.arrival() != null) {
                references.check(newPerson.arrival(), "");
            }
            for (int i = 0; i < newPerson.documents().size(); i++) {
                references.country(
                        newPerson.documents().get(i).issuingCountry(), "documents[" + i + "].issuingCountry");
            }
            Person person = new Person(newPerson.details(), actor, now);
            newPerson
                    .documents()
                    .forEach(d -> person.addDocument(d.type(), d.number(), d.issuingCountry(), d.expiryDate()));
            validate(person, fieldPrefix);
            if (newPerson.arrival() != null) {
                person.record(newPerson.arrival(), settings.migrationRule(), actor, now);
            }
            for (ConsentPurpose purpose : newPerson.consents()) {
                person.recordConsent(purpose, true, actor, now);
            }
            if (!newPerson.needs().isEmpty()) {
                person.assessNeeds(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC), newPerson.needs(), actor, now);
            }
            return person;
        } catch (RuleViolation violation) {
            if (fieldPrefix.isEmpty()) {
                throw violation;
            }
            throw new RuleViolation(fieldPrefix + violation.field(), violation.messageKey(), violation.arguments());
        }
    }

    private void validate(Person person, String fieldPrefix) {
        Set<ConstraintViolation<Person>> violations = validator.validate(person);
        if (!violations.isEmpty()) {
            throw InvalidFields.of(fieldPrefix, violations);
        }
    }

    /**
     * People who may be the person described, checked like a registration first: an unknown
     * country or language is refused naming its field, never matched as if it were a code.
     */
    @Transactional
    public List<DuplicateCheck.Candidate> possibleDuplicates(NewPerson newPerson, int max) {
        references.check(newPerson.details(), "person.");
        for (int i = 0; i < newPerson.documents().size(); i++) {
            references.country(newPerson.documents().get(i).issuingCountry(), "documents[" + i + "].issuingCountry");
        }
        return duplicateCheck.candidatesFor(MatchProfile.of(newPerson.draft()), max);
    }
}
