package org.welcomedesk.registry.registration.application;

import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the counter records when registering one person: their details, their place in
 * the household, documents, how they arrived, what they consented to and what they need.
 */
public record NewPerson(
        PersonDetails details,
        HouseholdRole householdRole,
        List<Document> documents,
        ResidenceEventFacts arrival,
        Set<ConsentPurpose> consents,
        List<Need> needs) {

    /** An identity document shown at registration. */
    public record Document(DocumentType type, String number, String issuingCountry, LocalDate expiryDate) {}

    public NewPerson {
        documents = documents == null ? List.of() : List.copyOf(documents);
        consents = consents == null ? Set.of() : Set.copyOf(consents);
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    /**
     * The person as a record not saved (id "draft"), with the documents that have a number:
     * what the duplicate check compares with the registry.
     */
    public Person draft() {
        Person draft = new Person(details, "draft", Instant.EPOCH);
        documents.forEach(d -> {
            if (d.type() != null && d.number() != null && !d.number().isBlank()) {
                draft.addDocument(d.type(), d.number(), d.issuingCountry(), d.expiryDate());
            }
        });
        return draft;
    }
}
