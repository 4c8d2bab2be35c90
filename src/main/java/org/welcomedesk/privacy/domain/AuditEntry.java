package org.welcomedesk.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One read or change of personal data: who, when, what, which fields. Entries are written
 * once and never changed: every column is insert-only and there is no setter.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = AuditEntry.OF_SUBJECT,
        query =
                "select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id order by a.occurredAt desc, a.id desc")
public class AuditEntry {

    static final String OF_SUBJECT = "AuditEntry.ofSubject";

    /** What was done. */
    public enum Action {
        CREATE,
        UPDATE,
        VIEW,
        SEARCH,
        MERGE,
        UNMERGE,
        REVIEW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(updatable = false, length = 2000)
    private String fields;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(
            Instant occurredAt,
            String actor,
            Action action,
            String subjectType,
            String subjectId,
            Collection<String> fields) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        String joined = String.join(",", fields);
        this.fields = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public List<String> getFields() {
        return fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
    }
}
