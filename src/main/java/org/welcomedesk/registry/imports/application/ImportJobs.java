package org.welcomedesk.registry.imports.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.persistence.H2Housekeeping;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.imports.domain.ColumnMapping;
import org.welcomedesk.registry.imports.domain.ImportField;
import org.welcomedesk.registry.imports.domain.ImportJob;
import org.welcomedesk.registry.imports.domain.ImportJobRepository;
import org.welcomedesk.registry.imports.domain.ImportRow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk imports of legacy registers: upload, column mapping, a dry run or a real run in the
 * background, progress, the rows rejected or held back, cancel (which removes what the import
 * created) and resume after an interruption. Rows are streamed in chunks, so a file of a
 * million rows never sits in memory.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    /** Rows per transaction: the unit an interrupted import resumes after. */
    static final int CHUNK = 2000;
    /** Rows a dry run remembers for finding duplicates within the file (a real run uses the registry). */
    static final int DRY_RUN_WINDOW = 50_000;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportFiles files;

    @Inject
    ImportChunks chunks;

    @Inject
    H2Housekeeping housekeeping;

    @Resource
    ManagedExecutorService executor;

    /** Jobs running on this node; another request to run one of them is ignored. */
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();

    /** A stored upload, its format, its headers and the mapping suggested from them. */
    public record Upload(
            String id, String fileName, ImportJob.Format format, List<String> headers, ColumnMapping suggested) {}

    /** Keeps an uploaded file (CSV or an Excel workbook) and suggests how its columns map onto the registry. */
    public Upload upload(String fileName, InputStream content) {
        String id = UUID.randomUUID().toString();
        try {
            ImportFiles.Stored stored = files.store(id, content);
            if (stored.headers().isEmpty()) {
                files.delete(id);
                throw new RuleViolation("file", "import.file.empty");
            }
            return new Upload(
                    id, fileName, stored.format(), stored.headers(), ColumnMapping.suggestedFor(stored.headers()));
        } catch (IOException e) {
            files.delete(id);
            throw new RuleViolation("file", "import.file.unreadable");
        }
    }

    /**
     * Starts importing an upload with {@code mapping} (checked against its headers) in the
     * background; a dry run saves nothing but reports every row as the real run would.
     */
    public ImportJob start(Upload upload, ColumnMapping mapping, boolean dryRun) {
        mapping.checkAgainst(upload.headers());
        ImportJob job = chunks.create(upload.fileName(), upload.format(), mapping, dryRun);
        try {
            files.rename(upload.id(), job.getId());
        } catch (IOException e) {
            throw new RuleViolation("file", "import.file.unreadable");
        }
        submit(job.getId());
        return job;
    }

    @Transactional
    public ImportJob job(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("import"));
    }

    @Transactional
    public List<ImportJob> recent() {
        return jobs.recent(50);
    }

    /** Rows rejected or held back, in file order. */
    @Transactional
    public List<ImportRow> problems(String id, int first, int max) {
        job(id);
        return jobs.problems(id, first, max);
    }

    /** Asks an import to stop and remove what it created. */
    public void cancel(String id) {
        ImportJob job = chunks.requestCancel(id);
        if (!running.containsKey(id) && job.getStatus() == ImportJob.Status.CANCELLING) {
            // nobody is working on it here: the cancel runs by itself
            submit(id);
        }
    }

    /** Continues an interrupted import after its last committed chunk. */
    public void resume(String id) {
        chunks.resume(id);
        submit(id);
    }

    /** Resubmits every import a stopped server left running, queued or cancelling. */
    public void resumeAfterRestart() {
        List<String> pending = chunks.pendingAfterRestart();
        pending.forEach(this::submit);
        if (!pending.isEmpty()) {
            LOG.info(() -> "Resuming " + pending.size() + " import(s) left unfinished");
        }
    }

    private void submit(String id) {
        executor.submit(() -> run(id));
    }

    /** The worker: runs (or continues, or cancels) one import to its end. */
    public void run(String id) {
        if (running.putIfAbsent(id, Boolean.TRUE) != null) {
            return;
        }
        try {
            ImportJob job = chunks.job(id);
            if (job.getStatus() == ImportJob.Status.CANCELLING) {
                removeEverything(id);
                return;
            }
            if (job.getStatus() != ImportJob.Status.QUEUED && job.getStatus() != ImportJob.Status.RUNNING) {
                return;
            }
            job = chunks.begin(id, countRows(id));
            boolean finished = importRows(id, job.getRowsDone(), job.isDryRun());
            if (finished) {
                chunks.complete(id);
                files.delete(id);
            } else {
                removeEverything(id);
            }
        } catch (RuntimeException | IOException e) {
            // the cause's class only: messages of failed rows may quote personal data
            LOG.log(Level.WARNING, "Import {0} interrupted: {1}", new Object[] {
                id, e.getClass().getName()
            });
            chunks.interrupt(id);
        } finally {
            running.remove(id);
        }
    }

    /**
     * Reads the file in chunks of about {@link #CHUNK} rows, never cutting a household: a chunk
     * ends between two rows with different household references, so a household is saved whole
     * by one transaction and a resume after a checkpoint never finds half of one.
     *
     * @return false if a cancel was asked for on the way
     */
    private boolean importRows(String id, int rowsDone, boolean dryRun) throws IOException {
        FileSoFar sofar = new FileSoFar(dryRun);
        ColumnMapping mapping = chunks.job(id).mapping();
        try (ImportFiles.Rows rows = files.open(id)) {
            List<ImportFiles.Row> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                ImportFiles.Row row = rows.next();
                String household = mapping.valueOf(ImportField.HOUSEHOLD, row.values());
                if (row.number() <= rowsDone) {
                    // done before an interruption: its household is closed
                    if (household != null) {
                        sofar.households.add(household);
                    }
                    continue;
                }
                if (chunk.size() >= CHUNK && !sameHousehold(mapping, chunk.get(chunk.size() - 1), household)) {
                    if (!process(id, chunk, sofar)) {
                        return false;
                    }
                    chunk = new ArrayList<>(CHUNK);
                }
                chunk.add(row);
            }
            if (!chunk.isEmpty() && !process(id, chunk, sofar)) {
                return false;
            }
        }
        return chunks.job(id).getStatus() != ImportJob.Status.CANCELLING;
    }

    /** @return false if a cancel was asked for: the chunk is left unprocessed */
    private boolean process(String id, List<ImportFiles.Row> chunk, FileSoFar sofar) {
        if (chunks.job(id).getStatus() == ImportJob.Status.CANCELLING) {
            return false;
        }
        chunks.process(id, chunk, sofar.earlierRows(), sofar.households);
        // an import is most of what grows an H2 file: tidy it as it goes
        housekeeping.step();
        sofar.remembered += chunk.size();
        return true;
    }

    /** What the chunks of one run remember of the rows before them. */
    private static final class FileSoFar {

        private final boolean dryRun;
        private Map<String, List<MatchProfile>> earlier = new HashMap<>();
        private int remembered;
        /** Household references of the rows processed or skipped so far. */
        private final Set<String> households = new HashSet<>();

        FileSoFar(boolean dryRun) {
            this.dryRun = dryRun;
        }

        /** Rows for finding duplicates within the file: only a dry run needs them, up to {@link #DRY_RUN_WINDOW}. */
        Map<String, List<MatchProfile>> earlierRows() {
            if (!dryRun || remembered >= DRY_RUN_WINDOW) {
                earlier = new HashMap<>();
                remembered = 0;
            }
            return earlier;
        }
    }

    private static boolean sameHousehold(ColumnMapping mapping, ImportFiles.Row last, String household) {
        return household != null && household.equals(mapping.valueOf(ImportField.HOUSEHOLD, last.values()));
    }

    private void removeEverything(String id) {
        while (chunks.removeCreated(id, CHUNK) > 0) {
            // one transaction per slice, so a huge import is removed in bounded steps
        }
        chunks.cancelled(id);
        files.delete(id);
    }

    private int countRows(String id) throws IOException {
        int count = 0;
        try (ImportFiles.Rows rows = files.open(id)) {
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
        }
        return count;
    }
}
