package org.welcomedesk.registry.duplicates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a clerk chose when registration showed possible duplicates: to open an existing
 * person, or to register a new one anyway. Kept with the candidates shown (ids and scores,
 * nothing else), so a later review can see what the clerk saw.
 */
@Entity
@Table(name = "registration_decision")
public class RegistrationDecision {

    /** The clerk's choice. */
    public enum Choice {
        OPENED_EXISTING,
        CONFIRMED_NEW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Choice decision;

    /** The person opened, or the person registered. */
    @Column(name = "person_id", nullable = false, updatable = false)
    private String personId;

    @Column(nullable = false, updatable = false, length = 2000)
    private String candidates;

    protected RegistrationDecision() {
        // for JPA
    }

    public RegistrationDecision(
            Choice decision, String personId, List<ShownCandidate> shown, String decidedBy, Instant now) {
        this.decision = decision;
        this.personId = personId;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
        String listed = shown.stream()
                .map(c -> c.personId() + ":" + String.format(java.util.Locale.ROOT, "%.2f", c.score()))
                .collect(Collectors.joining(" "));
        this.candidates = listed.length() > 2000 ? listed.substring(0, listed.lastIndexOf(' ', 2000)) : listed;
    }

    /** A candidate the clerk was shown. */
    public record ShownCandidate(
            String personId, double score, org.welcomedesk.registry.duplicates.domain.matching.Likelihood likelihood)
            implements java.io.Serializable {}

    public Long getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public String getCandidates() {
        return candidates;
    }
}
