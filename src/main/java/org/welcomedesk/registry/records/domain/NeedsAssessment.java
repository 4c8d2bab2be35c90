package org.welcomedesk.registry.records.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The needs assessed at one visit to the desk. */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "visit_date", nullable = false, updatable = false)
    private LocalDate visitDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "need", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<Need> needs = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected NeedsAssessment() {
        // for JPA
    }

    NeedsAssessment(Person person, LocalDate visitDate, List<Need> needs, String recordedBy, Instant at) {
        if (needs.isEmpty()) {
            throw new RuleViolation("needs", "validation.required");
        }
        if (needs.stream().map(Need::getCategory).distinct().count() != needs.size()) {
            throw new RuleViolation("needs", "needs.duplicate");
        }
        needs.stream()
                .filter(n -> n.getNote() != null && n.getNote().length() > 500)
                .findAny()
                .ifPresent(n -> {
                    throw new RuleViolation("needs", "validation.tooLong");
                });
        this.person = person;
        this.visitDate = visitDate;
        this.needs.addAll(needs);
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public List<Need> getNeeds() {
        return List.copyOf(needs);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getId() {
        return id;
    }
}
