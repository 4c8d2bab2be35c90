package org.welcomedesk.registry.records.domain;

import java.util.Set;

/**
 * Something that residence statistics read changed for these people: their residence events,
 * the details they are counted by (sex, birth date, citizenship, country of birth), or the
 * record itself (created, merged, separated, removed). Fired by the registry's application
 * services inside the transaction that made the change, so whoever keeps figures derived from
 * the registry can update them in the same transaction; the registry knows nothing of them.
 *
 * @param personIds the people whose records changed (a removed person's id too)
 */
public record ResidenceRecordsChanged(Set<String> personIds) {

    public ResidenceRecordsChanged {
        personIds = Set.copyOf(personIds);
    }

    /** A change to one person. */
    public static ResidenceRecordsChanged of(String... personIds) {
        return new ResidenceRecordsChanged(Set.copyOf(java.util.List.of(personIds)));
    }
}
