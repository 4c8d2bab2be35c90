package org.welcomedesk.registry.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.domain.MigrationRule;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceRecordsChanged;

import java.time.LocalDate;
import java.util.List;

/**
 * Confirms or reclassifies the provisional residence events whose period under the duration
 * rule has passed, and brings statuses (newcomer, resident) up to date. Run nightly by
 * {@code NightlyClassification}.
 */
@ApplicationScoped
public class ResidenceClassification {

    @Inject
    PersonRepository people;

    @Inject
    RegistrySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ResidenceRecordsChanged> residenceChanged;

    /** Settles what is due on {@code today}; returns how many people were looked at. */
    @Transactional
    public int settleDue(LocalDate today) {
        MigrationRule rule = settings.migrationRule();
        java.util.Set<Person> due = new java.util.LinkedHashSet<>(people.withProvisionalEventsBefore(
                today.minusMonths(rule.months()).plusDays(1)));
        // newcomers become residents when their first year is over, events or not
        due.addAll(people.newcomers());
        java.util.Set<String> settled = new java.util.HashSet<>();
        for (Person person : due) {
            var before = person.getEvents().stream()
                    .map(e -> e.getFlow() + e.getObservationStatus())
                    .toList();
            var statusBefore = person.getStatus();
            person.settleEvents(rule, today);
            var after = person.getEvents().stream()
                    .map(e -> e.getFlow() + e.getObservationStatus())
                    .toList();
            if (!before.equals(after) || statusBefore != person.getStatus()) {
                audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, person.getId(), List.of("events", "status"));
                settled.add(person.getId());
            }
        }
        if (!settled.isEmpty()) {
            residenceChanged.fire(new ResidenceRecordsChanged(settled));
        }
        return due.size();
    }
}
