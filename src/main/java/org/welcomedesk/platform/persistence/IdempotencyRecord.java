package org.welcomedesk.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A creation request already carried out under an Idempotency-Key: the key (per caller), a
 * hash of the request, and the resource it created.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Id
    @Column(name = "actor")
    private String actor;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private String resourceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    public IdempotencyRecord(String idempotencyKey, String actor, String requestHash, String resourceId, Instant at) {
        this.idempotencyKey = idempotencyKey;
        this.actor = actor;
        this.requestHash = requestHash;
        this.resourceId = resourceId;
        this.createdAt = at;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getResourceId() {
        return resourceId;
    }

    /** Composite key: the same key from two callers are two records. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String idempotencyKey;
        private String actor;

        public Key() {}

        public Key(String idempotencyKey, String actor) {
            this.idempotencyKey = idempotencyKey;
            this.actor = actor;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && Objects.equals(idempotencyKey, other.idempotencyKey)
                    && Objects.equals(actor, other.actor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(idempotencyKey, actor);
        }
    }
}
