package org.welcomedesk.services.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Referrals, by code for partners and by person, organisation or due date for the desk. */
public interface ReferralRepository {

    void add(Referral referral);

    Optional<Referral> byCode(String code);

    List<Referral> ofPerson(String personId);

    /** An organisation's referrals that are not drafts, newest first. */
    List<Referral> inboxOf(Organization organization, int limit);

    /** Sent or accepted referrals due before today, oldest due first. */
    List<Referral> overdue(LocalDate today, int limit);

    /** Latest referrals that changed, for the desk's follow-up list. */
    List<Referral> recent(int limit);

    /** Open (sent or accepted) referrals per service id: the places they take up. */
    Map<String, Long> openCountsByService();

    /** Whether anything refers to the place (a place with referrals cannot be removed). */
    boolean anyTo(ServiceAtLocation place);

    /**
     * The people whose referrals were declined or missed, once per need category, district code
     * and cause: counted (and protected) by {@code UnmetNeeds}, never shown one by one.
     */
    List<UnmetNeed> closedUnmet();

    /**
     * Moves a person's referrals to another person (their records merged) and remembers which
     * moved with the merge.
     */
    void moveForMerge(long mergeId, String fromPersonId, String toPersonId);

    /** Moves back the referrals a merge moved that are still the survivor's (the merge undone). */
    void moveBack(long mergeId, String survivorId, String mergedId);

    /** Deletes the referrals of people removed from the registry (a cancelled import's), with their history. */
    void removeAllOf(Collection<String> personIds);
}
