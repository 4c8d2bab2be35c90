package org.welcomedesk.registry.records.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.welcomedesk.registry.duplicates.domain.PersonMerge;

/** The central registry's people. */
public interface PersonRepository {

    Optional<Person> find(String id);

    List<Person> findAll(Collection<String> ids);

    /**
     * These people with their residence events and citizenships, read in a few queries rather
     * than a few per person (whole-registry passes such as the statistics store's rebuild).
     */
    List<Person> findAllWithResidence(Collection<String> ids);

    /** Stores a new person with their search keys. */
    void add(Person person);

    /** Refreshes the search keys after the person's names changed. */
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

    /** Ids of the referrals made for the person (the services feature keeps them; a merge moves them). */
    List<Long> referralsOf(String personId);

    /**
     * Ids of people living in the city with needs on record, after {@code afterId} in id order
     * (keyset paging for whole-registry passes).
     */
    List<String> livingWithNeeds(String afterId, int limit);

    /** Ids of people not merged away, after {@code afterId} in id order (keyset paging for whole-registry passes). */
    List<String> idsAfter(String afterId, int limit);

    /**
     * Ids of people (not merged away) filed under any of the matching engine's blocking
     * {@code keys}, those sharing most keys first, at most {@code limit}.
     */
    List<String> candidatesByMatchKeys(java.util.Collection<String> keys, int limit);

    /** For each key, the people filed under it (not merged away); keys nobody has are absent. */
    java.util.Map<String, List<String>> peopleByMatchKeys(java.util.Collection<String> keys);

    /** What the matching engine compares, for the people among {@code ids} not merged away. */
    List<org.welcomedesk.registry.duplicates.domain.matching.MatchProfile> profiles(java.util.Collection<String> ids);

    /**
     * As {@link #profiles} but without document numbers (every profile's set is empty): enough
     * to rank people by name and birth date, one query fewer. Never compare these for duplicates.
     */
    List<org.welcomedesk.registry.duplicates.domain.matching.MatchProfile> profilesWithoutDocuments(java.util.Collection<String> ids);

    /** Every person not merged away, as match profiles, in id order, {@code batchSize} at a time. */
    void forEachProfileBatch(int batchSize,
                             java.util.function.Consumer<List<org.welcomedesk.registry.duplicates.domain.matching.MatchProfile>> batch);

    /** Stores new people with their search keys, written in batches (imports). */
    void addAll(List<Person> people);

    /** Ids of the records merged into {@code id}. */
    List<String> mergedInto(String id);

    /**
     * Moves the items a merge lists from one person's record to the other's (merge: merged
     * to survivor; unmerge: back). Pending changes are written first and the persistence
     * context is cleared after: find both records again to see them as they now are.
     */
    void moveItems(PersonMerge merge, Person from, Person to);

    /** People not yet filed in the match index (registered before it existed), at most {@code max}. */
    List<String> notIndexed(int max);

    /** Takes a merged record out of the search and match indexes. */
    void unindex(Person person);

    /**
     * Deletes people and everything recorded on them, for a cancelled import only (its people
     * were never seen at a counter). Audit entries stay: they hold ids, never personal data.
     */
    void removeAll(java.util.Collection<String> ids);

    /**
     * Writes pending changes now, so a concurrent save of the same record is detected here
     * (as {@link org.welcomedesk.platform.error.EditConflict}) rather than at commit.
     */
    void saveChanges();
}
