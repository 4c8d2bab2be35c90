package org.welcomedesk.national.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.welcomedesk.national.application.RefusedAttempt;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A release the hub refused: who, which, why (finding codes), when. */
@Entity
@Table(name = "national_refusal")
@NamedQuery(name = Refusal.ALL, query = "select r from Refusal r order by r.refusedAt, r.id")
public class Refusal {

    static final String ALL = "Refusal.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "national_refusal_seq")
    @SequenceGenerator(name = "national_refusal_seq", sequenceName = "national_refusal_seq", allocationSize = 50)
    private Long id;

    private String city;

    @Column(name = "release_id")
    private String releaseId;

    private String period;
    private int status;
    private String codes;

    @Column(name = "refused_at")
    private Instant refusedAt;

    protected Refusal() {}

    Refusal(RefusedAttempt attempt) {
        this.city = attempt.city();
        this.releaseId = attempt.releaseId();
        this.period = attempt.period();
        this.status = attempt.status();
        String joined = String.join(",", attempt.codes());
        this.codes = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.refusedAt = attempt.at();
    }

    RefusedAttempt attempt() {
        List<String> list = codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
        return new RefusedAttempt(city, releaseId, period, status, list, refusedAt);
    }
}
