package org.welcomedesk.rollup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A release waiting to be delivered to the hub, written in the transaction that approves it
 * (the outbox): the serialised message, the attempts made and when the next one is due. It is
 * done when the hub has answered for good (acknowledged or refused).
 */
@Entity
@Table(name = "rollup_outbox")
@NamedQuery(
        name = OutboxMessage.DUE,
        query = "select m from OutboxMessage m where m.deliveredAt is null "
                + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMessage.OF_RELEASE, query = "select m from OutboxMessage m where m.releaseId = :releaseId")
public class OutboxMessage {

    public static final String DUE = "OutboxMessage.due";
    public static final String OF_RELEASE = "OutboxMessage.ofRelease";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rollup_outbox_seq")
    @SequenceGenerator(name = "rollup_outbox_seq", sequenceName = "rollup_outbox_seq", allocationSize = 1)
    private Long id;

    @Column(name = "release_id", nullable = false, updatable = false, length = 36)
    private String releaseId;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Lob
    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** Why the last attempt failed (a status or the kind of connection failure), never the payload. */
    @Column(name = "last_failure", length = 200)
    private String lastFailure;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(String releaseId, String contentType, String payload, Instant createdAt) {
        this.releaseId = releaseId;
        this.contentType = contentType;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** The attempt failed in a way worth retrying: the next one after the backoff's delay. */
    public void failed(Instant at, String reason, Backoff backoff) {
        attempts++;
        lastFailure = reason == null ? null : reason.substring(0, Math.min(200, reason.length()));
        nextAttemptAt = at.plus(backoff.delayAfter(attempts));
    }

    /** The hub answered for good (acknowledged or refused): nothing more to send. */
    public void done(Instant at) {
        attempts++;
        deliveredAt = at;
    }

    public boolean isDone() {
        return deliveredAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getReleaseId() {
        return releaseId;
    }

    public String getContentType() {
        return contentType;
    }

    public String getPayload() {
        return payload;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastFailure() {
        return lastFailure;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
