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
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceRecordsChanged;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.registry.registration.application.Registration;

import java.time.Clock;
import java.time.Instant;
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
     * with the rows before it, saves what is new (unless a dry run), and moves the checkpoint.
     *
     * @param earlier rows of this file already read, for finding duplicates within the file
     *                in a dry run (a real run finds them in the registry, where they were saved)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob.ChunkCounts process(String id, List<ImportFiles.Row> rows, Map<String, List<MatchProfile>> earlier) {
        ImportJob job = job(id);
        Instant now = Instant.now(clock);
        String actor = job.getCreatedBy();
        ColumnMapping mapping = job.mapping();
        List<District> allDistricts = districts.history();

        Map<Integer, Person> valid = new LinkedHashMap<>();
        Map<Integer, ImportRow> outcomes = new HashMap<>();
        for (ImportFiles.Row row : rows) {
            try {
                NewPerson newPerson = LegacyRecord.read(mapping, row.values(), allDistricts);
                valid.put(row.number(), registration.prepare(newPerson, actor, now, ""));
            } catch (RuleViolation violation) {
                outcomes.put(row.number(), ImportRow.rejected(id, row.number(), violation.field(),
                        reason(violation.messageKey(), violation.arguments()), row.original()));
            } catch (InvalidFields invalid) {
                var first = invalid.errors().get(0);
                outcomes.put(row.number(), ImportRow.rejected(id, row.number(), first.field(), first.messageKey(),
                        row.original()));
            }
        }

        List<Integer> numbers = new ArrayList<>(valid.keySet());
        List<MatchProfile> profiles = numbers.stream().map(n -> MatchProfile.of(valid.get(n))).toList();
        Map<Integer, DuplicateCheck.Candidate> inRegistry = check.bestCandidates(profiles);
        Set<String> createdHere = jobs.createdAmong(id, inRegistry.values().stream().map(c -> c.profile().id()).toList());
        RecordComparison comparison = check.comparison();
        Map<Integer, String> originals = new HashMap<>();
        rows.forEach(r -> originals.put(r.number(), r.original()));

        List<Person> toSave = new ArrayList<>();
        int imported = 0;
        int duplicates = 0;
        int possible = 0;
        for (int i = 0; i < numbers.size(); i++) {
            int number = numbers.get(i);
            Person person = valid.get(number);
            MatchProfile profile = profiles.get(i);
            DuplicateCheck.Candidate registryMatch = inRegistry.get(i);
            Earlier fileMatch = bestEarlier(profile, earlier, comparison);
            String original = originals.get(number);
            if (registryMatch != null && registryMatch.comparison().likelihood() == Likelihood.LIKELY) {
                boolean inFile = createdHere.contains(registryMatch.profile().id());
                outcomes.put(number, ImportRow.duplicate(id, number, registryMatch.profile().id(), inFile, original));
                duplicates++;
            } else if (fileMatch != null && fileMatch.comparison().likelihood() == Likelihood.LIKELY) {
                outcomes.put(number, ImportRow.duplicate(id, number, job.isDryRun() ? null : fileMatch.profile().id(), true,
                        original));
                duplicates++;
            } else {
                if (registryMatch != null) {
                    possible++;
                    outcomes.put(number, ImportRow.possibleDuplicate(id, number, job.isDryRun() ? null : person.getId(),
                            registryMatch.profile().id()));
                    if (!job.isDryRun()) {
                        toSave.add(person);
                    }
                } else {
                    outcomes.put(number, ImportRow.imported(id, number, person.getId(), job.isDryRun()));
                    if (!job.isDryRun()) {
                        toSave.add(person);
                    }
                }
                imported++;
                profile.blockingKeys().forEach(k -> earlier.computeIfAbsent(k, x -> new ArrayList<>()).add(profile));
            }
        }
        if (!toSave.isEmpty()) {
            people.addAll(toSave);
            residenceChanged.fire(new ResidenceRecordsChanged(
                    toSave.stream().map(Person::getId).collect(java.util.stream.Collectors.toSet())));
            for (Person person : toSave) {
                audit.recordFor(actor, AuditEntry.Action.CREATE, AuditTrail.PERSON, person.getId(),
                        Set.of("import:" + id));
            }
            for (int i = 0; i < numbers.size(); i++) {
                ImportRow outcome = outcomes.get(numbers.get(i));
                if (outcome.getOutcome() == ImportRow.Outcome.POSSIBLE_DUPLICATE) {
                    DuplicateCheck.Candidate match = inRegistry.get(i);
                    review.queue(outcome.getPersonId(), match.profile().id(), match.comparison(),
                            DuplicatePair.Source.IMPORT, now);
                }
            }
        }
        rows.forEach(r -> jobs.add(outcomes.get(r.number())));
        ImportJob.ChunkCounts counts = new ImportJob.ChunkCounts(imported, rows.size() - valid.size(), duplicates, possible);
        job.advance(rows.get(rows.size() - 1).number(), counts);
        return counts;
    }

    /** In a real run earlier rows are in the registry; in a dry run only in {@code earlier}. */
    private static Earlier bestEarlier(MatchProfile profile, Map<String, List<MatchProfile>> earlier,
                                       RecordComparison comparison) {
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

    private record Earlier(MatchProfile profile, Comparison comparison) {
    }

    private static String reason(String key, Object[] arguments) {
        return arguments == null || arguments.length == 0 ? key
                : key + "|" + String.join("|", Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
