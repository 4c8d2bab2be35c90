package org.welcomedesk.registry.duplicates.domain;

import java.util.List;
import java.util.Optional;

/** Pairs under review, merges, clerks' registration decisions and the match thresholds. */
public interface DuplicateRepository {

    /** Open pairs, best score first, skipping pairs one of whose records was merged since. */
    List<DuplicatePair> openPairs(int first, int max);

    long countOpenPairs();

    Optional<DuplicatePair> pair(long id);

    Optional<DuplicatePair> pairOf(String oneId, String otherId);

    void add(DuplicatePair pair);

    void add(PersonMerge merge);

    Optional<PersonMerge> merge(long id);

    /** Merges a person took part in, as survivor or merged record, newest first. */
    List<PersonMerge> mergesOf(String personId);

    void add(RegistrationDecision decision);

    Optional<MatchSetting> matchSetting();

    void add(MatchSetting setting);
}
