package org.welcomedesk.national.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.welcomedesk.national.application.Receipt;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The hub's one copy of a release a city sent, with its cells as sent. */
@Entity
@Table(name = "national_release")
@NamedQueries({
    @NamedQuery(
            name = StoredRelease.NEWEST_FIRST,
            query = "select r from StoredRelease r order by r.period, r.city, r.revision desc"),
    @NamedQuery(
            name = StoredRelease.OF_PERIOD,
            query = "select r from StoredRelease r where r.period = :period order by r.city, r.revision desc"),
    @NamedQuery(
            name = StoredRelease.NEWEST_REVISION,
            query = "select max(r.revision) from StoredRelease r where r.city = :city and r.period = :period")
})
public class StoredRelease {

    static final String NEWEST_FIRST = "StoredRelease.newestFirst";
    static final String OF_PERIOD = "StoredRelease.ofPeriod";
    static final String NEWEST_REVISION = "StoredRelease.newestRevision";

    @Id
    @Column(name = "release_id")
    private String releaseId;

    private String city;
    private String period;
    private int revision;
    private String action;
    private String protection;

    @Column(name = "structure_version")
    private String structureVersion;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "national_cell", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "position")
    private List<Cell> cells = new ArrayList<>();

    protected StoredRelease() {}

    StoredRelease(NationalRelease release, String status, Instant receivedAt) {
        this.releaseId = release.releaseId();
        this.city = release.cityCode();
        this.period = release.period();
        this.revision = release.revision();
        this.action = release.action().name();
        this.protection = release.protection().name();
        this.structureVersion = release.structureVersion();
        this.preparedAt = release.prepared();
        this.receivedAt = receivedAt;
        this.status = status;
        release.observations().forEach(o -> cells.add(new Cell(o)));
    }

    Receipt receipt() {
        return new Receipt(releaseId, city, period, revision, status, receivedAt);
    }

    String city() {
        return city;
    }

    NationalRelease release() {
        return new NationalRelease(
                releaseId,
                city,
                structureVersion,
                period,
                SdmxAction.valueOf(action),
                revision,
                Protection.valueOf(protection),
                preparedAt,
                cells.stream().map(Cell::observation).toList());
    }

    /** One cell of a national table as the city sent it. */
    @Embeddable
    public static class Cell {
        private String dataflow;

        @Column(name = "series_key")
        private String seriesKey;

        @Column(name = "obs_value")
        private Long value;

        @Column(name = "obs_status")
        private String observationStatus;

        @Column(name = "conf_status")
        private String confidentialityStatus;

        protected Cell() {}

        Cell(Observation observation) {
            this.dataflow = observation.dataflow();
            // the key as DIM=CODE;DIM=CODE in dimension order: codes never hold ; or =
            this.seriesKey = new TreeMap<>(observation.key())
                    .entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(";"));
            this.value = observation.value().isPresent() ? observation.value().getAsLong() : null;
            this.observationStatus = observation.observationStatus();
            this.confidentialityStatus = observation.confidentialityStatus();
        }

        Observation observation() {
            Map<String, String> key = Arrays.stream(seriesKey.split(";"))
                    .map(part -> part.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a, TreeMap::new));
            return new Observation(
                    dataflow,
                    key,
                    value == null ? OptionalLong.empty() : OptionalLong.of(value),
                    observationStatus,
                    confidentialityStatus);
        }
    }
}
