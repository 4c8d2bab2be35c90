package org.welcomedesk.rollup.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.rollup.domain.OutboxMessage;
import org.welcomedesk.rollup.domain.Submission;
import org.welcomedesk.rollup.domain.SubmissionRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSubmissionRepository implements SubmissionRepository {

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Override
    public void add(Submission submission) {
        em.persist(submission);
    }

    @Override
    public Optional<Submission> find(String releaseId) {
        return Optional.ofNullable(em.find(Submission.class, releaseId));
    }

    @Override
    public List<Submission> all() {
        return em.createNamedQuery(Submission.ALL, Submission.class).getResultList();
    }

    @Override
    public List<Submission> ofPeriod(String period) {
        return em.createNamedQuery(Submission.OF_PERIOD, Submission.class)
                .setParameter("period", period)
                .getResultList();
    }

    @Override
    public List<String> sentPeriods() {
        return em.createNamedQuery(Submission.SENT_PERIODS, String.class).getResultList();
    }

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> outboxOf(String releaseId) {
        return em.createNamedQuery(OutboxMessage.OF_RELEASE, OutboxMessage.class)
                .setParameter("releaseId", releaseId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<OutboxMessage> due(Instant now) {
        return em.createNamedQuery(OutboxMessage.DUE, OutboxMessage.class)
                .setParameter("now", now)
                .getResultList();
    }
}
