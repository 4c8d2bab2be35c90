package org.welcomedesk.registry.duplicates.domain;

import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the matching engine needs from the registry: people filed under its blocking keys
 * ({@link MatchProfile#blockingKeys()}) and their match profiles. The index files people itself
 * as the registry stores or changes them (it observes the registry's events), so no caller
 * writes to it but to take a merged record out. Kept narrow so another index (a search engine)
 * can replace the database tables behind it.
 */
public interface MatchIndex {

    /**
     * Ids of people (not merged away) filed under any of {@code keys}, those sharing most keys
     * first, at most {@code limit}.
     */
    List<String> candidates(Collection<String> keys, int limit);

    /** For each key, the people filed under it (not merged away); keys nobody has are absent. */
    Map<String, List<String>> peopleByKeys(Collection<String> keys);

    /** What the matching engine compares, for the people among {@code ids} not merged away. */
    List<MatchProfile> profiles(Collection<String> ids);

    /** Every person not merged away, as match profiles, in id order, {@code batchSize} at a time. */
    void forEachProfileBatch(int batchSize, Consumer<List<MatchProfile>> batch);

    /** People not yet filed (registered before the index existed), at most {@code max}. */
    List<String> notFiled(int max);

    /** Takes a record merged away out of the index. */
    void unfile(String personId);
}
