package org.welcomedesk.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.registry.domain.MigrationRule;
import org.welcomedesk.registry.domain.Person;
import org.welcomedesk.registry.domain.PersonRepository;

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

    /** Settles what is due on {@code today}; returns how many people were looked at. */
    @Transactional
    public int settleDue(LocalDate today) {
        MigrationRule rule = settings.migrationRule();
        List<Person> due = people.withProvisionalEventsBefore(today.minusMonths(rule.months()).plusDays(1));
        due.forEach(person -> person.settleEvents(rule, today));
        return due.size();
    }
}
