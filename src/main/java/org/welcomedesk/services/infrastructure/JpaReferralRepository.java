package org.welcomedesk.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.platform.persistence.InListStatements;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.Referral;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.ReferralStatus;
import org.welcomedesk.services.domain.ServiceAtLocation;
import org.welcomedesk.services.domain.UnmetNeed;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Referrals in the application's database. */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    /** A removed person's referrals, their history and merge moves first; {@code (?)} stands for the person ids. */
    private static final List<String> REMOVE_OF_PEOPLE = List.of(
            "delete from referral_transition where referral_id in (select id from referral where person_id in (?))",
            "delete from referral_merge_move where referral_id in (select id from referral where person_id in (?))",
            "delete from referral where person_id in (?)");

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }

    @Override
    public Optional<Referral> byCode(String code) {
        return em.createNamedQuery("Referral.byCode", Referral.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Referral> ofPerson(String personId) {
        return em.createNamedQuery("Referral.ofPerson", Referral.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    @Override
    public List<Referral> inboxOf(Organization organization, int limit) {
        return em.createNamedQuery("Referral.inbox", Referral.class)
                .setParameter("organization", organization)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Referral> overdue(LocalDate today, int limit) {
        return em.createNamedQuery("Referral.overdue", Referral.class)
                .setParameter("open", List.copyOf(ReferralStatus.open()))
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Referral> recent(int limit) {
        return em.createNamedQuery("Referral.recent", Referral.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<String, Long> openCountsByService() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Referral.openByService", Object[].class)
                .setParameter("open", List.copyOf(ReferralStatus.open()))
                .getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public boolean anyTo(ServiceAtLocation place) {
        return em.createNamedQuery("Referral.anyTo", Long.class)
                        .setParameter("place", place)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<UnmetNeed> closedUnmet() {
        return em
                .createNamedQuery("Referral.closedUnmet", Object[].class)
                .setParameter("closed", List.of(ReferralStatus.DECLINED, ReferralStatus.NO_SHOW))
                .getResultList()
                .stream()
                .map(row -> new UnmetNeed(
                        (NeedCategory) row[0], (String) row[1], ((ReferralStatus) row[2]).name(), (String) row[3]))
                .toList();
    }

    // A referral's person is not updatable through JPA (a referral never changes hands at the
    // desk): a merge moves it in SQL, after the pending changes are written.

    @Override
    public void moveForMerge(long mergeId, String fromPersonId, String toPersonId) {
        em.flush();
        em.createNativeQuery("insert into referral_merge_move (merge_id, referral_id)"
                        + " select cast(? as bigint), id from referral where person_id = ?")
                .setParameter(1, mergeId)
                .setParameter(2, fromPersonId)
                .executeUpdate();
        em.createNativeQuery("update referral set person_id = ? where person_id = ?")
                .setParameter(1, toPersonId)
                .setParameter(2, fromPersonId)
                .executeUpdate();
    }

    @Override
    public void moveBack(long mergeId, String survivorId, String mergedId) {
        em.flush();
        em.createNativeQuery("update referral set person_id = ? where person_id = ?"
                        + " and id in (select referral_id from referral_merge_move where merge_id = ?)")
                .setParameter(1, mergedId)
                .setParameter(2, survivorId)
                .setParameter(3, mergeId)
                .executeUpdate();
    }

    @Override
    public void removeAllOf(Collection<String> personIds) {
        em.flush();
        InListStatements.run(em, REMOVE_OF_PEOPLE, personIds);
    }
}
