package org.welcomedesk.registry.records.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The central registry's people: their records, households and the name keys a search looks
 * them up by. Stores, changes and removals are announced ({@link PeopleAdded},
 * {@link PersonRefiled}, {@link PeopleRemoved}) so what other use cases keep on people (the
 * duplicates' match index, the services' referrals) follows in the same transaction.
 */
public interface PersonRepository {

    Optional<Person> find(String id);

    List<Person> findAll(Collection<String> ids);

    /**
     * These people with their residence events and citizenships, read in a few queries rather
     * than a few per person (whole-registry passes such as the statistics store's rebuild).
     */
    List<Person> findAllWithResidence(Collection<String> ids);

    /** Stores a new person with their search keys ({@link PeopleAdded}). */
    void add(Person person);

    /** Refreshes the search keys after the person's record changed ({@link PersonRefiled}). */
    void reindex(Person person);

    void add(Household household);

    Optional<Household> findHousehold(String id);

    /** The kinds of name keys a person is filed under (see {@link NameKeys}). */
    enum NameKeyKind {
        /** {@link NameKeys#wordKeys}: broad, for one-word searches. */
        WORD("S"),
        /** {@link NameKeys#pairKeys}: selective, the first lookup of a search. */
        PAIR("P"),
        /** {@link NameKeys#prefixPairKeys}: for a typo in one word of two. */
        PREFIX_PAIR("Q");

        private final String code;

        NameKeyKind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Ids of people (not merged away) filed under the most of {@code keys} of one kind, those
     * sharing most keys first, at most {@code limit}: the candidates a name search ranks.
     */
    List<String> candidatesByNameKeys(NameKeyKind kind, Collection<String> keys, int limit);

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
     * Ids of people living in the city with needs on record, after {@code afterId} in id order
     * (keyset paging for whole-registry passes).
     */
    List<String> livingWithNeeds(String afterId, int limit);

    /** Ids of people not merged away, after {@code afterId} in id order (keyset paging for whole-registry passes). */
    List<String> idsAfter(String afterId, int limit);

    /**
     * What a name search ranks by, for the people among {@code ids} not merged away, in id
     * order: names and birth date only, read without loading the records.
     */
    List<SearchProfile> searchProfiles(Collection<String> ids);

    /** Stores new people with their search keys, written in batches (imports; one {@link PeopleAdded}). */
    void addAll(List<Person> people);

    /** Ids of the records merged into {@code id}. */
    List<String> mergedInto(String id);

    /** Takes a merged record out of the name search (the duplicates' index is theirs to update). */
    void unindex(Person person);

    /**
     * Deletes people and everything recorded on them, for a cancelled import only (its people
     * were never seen at a counter); {@link PeopleRemoved} first lets other features delete
     * what they keep on them. Audit entries stay: they hold ids, never personal data.
     */
    void removeAll(java.util.Collection<String> ids);

    /**
     * Writes pending changes now, so a concurrent save of the same record is detected here
     * (as {@link org.welcomedesk.platform.error.EditConflict}) rather than at commit.
     */
    void saveChanges();
}
