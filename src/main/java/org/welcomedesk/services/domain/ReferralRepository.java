package org.welcomedesk.services.domain;

import java.time.LocalDate;
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

}
