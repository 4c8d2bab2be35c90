package org.welcomedesk.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out a creation once per Idempotency-Key and caller: a replay of the same request
 * returns the first result and creates nothing; the same key with a different request is
 * refused. The key is stored in the creation's own transaction.
 */
@ApplicationScoped
public class IdempotentCreations {

    /** Longest accepted key; UUIDs fit easily. */
    public static final int MAX_KEY_LENGTH = 100;

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The outcome: the id of the resource, and whether it existed already. */
    public record Outcome(String resourceId, boolean replayed) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome once(String key, String actor, String requestHash, Supplier<String> create) {
        if (key == null || key.isBlank()) {
            return new Outcome(create.get(), false);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new RuleViolation("Idempotency-Key", "idempotency.key.tooLong");
        }
        Optional<IdempotencyRecord> earlier = Optional.ofNullable(
                em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key, actor)));
        if (earlier.isPresent()) {
            if (!earlier.get().getRequestHash().equals(requestHash)) {
                throw new RuleViolation("Idempotency-Key", "idempotency.key.reused");
            }
            return new Outcome(earlier.get().getResourceId(), true);
        }
        String id = create.get();
        em.persist(new IdempotencyRecord(key, actor, requestHash, id, Instant.now(clock)));
        return new Outcome(id, false);
    }
}
