package org.welcomedesk.registry.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The central registry's people. */
public interface PersonRepository {

    Optional<Person> find(String id);

    List<Person> findAll(Collection<String> ids);

    /** Stores a new person with their search keys. */
    void add(Person person);

    /** Refreshes the search keys after the person's names changed. */
    void reindex(Person person);

    void add(Household household);

    Optional<Household> findHousehold(String id);

    /**
     * Ids of people whose name keys share the most keys with {@code keys}, best first, at most
     * {@code limit}: the candidates a name search ranks.
     */
    List<String> candidatesByNameKeys(Collection<String> skeletons, Collection<String> trigrams, int limit);

    List<Person> withDocumentNumber(String numberKey);

    List<Person> withPhoneDigits(String digits);

    /** Ids of people born in any year from {@code fromYear} to {@code toYear}. */
    List<String> bornBetween(int fromYear, int toYear);

    /** Newcomers whose stay may have reached the end of the newcomer period. */
    List<Person> newcomers();

    /** People with residence events still provisional and due to be settled on or before the date. */
    List<Person> withProvisionalEventsBefore(java.time.LocalDate eventDateBefore);

    long count();

    /**
     * Writes pending changes now, so a concurrent save of the same record is detected here
     * (as {@link org.welcomedesk.platform.error.EditConflict}) rather than at commit.
     */
    void saveChanges();
}
