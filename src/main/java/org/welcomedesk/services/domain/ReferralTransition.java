package org.welcomedesk.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a referral's life: from which status to which, when, by whom and why. Never changed. */
@Entity
@Table(name = "referral_transition")
public class ReferralTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private Referral referral;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ReferralStatus to;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DeclineReason reason;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, updatable = false)
    private String by;

    protected ReferralTransition() {
        // for JPA
    }

    ReferralTransition(
            Referral referral,
            ReferralStatus from,
            ReferralStatus to,
            DeclineReason reason,
            String note,
            String by,
            Instant at) {
        this.referral = referral;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.note = note;
        this.by = by;
        this.at = at;
    }

    public ReferralStatus getFrom() {
        return from;
    }

    public ReferralStatus getTo() {
        return to;
    }

    public DeclineReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
