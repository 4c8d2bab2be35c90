package org.welcomedesk.registry.duplicates.domain;

import org.welcomedesk.registry.records.domain.Person;

import java.util.List;
import java.util.Optional;

/**
 * Pairs under review, merges, clerks' registration decisions and the match thresholds. What it
 * keeps on people a cancelled import removes goes with them
 * ({@link org.welcomedesk.registry.records.domain.PeopleRemoved}).
 */
public interface DuplicateRepository {

    /** Open pairs the filter lets through, in the order asked, skipping pairs one of whose records was merged since. */
    List<DuplicatePair> openPairs(QueueFilter filter, QueueFilter.Order order, int first, int max);

    long countOpenPairs(QueueFilter filter);

    Optional<DuplicatePair> pair(long id);

    Optional<DuplicatePair> pairOf(String oneId, String otherId);

    void add(DuplicatePair pair);

    void add(PersonMerge merge);

    Optional<PersonMerge> merge(long id);

    /**
     * Moves the items a merge lists from one person's record to the other's (merge: merged
     * to survivor; unmerge: back). Pending changes are written first and the persistence
     * context is cleared after: find both records again to see them as they now are.
     */
    void moveItems(PersonMerge merge, Person from, Person to);

    /** Merges a person took part in, as survivor or merged record, newest first. */
    List<PersonMerge> mergesOf(String personId);

    void add(RegistrationDecision decision);

    Optional<MatchSetting> matchSetting();

    void add(MatchSetting setting);
}
