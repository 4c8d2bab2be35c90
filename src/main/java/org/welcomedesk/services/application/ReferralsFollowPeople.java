package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.welcomedesk.registry.records.domain.MergeUndone;
import org.welcomedesk.registry.records.domain.PeopleRemoved;
import org.welcomedesk.registry.records.domain.RecordsMerged;
import org.welcomedesk.services.domain.ReferralRepository;

/**
 * Referrals follow their person when the registry merges two records, undoes a merge or removes
 * a cancelled import's people. The registry announces these (synchronously, in its transaction)
 * and never touches the referral tables; which referrals a merge moved is remembered here.
 */
@ApplicationScoped
public class ReferralsFollowPeople {

    @Inject
    ReferralRepository referrals;

    void onMerged(@Observes RecordsMerged merged) {
        referrals.moveForMerge(merged.mergeId(), merged.mergedId(), merged.survivorId());
    }

    void onMergeUndone(@Observes MergeUndone undone) {
        referrals.moveBack(undone.mergeId(), undone.survivorId(), undone.mergedId());
    }

    void onRemoved(@Observes PeopleRemoved removed) {
        referrals.removeAllOf(removed.personIds());
    }
}
