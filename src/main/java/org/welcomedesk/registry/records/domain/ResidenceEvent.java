package org.welcomedesk.registry.records.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Something that happened to a person's residence: an arrival, a move between districts, a
 * departure or a temporary stay. The facts of an event are never edited: a correction is a
 * new event that points at the one it corrects. Only its classification changes, when the
 * duration rule can be applied to what actually happened.
 */
@Entity
@Table(name = "residence_event")
@NamedQuery(
        name = ResidenceEvent.PROVISIONAL_DUE,
        query = "select e from ResidenceEvent e where e.observationStatus = 'P' and e.eventDate <= :dueBefore"
                + " and not exists (select c from ResidenceEvent c where c.correctsEventId = e.id)")
public class ResidenceEvent {

    static final String PROVISIONAL_DUE = "ResidenceEvent.provisionalDue";

    /** Observation status as in SDMX: provisional until the duration rule can be applied. */
    public static final String PROVISIONAL = "P";

    public static final String CONFIRMED = "A";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ResidenceEventType type;

    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate eventDate;

    @Column(name = "registration_date", nullable = false, updatable = false)
    private LocalDate registrationDate;

    @Column(name = "district_id", updatable = false)
    private Long districtId;

    @Column(name = "other_country", updatable = false)
    private String otherCountry;

    @Column(name = "other_municipality", updatable = false)
    private String otherMunicipality;

    @Column(name = "intended_months", updatable = false)
    private Integer intendedMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Flow flow;

    @Column(name = "observation_status", nullable = false)
    private String observationStatus;

    @Column(name = "corrects_event_id", updatable = false)
    private Long correctsEventId;

    // Persistent random key for the cell key method of disclosure control.
    @Column(name = "record_key", nullable = false, updatable = false)
    private double recordKey;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Version
    private long version;

    protected ResidenceEvent() {
        // for JPA
    }

    ResidenceEvent(
            Person person,
            ResidenceEventFacts facts,
            MigrationRule rule,
            String recordedBy,
            Instant now,
            Long correctsEventId) {
        facts.check();
        this.person = person;
        this.type = facts.type();
        this.eventDate = facts.eventDate();
        this.registrationDate = facts.registrationDate() != null
                ? facts.registrationDate()
                : LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        if (eventDate.isAfter(registrationDate.plusDays(1))) {
            throw new RuleViolation("eventDate", "event.date.future");
        }
        this.districtId = facts.districtId();
        this.otherCountry = facts.otherCountry();
        this.otherMunicipality = facts.otherMunicipality();
        this.intendedMonths = facts.intendedMonths();
        this.flow = rule.classify(type, intendedMonths);
        this.observationStatus = PROVISIONAL;
        this.correctsEventId = correctsEventId;
        this.recordKey = ThreadLocalRandom.current().nextDouble();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /**
     * Applies the duration rule to what actually happened, once it can be: an arrival is
     * migration if the person was still here when the period had passed; a departure if they
     * had not come back.
     */
    void settle(MigrationRule rule, LocalDate today, boolean stayedForThePeriod) {
        if (!isProvisional() || rule.confirmableOn(eventDate).isAfter(today)) {
            return;
        }
        if (type == ResidenceEventType.ARRIVAL_FROM_ABROAD || type == ResidenceEventType.TEMPORARY_STAY) {
            flow = stayedForThePeriod ? Flow.IMM : Flow.TMP_MOB;
        } else if (type == ResidenceEventType.DEPARTURE_ABROAD) {
            flow = stayedForThePeriod ? Flow.EMI : Flow.TMP_MOB;
        }
        observationStatus = CONFIRMED;
    }

    public boolean isProvisional() {
        return PROVISIONAL.equals(observationStatus);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public ResidenceEventType getType() {
        return type;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getOtherCountry() {
        return otherCountry;
    }

    public String getOtherMunicipality() {
        return otherMunicipality;
    }

    public Integer getIntendedMonths() {
        return intendedMonths;
    }

    public Flow getFlow() {
        return flow;
    }

    public String getObservationStatus() {
        return observationStatus;
    }

    public Long getCorrectsEventId() {
        return correctsEventId;
    }

    /** The persistent random key of the cell key method, in [0, 1). */
    public double getRecordKey() {
        return recordKey;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
