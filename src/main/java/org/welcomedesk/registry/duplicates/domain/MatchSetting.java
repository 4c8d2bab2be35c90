package org.welcomedesk.registry.duplicates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.registry.duplicates.domain.matching.MatchThresholds;

import java.time.Instant;

/**
 * The thresholds an administrator chose for "likely" and "possible" duplicates, one row for
 * the city. Read from the database on every check, so every node sharing it answers alike.
 */
@Entity
@Table(name = "match_setting")
public class MatchSetting {

    /** The one row. */
    public static final int CITY = 1;

    @Id
    private Integer id;

    @Column(name = "likely_threshold", nullable = false)
    private double likely;

    @Column(name = "possible_threshold", nullable = false)
    private double possible;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected MatchSetting() {
        // for JPA
    }

    public MatchSetting(MatchThresholds thresholds, String actor, Instant now) {
        this.id = CITY;
        change(thresholds, actor, now);
    }

    public void change(MatchThresholds thresholds, String actor, Instant now) {
        this.likely = thresholds.likely();
        this.possible = thresholds.possible();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /**
     * The thresholds saved; the defaults while the saved ones are out of today's range (saved
     * before the range was enforced), so duplicate checks keep working until an administrator
     * saves new ones.
     */
    public MatchThresholds thresholds() {
        return MatchThresholds.valid(likely, possible)
                ? new MatchThresholds(likely, possible)
                : MatchThresholds.defaults();
    }

    public long getVersion() {
        return version;
    }
}
