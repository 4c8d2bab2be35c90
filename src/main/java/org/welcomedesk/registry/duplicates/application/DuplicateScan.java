package org.welcomedesk.registry.duplicates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.MatchIndex;
import org.welcomedesk.registry.duplicates.domain.matching.CandidatePairs;
import org.welcomedesk.registry.duplicates.domain.matching.Comparison;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.domain.matching.PreparedProfile;
import org.welcomedesk.registry.duplicates.domain.matching.RecordComparison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The batch duplicate screen over the whole registry: every person's profile is read once,
 * pairs sharing a blocking key are compared, and pairs above the "possible" threshold join
 * the review queue (decided pairs stay decided). Runs nightly and on a supervisor's request;
 * one scan at a time per node.
 */
@ApplicationScoped
public class DuplicateScan {

    private static final Logger LOG = Logger.getLogger(DuplicateScan.class.getName());
    private static final int READ_BATCH = 20_000;
    private static final int WRITE_BATCH = 500;

    @Inject
    DuplicateCheck check;

    @Inject
    DuplicateReview review;

    @Inject
    ScanWrites writes;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    private final AtomicReference<ScanReport> last = new AtomicReference<>();
    private final AtomicReference<Instant> running = new AtomicReference<>();

    /** Scans the registry now, unless a scan is already running here. */
    public ScanReport scan() {
        Instant started = Instant.now(clock);
        if (!running.compareAndSet(null, started)) {
            throw new org.welcomedesk.platform.error.RuleViolation("scan", "duplicates.scan.running");
        }
        try {
            List<PreparedProfile> profiles = CandidatePairs.prepare(writes.allProfiles());
            RecordComparison comparison = check.comparison();
            AtomicLong compared = new AtomicLong();
            List<Found> found = new ArrayList<>();
            CandidatePairs.within(profiles).forEachPair((a, b) -> {
                compared.incrementAndGet();
                if (comparison.classify(a, b) != Likelihood.UNLIKELY) {
                    found.add(new Found(a.profile().id(), b.profile().id(), comparison.compare(a, b)));
                }
            });
            int added = 0;
            for (int from = 0; from < found.size(); from += WRITE_BATCH) {
                added += writes.queue(found.subList(from, Math.min(found.size(), from + WRITE_BATCH)));
            }
            ScanReport report = new ScanReport(
                    started,
                    Duration.between(started, Instant.now(clock)),
                    profiles.size(),
                    compared.get(),
                    found.size(),
                    added);
            last.set(report);
            // counts only: nothing about any person
            LOG.info(() -> "Duplicate scan: " + report.people() + " people, " + report.comparisons() + " comparisons, "
                    + report.pairsFound() + " pairs (" + report.pairsNew() + " new) in "
                    + report.took().toMillis() + " ms");
            return report;
        } finally {
            running.set(null);
        }
    }

    /** Starts a scan in the background; refused while one runs here. */
    public void startInBackground() {
        if (isRunning()) {
            throw new org.welcomedesk.platform.error.RuleViolation("scan", "duplicates.scan.running");
        }
        executor.submit(this::scan);
    }

    /** The last scan on this node, if any. */
    public ScanReport lastScan() {
        return last.get();
    }

    public boolean isRunning() {
        return running.get() != null;
    }

    /** A pair found by a scan. */
    public record Found(String a, String b, Comparison comparison) {}

    /** What a scan did, in counts. */
    public record ScanReport(
            Instant started, Duration took, int people, long comparisons, int pairsFound, int pairsNew) {}

    /** The scan's transactions: one to read, one per batch of pairs written. */
    @ApplicationScoped
    public static class ScanWrites {

        @Inject
        MatchIndex index;

        @Inject
        DuplicateReview review;

        Clock clock = Clock.systemUTC();

        @Transactional
        public List<MatchProfile> allProfiles() {
            List<MatchProfile> all = new ArrayList<>();
            index.forEachProfileBatch(READ_BATCH, all::addAll);
            return all;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public int queue(List<Found> found) {
            Instant now = Instant.now(clock);
            int added = 0;
            for (Found pair : found) {
                if (review.queue(pair.a(), pair.b(), pair.comparison(), DuplicatePair.Source.SCAN, now)) {
                    added++;
                }
            }
            return added;
        }
    }
}
