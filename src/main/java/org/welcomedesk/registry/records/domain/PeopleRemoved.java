package org.welcomedesk.registry.records.domain;

import java.util.Set;

/**
 * People about to be deleted with everything recorded on them (only a cancelled import's
 * people, never seen at a counter). Fired synchronously in the deleting transaction before
 * their records go: each feature deletes what it keeps on them (referrals, match keys, pairs).
 *
 * @param personIds the people removed
 */
public record PeopleRemoved(Set<String> personIds) {

    public PeopleRemoved {
        personIds = Set.copyOf(personIds);
    }
}
