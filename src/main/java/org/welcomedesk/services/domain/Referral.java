package org.welcomedesk.services.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.domain.NeedCategory;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A person sent to a service at a location for one need, followed until the loop closes: draft,
 * sent (consent to share checked), accepted or declined with a reason, then completed or no-show.
 * Every step is kept as a {@link ReferralTransition}. The partner sees the referral by its code,
 * never the person's registry record.
 */
@Entity
@NamedQuery(name = "Referral.byCode", query = "select r from Referral r where r.code = :code")
@NamedQuery(
        name = "Referral.ofPerson",
        query = "select r from Referral r where r.personId = :personId order by r.createdAt desc, r.id desc")
@NamedQuery(
        name = "Referral.inbox",
        query =
                "select r from Referral r where r.organization = :organization and r.status <> org.welcomedesk.services.domain.ReferralStatus.DRAFT order by r.updatedAt desc, r.id desc")
@NamedQuery(
        name = "Referral.overdue",
        query = "select r from Referral r where r.status in :open and r.dueDate < :today order by r.dueDate, r.id")
@NamedQuery(name = "Referral.recent", query = "select r from Referral r order by r.updatedAt desc, r.id desc")
@NamedQuery(
        name = "Referral.openByService",
        query =
                "select r.place.service.id, count(r) from Referral r where r.status in :open group by r.place.service.id")
@NamedQuery(name = "Referral.anyTo", query = "select count(r) from Referral r where r.place = :place")
@NamedQuery(
        name = "Referral.closedUnmet",
        query =
                "select distinct r.need, r.districtCode, r.status, r.personId from Referral r where r.status in :closed")
@Table(name = "referral")
public class Referral {

    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 16)
    private String code;

    @Column(name = "person_id", nullable = false, updatable = false)
    private String personId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_at_location_id", nullable = false, updatable = false)
    private ServiceAtLocation place;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NeedCategory need;

    @Column(name = "district_code", updatable = false)
    private String districtCode;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    private DeclineReason declineReason;

    @Column(name = "consent_checked_at")
    private Instant consentCheckedAt;

    @Column(name = "consent_checked_by")
    private String consentCheckedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("at ASC, id ASC")
    private List<ReferralTransition> transitions = new ArrayList<>();

    @Version
    private long version;

    protected Referral() {
        // for JPA
    }

    /**
     * A draft referral of a person to a place for a need the place meets.
     *
     * @param districtCode the person's district now, kept for counting unmet needs by district
     */
    public Referral(
            String personId,
            ServiceAtLocation place,
            NeedCategory need,
            String districtCode,
            String note,
            LocalDate dueDate,
            LocalDate today,
            String by,
            Instant now) {
        if (need == null) {
            throw new RuleViolation("need", "validation.required");
        }
        if (!place.getService().getCategories().contains(need)) {
            throw new RuleViolation("need", "referral.need.notMet");
        }
        if (!place.getService().isActive()) {
            throw new RuleViolation("service", "referral.service.inactive");
        }
        this.code = newCode();
        this.personId = personId;
        this.place = place;
        this.organization = place.getService().getOrganization();
        this.need = need;
        this.districtCode = districtCode;
        this.note = Text.optional("note", note, 500);
        this.createdAt = now;
        this.createdBy = by;
        this.status = ReferralStatus.DRAFT;
        setDueDate(dueDate, today);
        step(null, ReferralStatus.DRAFT, null, null, by, now);
    }

    /** A code as typed or read aloud, in the form it is stored (trimmed, upper case). */
    public static String normalisedCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder("R-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A new due date, while the referral is still open; never in the past. */
    public void reschedule(LocalDate newDueDate, LocalDate today, String by, Instant now) {
        require(EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED));
        setDueDate(newDueDate, today);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    private void setDueDate(LocalDate newDueDate, LocalDate today) {
        if (newDueDate == null) {
            throw new RuleViolation("dueDate", "validation.required");
        }
        if (newDueDate.isBefore(today)) {
            throw new RuleViolation("dueDate", "referral.dueDate.past");
        }
        this.dueDate = newDueDate;
    }

    /**
     * Sends the referral to the service. The person must have agreed to share their details with
     * partners; the check is recorded on the referral.
     */
    public void send(boolean consentToShare, String by, Instant now) {
        require(EnumSet.of(ReferralStatus.DRAFT));
        if (!place.getService().isActive()) {
            throw new RuleViolation("service", "referral.service.inactive");
        }
        if (!consentToShare) {
            throw new RuleViolation("consent", "referral.consent.missing");
        }
        this.consentCheckedAt = now;
        this.consentCheckedBy = by;
        step(status, ReferralStatus.SENT, null, null, by, now);
    }

    public void accept(String by, Instant now) {
        require(EnumSet.of(ReferralStatus.SENT));
        step(status, ReferralStatus.ACCEPTED, null, null, by, now);
    }

    public void decline(DeclineReason reason, String explanation, String by, Instant now) {
        require(EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED));
        if (reason == null) {
            throw new RuleViolation("reason", "validation.required");
        }
        this.declineReason = reason;
        step(status, ReferralStatus.DECLINED, reason, Text.optional("note", explanation, 500), by, now);
    }

    public void complete(String by, Instant now) {
        require(EnumSet.of(ReferralStatus.ACCEPTED));
        step(status, ReferralStatus.COMPLETED, null, null, by, now);
    }

    public void markNoShow(String by, Instant now) {
        require(EnumSet.of(ReferralStatus.ACCEPTED));
        step(status, ReferralStatus.NO_SHOW, null, null, by, now);
    }

    public void cancel(String by, Instant now) {
        require(EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SENT));
        step(status, ReferralStatus.CANCELLED, null, null, by, now);
    }

    private void require(Set<ReferralStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new RuleViolation("status", "referral.transition.invalid", status);
        }
    }

    private void step(
            ReferralStatus from, ReferralStatus to, DeclineReason reason, String stepNote, String by, Instant now) {
        transitions.add(new ReferralTransition(this, from, to, reason, stepNote, by, now));
        this.status = to;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Sent or accepted, and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    /** Whether staff of the given partner code may see and work this referral. */
    public boolean isAddressedTo(String partnerCode) {
        return organization.isWorkedBy(partnerCode);
    }

    /** When it was sent, if it was. */
    public Instant sentAt() {
        return transitions.stream()
                .filter(t -> t.getTo() == ReferralStatus.SENT)
                .map(ReferralTransition::getAt)
                .findFirst()
                .orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getPersonId() {
        return personId;
    }

    public ServiceAtLocation getPlace() {
        return place;
    }

    public Organization getOrganization() {
        return organization;
    }

    public NeedCategory getNeed() {
        return need;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getNote() {
        return note;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public Instant getConsentCheckedAt() {
        return consentCheckedAt;
    }

    public String getConsentCheckedBy() {
        return consentCheckedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ReferralTransition> getTransitions() {
        return List.copyOf(transitions);
    }

    public long getVersion() {
        return version;
    }
}
