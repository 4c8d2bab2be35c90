package org.welcomedesk.national.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.national.application.Receipt;
import org.welcomedesk.national.application.ReceivedReleases;
import org.welcomedesk.national.application.RefusedAttempt;
import org.welcomedesk.national.domain.NationalRelease;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

@ApplicationScoped
public class JpaReceivedReleases implements ReceivedReleases {

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Override
    public Optional<Receipt> receipt(String releaseId) {
        return Optional.ofNullable(em.find(StoredRelease.class, releaseId)).map(StoredRelease::receipt);
    }

    @Override
    public OptionalInt newestRevision(String city, String period) {
        Integer newest = em.createNamedQuery(StoredRelease.NEWEST_REVISION, Integer.class)
                .setParameter("city", city)
                .setParameter("period", period)
                .getSingleResult();
        return newest == null ? OptionalInt.empty() : OptionalInt.of(newest);
    }

    @Override
    public Receipt store(NationalRelease release, String status, Instant receivedAt) {
        StoredRelease stored = new StoredRelease(release, status, receivedAt);
        em.persist(stored);
        // written now, so that a second copy of the same id fails here (primary key) and not at commit
        em.flush();
        return stored.receipt();
    }

    @Override
    public void refused(RefusedAttempt attempt) {
        em.persist(new Refusal(attempt));
    }

    @Override
    public List<NationalRelease> latest(String period) {
        List<StoredRelease> newestFirst = em.createNamedQuery(StoredRelease.OF_PERIOD, StoredRelease.class)
                .setParameter("period", period)
                .getResultList();
        return newestOfEachCity(newestFirst).stream()
                .map(StoredRelease::release)
                .toList();
    }

    @Override
    public List<Receipt> latestReceipts() {
        List<StoredRelease> all = em.createNamedQuery(StoredRelease.NEWEST_FIRST, StoredRelease.class)
                .getResultList();
        List<Receipt> latest = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredRelease release : all) {
            Receipt receipt = release.receipt();
            if (seen.add(receipt.city() + "|" + receipt.period())) {
                latest.add(receipt);
            }
        }
        return latest;
    }

    @Override
    public List<RefusedAttempt> refusals() {
        return em.createNamedQuery(Refusal.ALL, Refusal.class).getResultList().stream()
                .map(Refusal::attempt)
                .toList();
    }

    /** The releases come ordered by city, newest revision first: the first of each city. */
    private static List<StoredRelease> newestOfEachCity(List<StoredRelease> newestFirst) {
        List<StoredRelease> latest = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredRelease release : newestFirst) {
            if (seen.add(release.city())) {
                latest.add(release);
            }
        }
        return latest;
    }
}
