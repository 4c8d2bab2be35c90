package org.welcomedesk.registry.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.InvalidFields;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.matching.Comparison;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.domain.matching.RecordComparison;
import org.welcomedesk.registry.imports.domain.ColumnMapping;
import org.welcomedesk.registry.imports.domain.ImportJob;
import org.welcomedesk.registry.imports.domain.ImportJobRepository;
import org.welcomedesk.registry.imports.domain.ImportRow;
import org.welcomedesk.registry.records.application.ReferenceChecks;
import org.welcomedesk.registry.records.application.RegistrySettings;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.MigrationRule;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceRecordsChanged;
import org.welcomedesk.registry.registration.application.Registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transactions of an import, each on its own: one chunk of rows with its people, row
 * outcomes and checkpoint commits together or not at all.
 */
@ApplicationScoped
public class ImportChunks {

    @Inject
    Event<ResidenceRecordsChanged> residenceChanged;

    @Inject
    ImportJobRepository jobs;

    @Inject
    PersonRepository people;

    @Inject
    Registration registration;

    @Inject
    DuplicateCheck check;

    @Inject
    DuplicateReview review;

    @Inject
    CityDistricts districts;

    @Inject
    AuditTrail audit;

    @Inject
    ReferenceChecks references;

    @Inject
    RegistrySettings settings;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob create(String fileName, ImportJob.Format format, ColumnMapping mapping, boolean dryRun) {
        ImportJob job = new ImportJob(fileName, format, mapping, dryRun, audit.actor(), Instant.now(clock));
        jobs.add(job);
        return job;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob job(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("import"));
    }

    /** The worker takes the job; returns it as it stands (with its checkpoint). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob begin(String id, int rowsInFile) {
        ImportJob job = job(id);
        if (job.getStatus() == ImportJob.Status.QUEUED) {
            job.start(rowsInFile);
        }
        return job;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob requestCancel(String id) {
        ImportJob job = job(id);
        job.requestCancel();
        return job;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void resume(String id) {
        job(id).resume();
    }

    /**
     * Imports a stopped server left unfinished: a job it was running is interrupted and
     * queued again (it continues after its checkpoint).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> pendingAfterRestart() {
        List<String> ids = new ArrayList<>();
        for (ImportJob job : jobs.withStatus(ImportJob.resumable())) {
            if (job.getStatus() == ImportJob.Status.RUNNING) {
                job.interrupt();
                job.resume();
            }
            ids.add(job.getId());
        }
        return ids;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String id) {
        job(id).complete(Instant.now(clock));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void interrupt(String id) {
        jobs.find(id).ifPresent(ImportJob::interrupt);
    }

    /** Removes up to {@code max} people the import created; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeCreated(String id, int max) {
        List<String> slice = jobs.peopleCreated(id, max);
        people.removeAll(slice);
        jobs.forgetPeople(id, slice);
        if (!slice.isEmpty()) {
            residenceChanged.fire(new ResidenceRecordsChanged(java.util.Set.copyOf(slice)));
        }
        return slice.size();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cancelled(String id) {
        jobs.removeRows(id);
        job(id).cancelled(Instant.now(clock));
    }

    /**
     * Processes one chunk of rows: reads and checks each, compares it with the registry and
     * with the rows before it, saves what is new with its household (unless a dry run), and
     * moves the checkpoint. A household's rows all sit in one chunk ({@link ImportJobs} cuts
     * chunks between households).
     *
     * @param earlier          rows of this file already read, for finding duplicates within the file
     *                         in a dry run (a real run finds them in the registry, where they were saved)
     * @param householdsBefore the household references of the rows before this chunk: a household
     *                         whose rows do not follow each other is refused
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob.ChunkCounts process(
            String id,
            List<ImportFiles.Row> rows,
            Map<String, List<MatchProfile>> earlier,
            Set<String> householdsBefore) {
        ImportJob job = job(id);
        Instant now = Instant.now(clock);
        List<ChunkRow> chunk = read(job, rows, now);
        checkHouseholds(job.getId(), chunk, householdsBefore);
        compare(job, chunk, earlier);
        if (!job.isDryRun()) {
            save(job, chunk, now);
        }
        chunk.forEach(row -> jobs.add(row.outcome));
        ImportJob.ChunkCounts counts = ChunkRow.counts(chunk);
        job.advance(rows.get(rows.size() - 1).number(), counts);
        return counts;
    }

    /**
     * One row of a chunk on its way through the steps: what it reads as, the person it would
     * be, how it compares with the registry and the file, and its outcome once decided.
     */
    private static final class ChunkRow {

        final ImportFiles.Row row;
        LegacyRecord record;
        Person person;
        MatchProfile profile;
        DuplicateCheck.Candidate registryMatch;
        HouseholdRole role;
        ImportRow outcome;

        ChunkRow(ImportFiles.Row row) {
            this.row = row;
        }

        /** Read and prepared, and not refused (it may still be held back as a duplicate). */
        boolean isValid() {
            return person != null && (outcome == null || outcome.getOutcome() != ImportRow.Outcome.REJECTED);
        }

        boolean isNew() {
            return isValid() && !heldBack();
        }

        boolean heldBack() {
            return outcome.getOutcome() == ImportRow.Outcome.DUPLICATE
                    || outcome.getOutcome() == ImportRow.Outcome.DUPLICATE_IN_FILE;
        }

        void reject(String importId, String field, String reason) {
            outcome = ImportRow.rejected(importId, row.number(), field, reason, row.original());
        }

        static ImportJob.ChunkCounts counts(List<ChunkRow> chunk) {
            int imported = 0;
            int rejected = 0;
            int duplicates = 0;
            int possible = 0;
            for (ChunkRow row : chunk) {
                switch (row.outcome.getOutcome()) {
                    case REJECTED -> rejected++;
                    case DUPLICATE, DUPLICATE_IN_FILE -> duplicates++;
                    case POSSIBLE_DUPLICATE -> {
                        possible++;
                        imported++;
                    }
                    default -> imported++;
                }
            }
            return new ImportJob.ChunkCounts(imported, rejected, duplicates, possible);
        }
    }

    /** Step 1: every row read and prepared as registration would (arrival, history, events settled), or refused. */
    private List<ChunkRow> read(ImportJob job, List<ImportFiles.Row> rows, Instant now) {
        ColumnMapping mapping = job.mapping();
        List<District> allDistricts = districts.history();
        MigrationRule rule = settings.migrationRule();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<ChunkRow> chunk = new ArrayList<>();
        for (ImportFiles.Row row : rows) {
            ChunkRow read = new ChunkRow(row);
            chunk.add(read);
            try {
                read.record = LegacyRecord.read(mapping, row.values(), allDistricts);
                Person person = registration.prepare(read.record.person(), job.getCreatedBy(), now, "");
                recordHistory(person, read.record.history(), rule, job.getCreatedBy(), now);
                // what the nightly classification would do: a register's past arrives settled
                person.settleEvents(rule, today);
                read.person = person;
            } catch (RuleViolation violation) {
                read.reject(job.getId(), violation.field(), reason(violation.messageKey(), violation.arguments()));
            } catch (InvalidFields invalid) {
                var first = invalid.errors().get(0);
                read.reject(job.getId(), first.field(), first.messageKey());
            }
        }
        return chunk;
    }

    private void recordHistory(
            Person person, List<ResidenceEventFacts> history, MigrationRule rule, String actor, Instant now) {
        for (ResidenceEventFacts event : history) {
            try {
                references.check(event, "");
                person.record(event, rule, actor, now);
            } catch (RuleViolation violation) {
                // the history is one field of the file: name it, and the event
                String reason = switch (violation.messageKey()) {
                    case "reference.country.unknown" -> "import.history.country";
                    case "event.date.future" -> "import.history.future";
                    case "event.district.notOnDate" -> "import.history.district";
                    default -> "import.history.invalid";
                };
                throw new RuleViolation("history", reason, history.indexOf(event) + 1);
            }
        }
    }

    /**
     * Step 2: the roles within each household: the first row is the reference person unless
     * another says so, one reference person per household, a role for every other member, and
     * the household's rows together in the file.
     */
    private void checkHouseholds(String id, List<ChunkRow> chunk, Set<String> householdsBefore) {
        Map<String, List<ChunkRow>> households = new LinkedHashMap<>();
        String previous = null;
        for (ChunkRow row : chunk) {
            String household = row.record == null ? null : row.record.household();
            if (household != null
                    && !household.equals(previous)
                    && (householdsBefore.contains(household) || households.containsKey(household))) {
                row.reject(id, "household", "import.household.apart");
            }
            if (row.record != null) {
                previous = household;
            }
            if (household != null && row.isValid()) {
                households.computeIfAbsent(household, h -> new ArrayList<>()).add(row);
            }
        }
        for (List<ChunkRow> members : households.values()) {
            boolean referenceGiven = members.stream().anyMatch(m -> m.record.role() == HouseholdRole.REFERENCE_PERSON);
            boolean hasReference = false;
            for (ChunkRow member : members) {
                HouseholdRole role = member.record.role();
                if (role == null && !referenceGiven && !hasReference) {
                    role = HouseholdRole.REFERENCE_PERSON;
                }
                if (role == null) {
                    member.reject(id, "householdRole", "import.householdRole.required");
                } else if (role == HouseholdRole.REFERENCE_PERSON && hasReference) {
                    member.reject(id, "householdRole", "import.householdRole.secondReference");
                } else {
                    hasReference |= role == HouseholdRole.REFERENCE_PERSON;
                    member.role = role;
                }
            }
        }
        chunk.stream()
                .map(r -> r.record == null ? null : r.record.household())
                .filter(java.util.Objects::nonNull)
                .forEach(householdsBefore::add);
    }

    /**
     * Step 3: the valid rows compared with the registry (their best candidates) and with the
     * rows before them in the file: a likely match is held back, a possible one imported and
     * queued for review.
     */
    private void compare(ImportJob job, List<ChunkRow> chunk, Map<String, List<MatchProfile>> earlier) {
        List<ChunkRow> valid = chunk.stream().filter(ChunkRow::isValid).toList();
        valid.forEach(row -> row.profile = MatchProfile.of(row.person));
        Map<Integer, DuplicateCheck.Candidate> inRegistry =
                check.bestCandidates(valid.stream().map(row -> row.profile).toList());
        Set<String> createdHere = jobs.createdAmong(
                job.getId(),
                inRegistry.values().stream().map(c -> c.profile().id()).toList());
        RecordComparison comparison = check.comparison();
        String id = job.getId();
        for (int i = 0; i < valid.size(); i++) {
            ChunkRow row = valid.get(i);
            int number = row.row.number();
            row.registryMatch = inRegistry.get(i);
            Earlier fileMatch = bestEarlier(row.profile, earlier, comparison);
            if (row.registryMatch != null && row.registryMatch.comparison().likelihood() == Likelihood.LIKELY) {
                boolean inFile =
                        createdHere.contains(row.registryMatch.profile().id());
                row.outcome = ImportRow.duplicate(
                        id, number, row.registryMatch.profile().id(), inFile, row.row.original());
            } else if (fileMatch != null && fileMatch.comparison().likelihood() == Likelihood.LIKELY) {
                row.outcome = ImportRow.duplicate(
                        id, number, job.isDryRun() ? null : fileMatch.profile().id(), true, row.row.original());
            } else {
                String personId = job.isDryRun() ? null : row.person.getId();
                row.outcome = row.registryMatch != null
                        ? ImportRow.possibleDuplicate(
                                id,
                                number,
                                personId,
                                row.registryMatch.profile().id())
                        : ImportRow.imported(id, number, row.person.getId(), job.isDryRun());
                row.profile
                        .blockingKeys()
                        .forEach(k -> earlier.computeIfAbsent(k, x -> new ArrayList<>())
                                .add(row.profile));
            }
        }
    }

    /**
     * Step 4: the new people saved, each household's members (those not held back as
     * duplicates) in one new household, with their audit entries; possible duplicates queued.
     */
    private void save(ImportJob job, List<ChunkRow> chunk, Instant now) {
        List<ChunkRow> created = chunk.stream().filter(ChunkRow::isNew).toList();
        if (created.isEmpty()) {
            return;
        }
        Map<String, Household> households = new HashMap<>();
        for (ChunkRow row : created) {
            if (row.role != null) {
                Household household = households.computeIfAbsent(row.record.household(), h -> {
                    Household formed = new Household(now);
                    people.add(formed);
                    return formed;
                });
                row.person.joinHousehold(household, row.role);
            }
        }
        List<Person> toSave = created.stream().map(row -> row.person).toList();
        people.addAll(toSave);
        residenceChanged.fire(new ResidenceRecordsChanged(
                toSave.stream().map(Person::getId).collect(java.util.stream.Collectors.toSet())));
        for (Person person : toSave) {
            audit.recordFor(
                    job.getCreatedBy(),
                    AuditEntry.Action.CREATE,
                    AuditTrail.PERSON,
                    person.getId(),
                    Set.of("import:" + job.getId()));
        }
        for (ChunkRow row : created) {
            if (row.outcome.getOutcome() == ImportRow.Outcome.POSSIBLE_DUPLICATE) {
                review.queue(
                        row.person.getId(),
                        row.registryMatch.profile().id(),
                        row.registryMatch.comparison(),
                        DuplicatePair.Source.IMPORT,
                        now);
            }
        }
    }

    /** In a real run earlier rows are in the registry; in a dry run only in {@code earlier}. */
    private static Earlier bestEarlier(
            MatchProfile profile, Map<String, List<MatchProfile>> earlier, RecordComparison comparison) {
        Earlier best = null;
        Set<String> seen = new java.util.HashSet<>();
        for (String key : profile.blockingKeys()) {
            for (MatchProfile other : earlier.getOrDefault(key, List.of())) {
                if (!seen.add(other.id())) {
                    continue;
                }
                Comparison compared = comparison.compare(profile, other);
                if (best == null || compared.score() > best.comparison().score()) {
                    best = new Earlier(other, compared);
                }
            }
        }
        return best;
    }

    private record Earlier(MatchProfile profile, Comparison comparison) {}

    private static String reason(String key, Object[] arguments) {
        return arguments == null || arguments.length == 0
                ? key
                : key + "|"
                        + String.join(
                                "|",
                                Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
