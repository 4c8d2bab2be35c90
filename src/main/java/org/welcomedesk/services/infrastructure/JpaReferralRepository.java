package org.welcomedesk.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.Referral;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.ReferralStatus;
import org.welcomedesk.services.domain.ServiceAtLocation;
import org.welcomedesk.services.domain.UnmetNeed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Referrals in the application's database. */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }

    @Override
    public Optional<Referral> byCode(String code) {
        return em.createNamedQuery("Referral.byCode", Referral.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Referral> ofPerson(String personId) {
        return em.createNamedQuery("Referral.ofPerson", Referral.class).setParameter("personId", personId)
                .getResultList();
    }

    @Override
    public List<Referral> inboxOf(Organization organization, int limit) {
        return em.createNamedQuery("Referral.inbox", Referral.class).setParameter("organization", organization)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Referral> overdue(LocalDate today, int limit) {
        return em.createNamedQuery("Referral.overdue", Referral.class)
                .setParameter("open", List.copyOf(ReferralStatus.open())).setParameter("today", today)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Referral> recent(int limit) {
        return em.createNamedQuery("Referral.recent", Referral.class).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<String, Long> openCountsByService() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Referral.openByService", Object[].class)
                .setParameter("open", List.copyOf(ReferralStatus.open())).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public boolean anyTo(ServiceAtLocation place) {
        return em.createNamedQuery("Referral.anyTo", Long.class).setParameter("place", place).getSingleResult() > 0;
    }

    @Override
    public List<UnmetNeed> closedUnmet() {
        return em.createNamedQuery("Referral.closedUnmet", Object[].class)
                .setParameter("closed", List.of(ReferralStatus.DECLINED, ReferralStatus.NO_SHOW)).getResultList()
                .stream()
                .map(row -> new UnmetNeed((NeedCategory) row[0], (String) row[1], ((ReferralStatus) row[2]).name(),
                        (String) row[3]))
                .toList();
    }
}
