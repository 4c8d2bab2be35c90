package org.welcomedesk.registry.records.domain;

import java.util.List;

/**
 * New people stored in the registry (one registration, a household or an import batch), fired
 * synchronously in the transaction that stores them, after their rows are written: indexes kept
 * beside the registry (the duplicates' match index) file them in the same transaction.
 *
 * @param people the new records, in the order they were stored
 */
public record PeopleAdded(List<Person> people) {

    public PeopleAdded {
        people = List.copyOf(people);
    }
}
