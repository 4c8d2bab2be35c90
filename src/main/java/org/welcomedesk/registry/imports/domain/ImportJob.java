package org.welcomedesk.registry.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * An import of a legacy register: the file, how its columns map onto the registry's fields,
 * and how far it got. Rows are processed in chunks; each chunk commits its people, its row
 * outcomes and this job's checkpoint together, so an interrupted import resumes after the
 * last chunk that committed and never imports a row twice.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(name = ImportJob.RECENT, query = "select j from ImportJob j order by j.createdAt desc, j.id")
@NamedQuery(
        name = ImportJob.WITH_STATUS,
        query = "select j from ImportJob j where j.status in :statuses order by j.createdAt")
public class ImportJob {

    static final String RECENT = "ImportJob.recent";
    static final String WITH_STATUS = "ImportJob.withStatus";

    /** Where an import stands. */
    public enum Status {
        /** Waiting for a worker, or picked up again after an interruption. */
        QUEUED,
        RUNNING,
        /** Stopped by a failure (a server stop, an unreadable file); can be resumed. */
        INTERRUPTED,
        /** A cancel was asked for: the worker removes what the import created. */
        CANCELLING,
        CANCELLED,
        COMPLETED;

        public boolean isFinished() {
            return this == CANCELLED || this == COMPLETED;
        }
    }

    /** File formats read. */
    public enum Format {
        CSV,
        XLSX
    }

    @Id
    private String id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Format format;

    @Column(name = "column_mapping", nullable = false, updatable = false, length = 4000)
    private String columnMapping;

    @Column(name = "dry_run", nullable = false, updatable = false)
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "total_rows")
    private Integer totalRows;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(nullable = false)
    private int imported;

    @Column(nullable = false)
    private int rejected;

    @Column(nullable = false)
    private int duplicates;

    @Column(name = "possible_duplicates", nullable = false)
    private int possibleDuplicates;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(
            String fileName, Format format, ColumnMapping mapping, boolean dryRun, String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.fileName = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        if (this.fileName.length() > 200) {
            this.fileName = this.fileName.substring(0, 200);
        }
        this.format = format;
        this.columnMapping = mapping.encode();
        this.dryRun = dryRun;
        this.status = Status.QUEUED;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** A worker takes the job (again): it continues after {@link #getRowsDone()}. */
    public void start(int rowsInFile) {
        if (status != Status.QUEUED) {
            throw new RuleViolation("import", "import.notQueued");
        }
        status = Status.RUNNING;
        totalRows = rowsInFile;
    }

    /** One chunk committed: its counts and the new checkpoint. */
    public void advance(int lastRow, ChunkCounts counts) {
        rowsDone = lastRow;
        imported += counts.imported();
        rejected += counts.rejected();
        duplicates += counts.duplicates();
        possibleDuplicates += counts.possibleDuplicates();
    }

    public void complete(Instant now) {
        status = Status.COMPLETED;
        finishedAt = now;
    }

    /** A failure stopped the worker; what committed stays, and {@link #resume} continues. */
    public void interrupt() {
        if (status == Status.RUNNING || status == Status.QUEUED) {
            status = Status.INTERRUPTED;
        }
    }

    public void resume() {
        if (status != Status.INTERRUPTED) {
            throw new RuleViolation("import", "import.notInterrupted");
        }
        status = Status.QUEUED;
    }

    public void requestCancel() {
        if (status.isFinished()) {
            throw new RuleViolation("import", "import.finished");
        }
        status = Status.CANCELLING;
    }

    /** Everything the import created is gone. */
    public void cancelled(Instant now) {
        status = Status.CANCELLED;
        imported = 0;
        possibleDuplicates = 0;
        finishedAt = now;
    }

    public static Set<Status> resumable() {
        return EnumSet.of(Status.QUEUED, Status.RUNNING, Status.CANCELLING);
    }

    /** Counts of one chunk. */
    public record ChunkCounts(int imported, int rejected, int duplicates, int possibleDuplicates) {}

    public ColumnMapping mapping() {
        return ColumnMapping.decode(columnMapping);
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public Format getFormat() {
        return format;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Status getStatus() {
        return status;
    }

    public Integer getTotalRows() {
        return totalRows;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getImported() {
        return imported;
    }

    public int getRejected() {
        return rejected;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getPossibleDuplicates() {
        return possibleDuplicates;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Progress from 0 to 100. */
    public int getPercentDone() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        return totalRows == null || totalRows == 0 ? 0 : (int) Math.min(100, rowsDone * 100L / totalRows);
    }
}
