package org.welcomedesk.rollup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A city's release of one period to the national hub, from preparation to the hub's answer:
 * PREPARED, then APPROVED by a second person (four eyes) and put in the outbox, then SENT
 * (acknowledged) or REFUSED (with the hub's findings); SUPERSEDED when a newer release of the
 * period takes its place. Keeps the cells as prepared, so the next release of the period is
 * compared with what was sent.
 */
@Entity
@Table(name = "rollup_submission")
@NamedQuery(name = Submission.ALL, query = "select s from Submission s order by s.preparedAt desc, s.period desc")
@NamedQuery(
        name = Submission.OF_PERIOD,
        query = "select s from Submission s where s.period = :period " + "order by s.preparedAt, s.revision")
@NamedQuery(
        name = Submission.SENT_PERIODS,
        query = "select distinct s.period from Submission s " + "where s.receivedAt is not null order by s.period")
public class Submission {

    public static final String ALL = "Submission.all";
    public static final String OF_PERIOD = "Submission.ofPeriod";
    public static final String SENT_PERIODS = "Submission.sentPeriods";

    @Id
    @Column(name = "release_id", length = 36, updatable = false)
    private String releaseId;

    @Column(name = "city_code", nullable = false, updatable = false, length = 16)
    private String cityCode;

    @Column(nullable = false, updatable = false, length = 8)
    private String period;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "sdmx_action", nullable = false, updatable = false, length = 1)
    private SdmxAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Protection protection;

    @Column(name = "structure_version", nullable = false, updatable = false, length = 16)
    private String structureVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionState state;

    @Column(name = "prepared_by", nullable = false, updatable = false, length = 100)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    private Instant preparedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Lob
    @Column(nullable = false, updatable = false)
    private String cells;

    @Column(name = "cell_count", nullable = false, updatable = false)
    private int cellCount;

    /** What the data structure's validation found before approval. */
    @Lob
    @Column(updatable = false)
    private String findings;

    /** The hub's reasons for refusing it. */
    @Lob
    private String refusal;

    @Column(name = "received_at")
    private Instant receivedAt;

    /** The hub's status in its receipt (RECEIVED, REVISED...). */
    @Column(name = "hub_status", length = 16)
    private String hubStatus;

    @Version
    private long version;

    protected Submission() {
        // for JPA
    }

    private Submission(NationalRelease release, String preparedBy, ReleaseCells cells, List<Finding> findings) {
        this.releaseId = release.releaseId();
        this.cityCode = release.cityCode();
        this.period = release.period();
        this.revision = release.revision();
        this.action = release.action();
        this.protection = release.protection();
        this.structureVersion = release.structureVersion();
        this.preparedAt = release.prepared();
        this.preparedBy = Objects.requireNonNull(preparedBy);
        this.cells = cells.text();
        this.cellCount = cells.size();
        this.findings = FindingLines.text(findings);
        this.state = SubmissionState.PREPARED;
    }

    /** A release prepared by someone, with what validation found in it. */
    public static Submission prepared(NationalRelease release, String preparedBy, List<Finding> findings) {
        return new Submission(release, preparedBy, ReleaseCells.of(release.observations()), findings);
    }

    /**
     * Approved by a second person.
     *
     * @throws OwnApproval when the approver prepared it
     * @throws RuleViolation when it is not waiting for approval
     */
    public void approve(String approver, Instant at) {
        if (state != SubmissionState.PREPARED) {
            throw new RuleViolation("status", "rollup.approval.notPrepared", state.name());
        }
        if (preparedBy.equals(approver)) {
            throw new OwnApproval();
        }
        approvedBy = approver;
        approvedAt = at;
        state = SubmissionState.APPROVED;
    }

    /** The hub acknowledged it. */
    public void acknowledged(Instant receivedAt, String hubStatus) {
        requireApproved();
        this.receivedAt = receivedAt;
        this.hubStatus = hubStatus;
        state = SubmissionState.SENT;
    }

    /** The hub refused it, for these reasons. */
    public void refused(List<Finding> reasons) {
        requireApproved();
        refusal = FindingLines.text(reasons);
        state = SubmissionState.REFUSED;
    }

    /** A newer release of the period takes its place (one waiting for approval, refused, or sent before). */
    public void supersede() {
        if (state == SubmissionState.APPROVED) {
            throw new IllegalStateException("a release in the outbox is not superseded");
        }
        state = SubmissionState.SUPERSEDED;
    }

    /** Whether the hub holds it (acknowledged, whether superseded since or not). */
    public boolean reachedHub() {
        return receivedAt != null;
    }

    private void requireApproved() {
        if (state != SubmissionState.APPROVED) {
            throw new IllegalStateException("release " + releaseId + " is " + state + ", not in the outbox");
        }
    }

    /** The message as it goes to the hub. */
    public NationalRelease message() {
        return new NationalRelease(
                releaseId,
                cityCode,
                structureVersion,
                period,
                action,
                revision,
                protection,
                preparedAt,
                releaseCells().observations());
    }

    public ReleaseCells releaseCells() {
        return ReleaseCells.parse(cells);
    }

    public List<Finding> findings() {
        return FindingLines.parse(findings);
    }

    public List<Finding> refusalReasons() {
        return FindingLines.parse(refusal);
    }

    public String getReleaseId() {
        return releaseId;
    }

    public String getPeriod() {
        return period;
    }

    public int getRevision() {
        return revision;
    }

    public SdmxAction getAction() {
        return action;
    }

    public Protection getProtection() {
        return protection;
    }

    public SubmissionState getState() {
        return state;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    /** How many cells (observations) it holds. */
    public int getCellCount() {
        return cellCount;
    }

    public String getHubStatus() {
        return hubStatus;
    }
}
