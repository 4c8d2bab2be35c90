package org.welcomedesk.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.RequestInProgress;
import org.welcomedesk.platform.error.RuleViolation;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Carries out a creation once per Idempotency-Key and caller: a replay of the same request
 * returns the first result and creates nothing; the same key with a different request is
 * refused.
 *
 * <p>The creation and its key are saved in one transaction of their own, the key last. Two
 * requests with one key may both find it unused and both create; the database's primary key on
 * the key lets only one of them save it, and the other is rolled back whole, so one resource is
 * created. The one rolled back then reads the key again in a fresh transaction (its own is
 * spoilt, on PostgreSQL) and answers as a replay, or, while the first is still at work (H2
 * refuses to wait for it longer than its lock timeout), with {@link RequestInProgress}.
 */
@ApplicationScoped
public class IdempotentCreations {

    /** Longest accepted key; UUIDs fit easily. */
    public static final int MAX_KEY_LENGTH = 100;

    /**
     * SQL states that mean "another transaction holds this key": a unique-key violation (both
     * databases), H2's lock timeout and concurrent update, PostgreSQL's lock and serialization
     * failures.
     */
    private static final Set<String> KEY_TAKEN_STATES =
            Set.of("23505", "23000", "HYT00", "90131", "40001", "40P01", "55P03");

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Inject
    IdempotentCreations self;

    Clock clock = Clock.systemUTC();

    /** The outcome: the id of the resource, and whether it existed already. */
    public record Outcome(String resourceId, boolean replayed) {}

    /**
     * Creates with {@code create} (which returns the new resource's id) unless this caller's key
     * was used before. Runs outside any caller's transaction: the key must be saved, or refused,
     * before the answer is given.
     *
     * @throws RuleViolation     the key is too long, or was used for a different request
     * @throws RequestInProgress the same request under this key is still being carried out
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Outcome once(String key, String actor, String requestHash, Supplier<String> create) {
        if (key == null || key.isBlank()) {
            return new Outcome(self.create(create), false);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new RuleViolation("Idempotency-Key", "idempotency.key.tooLong");
        }
        Optional<Outcome> earlier = self.earlier(key, actor, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return new Outcome(self.createOnce(key, actor, requestHash, create), false);
        } catch (KeyTaken taken) {
            return self.earlier(key, actor, requestHash).orElseThrow(RequestInProgress::new);
        }
    }

    /** The result of this caller's earlier request under {@code key}, if it was saved. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> earlier(String key, String actor, String requestHash) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key, actor));
        if (record == null) {
            return Optional.empty();
        }
        if (!record.getRequestHash().equals(requestHash)) {
            throw new RuleViolation("Idempotency-Key", "idempotency.key.reused");
        }
        return Optional.of(new Outcome(record.getResourceId(), true));
    }

    /** A creation without a key, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String create(Supplier<String> create) {
        return create.get();
    }

    /** The creation, then its key, in one transaction; {@link KeyTaken} if another request has the key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String createOnce(String key, String actor, String requestHash, Supplier<String> create) {
        String id = create.get();
        // the creation's own failures surface here as themselves, not as a taken key
        em.flush();
        em.persist(new IdempotencyRecord(key, actor, requestHash, id, Instant.now(clock)));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (keyTaken(e)) {
                throw new KeyTaken(e);
            }
            throw e;
        }
        return id;
    }

    static boolean keyTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && KEY_TAKEN_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Another transaction saved, or is saving, the same key; this creation is rolled back. */
    static class KeyTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyTaken(Throwable cause) {
            super(cause);
        }
    }
}
