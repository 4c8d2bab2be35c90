package org.welcomedesk.registry.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.welcomedesk.platform.error.EditConflict;
import org.welcomedesk.platform.error.InvalidFields;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceEvent;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceRecordsChanged;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reading and changing a person's record. Every read and change is audited in the same
 * transaction; an edit based on an old version is refused with the record as it now is.
 */
@ApplicationScoped
public class PersonRecords {

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
    Event<ResidenceRecordsChanged> residenceChanged;

    Clock clock = Clock.systemUTC();

    /** The person's whole record, with its timeline; the read is audited. */
    @Transactional
    public Person view(String id) {
        Person person = find(id);
        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, id, Set.of());
        // Load what the pages and the API show while the transaction is open.
        person.getEvents().size();
        person.getDocuments().size();
        person.getConsents().size();
        person.getAssessments().size();
        person.getSkills();
        if (person.getHousehold() != null) {
            // the record shows the other members' names and relationships: that is a read of theirs
            person.getHousehold().getMembers().stream()
                    .filter(member -> !member.getId().equals(id))
                    .forEach(member -> audit.record(
                            AuditEntry.Action.VIEW, AuditTrail.PERSON, member.getId(), List.of("household")));
        }
        return person;
    }

    /**
     * Saves new details over version {@code expectedVersion}; if someone saved in between,
     * throws {@link EditConflict} with the saved values and changes nothing.
     */
    @Transactional
    public Person update(String id, long expectedVersion, PersonDetails details) {
        Person person = find(id);
        if (person.getVersion() != expectedVersion) {
            throw new EditConflict(person.getVersion(), person.snapshot());
        }
        references.check(details, "");
        Set<String> changed = person.update(details, audit.actor(), Instant.now(clock));
        var violations = validator.validate(person);
        if (!violations.isEmpty()) {
            throw InvalidFields.of("", violations);
        }
        if (changed.isEmpty()) {
            return person;
        }
        if (changed.stream().anyMatch(field -> field.contains("Names"))) {
            people.reindex(person);
        }
        people.saveChanges();
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, id, changed);
        residenceChanged.fire(ResidenceRecordsChanged.of(id));
        return person;
    }

    @Transactional
    public ResidenceEvent recordEvent(String id, ResidenceEventFacts facts) {
        Person person = find(id);
        references.check(facts, "");
        ResidenceEvent event = person.record(facts, settings.migrationRule(), audit.actor(), Instant.now(clock));
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, id, List.of("events"));
        residenceChanged.fire(ResidenceRecordsChanged.of(id));
        return event;
    }

    /**
     * A household moves or leaves together: one event for each current member but those in
     * {@code exceptPersonIds} (see {@link Household#recordTogether}), all or none, each audited
     * like a single event.
     */
    @Transactional
    public List<ResidenceEvent> recordHouseholdEvent(
            String householdId,
            ResidenceEventFacts facts,
            String address,
            java.util.Collection<String> exceptPersonIds) {
        Household household = people.findHousehold(householdId).orElseThrow(() -> new NotFound("household"));
        references.check(facts, "");
        List<ResidenceEvent> events = household.recordTogether(
                facts, address, exceptPersonIds, settings.migrationRule(), audit.actor(), Instant.now(clock));
        for (ResidenceEvent event : events) {
            Person member = event.getPerson();
            var violations = validator.validate(member);
            if (!violations.isEmpty()) {
                throw InvalidFields.of("", violations);
            }
            boolean newAddress =
                    address != null && !address.isBlank() && facts.type().establishesResidence();
            audit.record(
                    AuditEntry.Action.UPDATE,
                    AuditTrail.PERSON,
                    member.getId(),
                    newAddress ? List.of("events", "address") : List.of("events"));
            residenceChanged.fire(ResidenceRecordsChanged.of(member.getId()));
        }
        return events;
    }

    @Transactional
    public ResidenceEvent correctEvent(String id, long eventId, ResidenceEventFacts facts) {
        Person person = find(id);
        references.check(facts, "");
        ResidenceEvent event =
                person.correct(eventId, facts, settings.migrationRule(), audit.actor(), Instant.now(clock));
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, id, List.of("events"));
        residenceChanged.fire(ResidenceRecordsChanged.of(id));
        return event;
    }

    @Transactional
    public void recordConsent(String id, ConsentPurpose purpose, boolean granted) {
        find(id).recordConsent(purpose, granted, audit.actor(), Instant.now(clock));
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, id, List.of("consent." + purpose));
    }

    /** Replaces what the person can do (ISCO-08 groups); jobs and training match on it. */
    @Transactional
    public void recordSkills(
            String id, java.util.Collection<org.welcomedesk.registry.records.domain.SkillGroup> skills) {
        find(id).recordSkills(skills, audit.actor(), Instant.now(clock));
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, id, List.of("skills"));
    }

    @Transactional
    public void assessNeeds(String id, List<Need> needs) {
        Instant now = Instant.now(clock);
        find(id).assessNeeds(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC), needs, audit.actor(), now);
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, id, List.of("needs"));
    }

    @Transactional
    public void addDocument(String id, DocumentType type, String number, String issuingCountry, LocalDate expiry) {
        references.country(issuingCountry, "issuingCountry");
        find(id).addDocument(type, number, issuingCountry, expiry);
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, id, List.of("documents"));
    }

    /** Who read or changed the record, newest first (supervisors). */
    @Transactional
    public List<AuditEntry> history(String id) {
        find(id);
        // audit entries never move: a merge shows the merged records' history with the survivor's
        List<AuditEntry> history = new java.util.ArrayList<>(audit.historyOf(AuditTrail.PERSON, id));
        for (String mergedId : people.mergedInto(id)) {
            history.addAll(audit.historyOf(AuditTrail.PERSON, mergedId));
        }
        history.sort(java.util.Comparator.comparing(AuditEntry::getOccurredAt)
                .reversed()
                .thenComparing(AuditEntry::getId, java.util.Comparator.reverseOrder()));
        return history;
    }

    /** A household with its members; reading it is audited for each member. */
    @Transactional
    public Household household(String householdId) {
        Household household = people.findHousehold(householdId).orElseThrow(() -> new NotFound("household"));
        household
                .getMembers()
                .forEach(member ->
                        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, member.getId(), List.of("household")));
        return household;
    }

    private Person find(String id) {
        return people.find(id).orElseThrow(() -> new NotFound("person"));
    }
}
