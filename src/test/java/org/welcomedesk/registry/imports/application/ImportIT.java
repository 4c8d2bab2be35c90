package org.welcomedesk.registry.imports.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.registry.imports.domain.ImportJob;
import org.welcomedesk.registry.imports.domain.ImportJobRepository;
import org.welcomedesk.registry.imports.domain.ImportRow;
import org.welcomedesk.registry.records.application.PersonQuery;
import org.welcomedesk.registry.records.application.PersonSearch;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.registry.registration.application.Registration;
import org.welcomedesk.testsupport.Deployments;
import org.welcomedesk.testsupport.UniqueNames;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.welcomedesk.testsupport.Transactions.inTransaction;

/**
 * Bulk imports of legacy registers inside the test server: bad rows are reported and the rest
 * loaded, duplicates are held back, a dry run saves nothing, an import interrupted by a stopped
 * server resumes without importing a row twice, and a cancelled import leaves nobody behind.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final String HEADER =
            "first_name;last_name;sex;date_of_birth;country_of_birth;nationality;passport;arrival_date;district;previous_country\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(ImportIT.class).addAsResource("imports/register.xlsx");
    }

    @Inject
    ImportJobs imports;

    @Inject
    ImportChunks chunks;

    @Inject
    ImportFiles files;

    @Inject
    ImportJobRepository jobs;

    @Inject
    PersonRepository people;

    @Inject
    PersonSearch search;

    @Inject
    Registration registration;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    private ImportJob waitFor(String id, ImportJob.Status status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        ImportJob job = imports.job(id);
        while (job.getStatus() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            job = imports.job(id);
        }
        assertEquals(status, job.getStatus(), "import " + id + " at row " + job.getRowsDone());
        return job;
    }

    private ImportJob run(String csv, boolean dryRun) throws InterruptedException {
        var upload = imports.upload("legacy.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        ImportJob job = imports.start(upload, upload.suggested(), dryRun);
        return waitFor(job.getId(), ImportJob.Status.COMPLETED);
    }

    /** How many people the search finds with exactly this name (it also finds similar names). */
    private long named(String name) {
        return search.search(new PersonQuery(name, null, null, null, null, null), 0, 100).matches().stream()
                .filter(m -> m.person().getName().display().equals(name))
                .count();
    }

    private long count() throws Exception {
        return inTransaction(transaction, () -> people.count());
    }

    @Test
    void badRowsAreReportedWithTheirFieldAndTheRestIsLoaded() throws Exception {
        String k = UniqueNames.letters(5);
        String existing = registration
                .register(new NewPerson(
                        new PersonDetails(
                                "Yusuf",
                                "Abdi" + k,
                                null,
                                null,
                                NameOrder.GIVEN_FIRST,
                                Sex.M,
                                1983,
                                7,
                                7,
                                false,
                                Set.of("SO"),
                                "SO",
                                Set.of(),
                                null,
                                false,
                                null,
                                null,
                                null),
                        null,
                        List.of(new NewPerson.Document(DocumentType.PASSPORT, "P" + k + "9", "SO", null)),
                        null,
                        Set.of(ConsentPurpose.REGISTRATION),
                        List.of()))
                .getId();
        String csv = HEADER
                + "Amina;Warsame" + k + ";F;1990-02-03;SO;SO;P" + k + "1;2026-05-01;D02;SO\n"
                + "Tesfaye;Bekele" + k + ";M;1987;ET;ET;P" + k + "2;2026-06-11;D03;SO\n"
                + "Olena;Kovalenko" + k + ";F;30/11/1979;UA;UA;;2026-04-20;D12;SO\n"
                + "Kofi;Mensah" + k + ";;1975-01-01;GH;GH;;2026-04-20;D01;SO\n"
                + "Ana;Silva" + k + ";F;31/02/1990;BR;BR;;2026-04-20;D01;SO\n"
                + "Jean;Dupont" + k + ";M;1960-06-06;XX;FR;;2026-04-20;D01;SO\n"
                + "Amina;Warsame" + k + ";F;1990-02-03;SO;SO;P" + k + "1;2026-05-01;D02;SO\n"
                + "Yusuf;Abdi" + k + ";M;1983-07-07;SO;SO;P" + k + "9;2026-05-01;D02;SO\n";

        ImportJob dryRun = run(csv, true);
        assertEquals(3, dryRun.getImported(), "a dry run counts what it would import");
        assertEquals(0, named("Tesfaye Bekele" + k), "a dry run saves nobody");

        long before = count();
        ImportJob job = run(csv, false);

        assertEquals(8, job.getRowsDone());
        assertEquals(3, job.getImported());
        assertEquals(3, job.getRejected());
        assertEquals(2, job.getDuplicates());
        assertEquals(before + 3, count(), "the three good rows, and only they, were loaded");
        assertEquals(dryRun.getRejected(), job.getRejected(), "the dry run predicted the real run");

        List<ImportRow> problems = imports.problems(job.getId(), 0, 100);
        assertEquals(
                List.of(4, 5, 6, 7, 8),
                problems.stream().map(ImportRow::getRowNumber).toList());
        assertEquals("sex", problems.get(0).getField());
        assertEquals("birthDate", problems.get(1).getField());
        assertEquals("countryOfBirth", problems.get(2).getField());
        assertEquals(ImportRow.Outcome.DUPLICATE_IN_FILE, problems.get(3).getOutcome());
        assertEquals(ImportRow.Outcome.DUPLICATE, problems.get(4).getOutcome());
        assertEquals(existing, problems.get(4).getMatchId(), "held back as the person already registered");

        StringWriter report = new StringWriter();
        ImportReport.write(imports, job.getId(), Locale.FRENCH, report);
        String text = report.toString();
        assertTrue(
                text.contains("Sexe") && text.contains("Kofi;Mensah" + k),
                "the report names the field in French " + "and keeps the row as it was: " + text);
        assertTrue(text.contains("Pays de naissance"), text);
        assertEquals(1, named("Tesfaye Bekele" + k));
    }

    @Test
    void aRegisterKeptInExcelIsImportedLikeACsvFile() throws Exception {
        String k = UniqueNames.letters(5);
        long before = count();
        var upload = imports.upload("registo.xlsx", new ByteArrayInputStream(workbookWith(k)));
        assertEquals(ImportJob.Format.XLSX, upload.format());
        assertTrue(upload.headers().contains("date_of_birth"), upload.headers().toString());

        ImportJob job = imports.start(upload, upload.suggested(), false);
        job = waitFor(job.getId(), ImportJob.Status.COMPLETED);

        assertEquals(ImportJob.Format.XLSX, job.getFormat());
        assertEquals(5, job.getRowsDone());
        assertEquals(3, job.getImported());
        assertEquals(1, job.getRejected());
        assertEquals(1, job.getDuplicates());
        assertEquals(before + 3, count());
        List<ImportRow> problems = imports.problems(job.getId(), 0, 100);
        assertEquals("sex", problems.get(0).getField(), "the row without a sex is refused, naming the field");
        assertEquals(ImportRow.Outcome.DUPLICATE_IN_FILE, problems.get(1).getOutcome());
        Person hodan = search.search(new PersonQuery("Hodan Farah" + k, null, null, null, null, null), 0, 10)
                .matches()
                .get(0)
                .person();
        assertEquals("1992-03-04", hodan.getBirthDate().toString(), "the date cell became the birth date");
        assertEquals(1, named("Iryna, Maria Bondarenko" + k), "a comma inside a cell stays in its field");
    }

    /** The test workbook (written by ExcelJS) with {@code k} in place of {k} in its texts. */
    private byte[] workbookWith(String k) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(getClass().getResourceAsStream("/imports/register.xlsx"));
                var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("{k}", k)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** {@code rows} different people, as a legacy register lists them. */
    private String people(String k, int rows) {
        String[] given = {
            "Amal", "Bilal", "Chiara", "Dawit", "Elif", "Farid", "Grace", "Hamza", "Ines", "Jamal", "Khadija", "Lamin",
            "Mariam", "Nikolai", "Oksana", "Pedro", "Qasim", "Rahel", "Samir", "Tamar", "Ugne", "Viktor", "Wanjiru",
            "Xiomara", "Yonas", "Zainab", "Abebe", "Bogdan", "Carmen", "Darius"
        };
        String[] family = {
            "Okafor",
            "Haddad",
            "Kowalczyk",
            "Tesfaye",
            "Yilmaz",
            "Nguyen",
            "Petrenko",
            "Mensah",
            "Rahimi",
            "Santos",
            "Diallo",
            "Ivanova",
            "Bakr",
            "Ferreira",
            "Kamara",
            "Lindqvist",
            "Mwangi",
            "Nasser",
            "Osei",
            "Popescu",
            "Qureshi",
            "Rossi",
            "Sow",
            "Tanaka",
            "Usman",
            "Vargas",
            "Wojcik",
            "Xu",
            "Yusupov",
            "Zeller",
            "Abara",
            "Boateng",
            "Chaudhry",
            "Dimitrov",
            "Eze",
            "Fofana",
            "Gashi",
            "Horvat",
            "Iqbal",
            "Jovanovic",
            "Karimi",
            "Lungu",
            "Mahmoud",
            "Novak",
            "Oyelaran"
        };
        Random random = new Random(rows);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(given[i % given.length])
                    .append(';')
                    .append(family[(i / given.length) % family.length])
                    .append(k)
                    .append(';')
                    .append(i % 2 == 0 ? "F" : "M")
                    .append(';')
                    .append(java.time.LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 70)))
                    .append(";SY;SY;")
                    .append(10_000_000 + random.nextInt(89_999_999))
                    .append(";2026-05-01;D02;SY\n");
        }
        return csv.toString();
    }

    /** Rows per simulated chunk; the transaction takes any number, the worker's own is larger. */
    private static final int SLICE = 500;

    /** An import of {@code csv} as its worker leaves it after committing {@code count} slices of {@value #SLICE}. */
    private ImportJob committedChunks(String fileName, String csv, int rows, int count) throws Exception {
        ImportJob job = chunks.create(
                fileName,
                ImportJob.Format.CSV,
                org.welcomedesk.registry.imports.domain.ColumnMapping.suggestedFor(
                        List.of(csv.substring(0, csv.indexOf('\n')).split(";"))),
                false);
        files.store(job.getId(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        chunks.begin(job.getId(), rows);
        try (ImportFiles.Rows source = files.open(job.getId())) {
            for (int chunk = 0; chunk < count; chunk++) {
                List<ImportFiles.Row> slice = new ArrayList<>();
                for (int i = 0; i < SLICE; i++) {
                    slice.add(source.next());
                }
                chunks.process(job.getId(), slice, new java.util.HashMap<>(), new HashSet<>());
            }
        }
        return job;
    }

    @Test
    void anImportInterruptedByAStoppedServerResumesWithoutImportingARowTwice() throws Exception {
        String k = UniqueNames.letters(5);
        String csv = people(k, 1300);
        long before = count();

        // the state a server stop leaves: two chunks committed, the job still marked running
        ImportJob job = committedChunks("interrupted.csv", csv, 1300, 2);
        assertEquals(ImportJob.Status.RUNNING, imports.job(job.getId()).getStatus());
        assertEquals(before + 1000, count());

        imports.resumeAfterRestart(); // what the next start-up does

        ImportJob done = waitFor(job.getId(), ImportJob.Status.COMPLETED);
        assertEquals(1300, done.getRowsDone());
        assertEquals(1300, done.getImported(), "every row imported once: " + done.getDuplicates() + " held back");
        assertEquals(before + 1300, count(), "no row imported twice");
        List<String> created = inTransaction(transaction, () -> jobs.peopleCreated(job.getId(), 5000));
        assertEquals(1300, new HashSet<>(created).size());
    }

    @Test
    void aCancelledImportLeavesNobodyBehind() throws Exception {
        String k = UniqueNames.letters(5);
        String csv = people(k, 700);
        long before = count();
        ImportJob job = committedChunks("cancelled.csv", csv, 700, 1);
        chunks.interrupt(job.getId());
        assertEquals(before + 500, count());

        imports.cancel(job.getId());

        ImportJob cancelled = waitFor(job.getId(), ImportJob.Status.CANCELLED);
        assertEquals(0, cancelled.getImported());
        assertEquals(before, count(), "everyone the import created is gone");
        assertEquals(0, named("Amal Okafor" + k));
    }

    private static final String HOUSEHOLD_HEADER =
            "first_name;last_name;sex;date_of_birth;nationality;arrival_date;district;"
                    + "previous_country;previous_municipality;stay_began;intended_months;household;relationship;history\n";

    /**
     * {@link #people}'s rows with the household columns: {@code household} gives a row's
     * reference and role, or null for a person on their own.
     */
    private String householdRows(String k, int rows, java.util.function.IntFunction<String[]> household) {
        StringBuilder csv = new StringBuilder(HOUSEHOLD_HEADER);
        String[] lines = people(k, rows).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(";");
            String[] member = household.apply(i - 1);
            csv.append(String.join(
                            ";",
                            f[0],
                            f[1],
                            f[2],
                            f[3],
                            f[5],
                            f[7],
                            f[8],
                            f[9],
                            "",
                            "",
                            "",
                            member == null ? "" : member[0],
                            member == null ? "" : member[1],
                            ""))
                    .append('\n');
        }
        return csv.toString();
    }

    /** The person found by exactly this name, with their events and household, or a failed test. */
    private Person person(String name) throws Exception {
        String id = search.search(new PersonQuery(name, null, null, null, null, null), 0, 100).matches().stream()
                .map(PersonSearch.Match::person)
                .filter(p -> p.getName().display().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nobody named " + name))
                .getId();
        return inTransaction(transaction, () -> {
            Person found = people.find(id).orElseThrow();
            found.getEvents().size();
            if (found.getHousehold() != null) {
                found.getHousehold().getMembers().size();
            }
            return found;
        });
    }

    @Test
    void householdsArriveWithTheirRolesAndTheirPastAndEveryBadValueNamesItsField() throws Exception {
        String k = UniqueNames.letters(5);
        String moved = "2021-06-01:MOVE_WITHIN_CITY:D05";
        String csv = HOUSEHOLD_HEADER
                // a family who arrived in 2019, moved, and left again (the child stayed with relatives)
                // (in a semicolon file a history of several events is quoted)
                + "Rania;Haddad" + k + ";F;1985-02-03;SY;2019-03-01;D02;SY;;;36;H1;REFERENCE_PERSON;\""
                + moved + ";2023-02-01:DEPARTURE_ABROAD:DE:24\"\n"
                + "Omar;Haddad" + k + ";M;1983-05-06;SY;2019-03-01;D02;SY;;;36;H1;spouse_or_partner;\""
                + moved + ";2023-02-01:DEPARTURE_ABROAD:DE:24\"\n"
                + "Lina;Haddad" + k + ";F;2010-07-08;SY;2019-03-01;D02;SY;;;36;H1;CHILD;" + moved + "\n"
                // one person from another municipality, their role left out: the reference person
                + "Pedro;Santos" + k + ";M;1990-01-01;PT;2022-09-15;D03;;Porto;ARRIVAL_FROM_MUNICIPALITY;;H2;;\n"
                // refused, each naming its field
                + "Ana;Morte" + k + ";F;1950-01-01;PT;2018-01-01;D01;;Porto;;;;;2020-01-01:DEATH:Riverside\n"
                + "Ana;Cedo" + k + ";F;1951-01-01;PT;2018-01-01;D01;;Porto;;;;;2017-01-01:MOVE_WITHIN_CITY:D02\n"
                + "Ana;Volta" + k + ";F;1952-01-01;PT;2018-01-01;D01;;Porto;;;;;2019-01-01:ARRIVAL_FROM_ABROAD:FR:D02\n"
                + "Ana;Outra" + k + ";F;1953-01-01;PT;2018-01-01;D01;;Porto;;;H3;REFERENCE_PERSON;\n"
                + "Rui;Outro" + k + ";M;1954-01-01;PT;2018-01-01;D01;;Porto;;;H3;REFERENCE_PERSON;\n"
                + "Eva;Longe" + k + ";F;1955-01-01;PT;2018-01-01;D01;;Porto;;;H1;CHILD;\n"
                + "Ana;Tipo" + k + ";F;1956-01-01;PT;2018-01-01;D01;;Porto;BIRTH;;;;\n";

        ImportJob dryRun = run(csv, true);
        ImportJob job = run(csv, false);

        assertEquals(5, job.getImported());
        assertEquals(6, job.getRejected());
        assertEquals(dryRun.getRejected(), job.getRejected(), "the dry run predicted the real run");
        List<ImportRow> problems = imports.problems(job.getId(), 0, 100);
        assertEquals(
                List.of("history", "history", "history", "householdRole", "household", "stayBegan"),
                problems.stream().map(ImportRow::getField).toList());
        assertEquals(
                List.of(
                        "import.history.death|1",
                        "import.history.order|1",
                        "import.history.sequence|1",
                        "import.householdRole.secondReference",
                        "import.household.apart",
                        "import.stayBegan.unknown"),
                problems.stream().map(ImportRow::getReason).toList());

        Person rania = person("Rania Haddad" + k);
        assertEquals(3, rania.getEvents().size(), "arrival, move and departure");
        assertEquals(org.welcomedesk.registry.records.domain.ResidenceStatus.DEPARTED, rania.getStatus());
        assertTrue(rania.getEvents().stream().noneMatch(e -> e.isProvisional()), "a past long gone arrives settled");
        assertEquals(org.welcomedesk.registry.records.domain.HouseholdRole.REFERENCE_PERSON, rania.getHouseholdRole());
        assertEquals(3, rania.getHousehold().getMembers().size(), "the three rows of H1 form one household");
        Person lina = person("Lina Haddad" + k);
        assertEquals(rania.getHousehold().getId(), lina.getHousehold().getId());
        assertEquals(org.welcomedesk.registry.records.domain.HouseholdRole.CHILD, lina.getHouseholdRole());
        assertEquals(org.welcomedesk.registry.records.domain.ResidenceStatus.RESIDENT, lina.getStatus());
        assertEquals(36, lina.getEvents().get(0).getIntendedMonths());
        Person pedro = person("Pedro Santos" + k);
        assertEquals(
                org.welcomedesk.registry.records.domain.ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY,
                pedro.getEvents().get(0).getType());
        assertEquals(org.welcomedesk.registry.records.domain.HouseholdRole.REFERENCE_PERSON, pedro.getHouseholdRole());
        assertTrue(rania.getHousehold().getId() != null
                && !rania.getHousehold().getId().equals(pedro.getHousehold().getId()));

        StringWriter report = new StringWriter();
        ImportReport.write(imports, job.getId(), Locale.FRENCH, report);
        assertTrue(
                report.toString().contains("Événement 1\u202f: le registre n’enregistre pas les décès."),
                report.toString());
    }

    @Test
    void aHouseholdAcrossTheChunkSizeIsSavedWhole() throws Exception {
        String k = UniqueNames.letters(5);
        // singles up to two rows before the chunk size, then a household of four across it
        StringBuilder csv = new StringBuilder(householdRows(k, ImportJobs.CHUNK - 2, i -> null));
        String[] given = {"Amal", "Badr", "Chadi", "Dima"};
        for (int i = 0; i < given.length; i++) {
            csv.append(given[i])
                    .append(";Chunkfamily")
                    .append(k)
                    .append(i == 0 ? ";F;" : ";M;")
                    .append(1980 + 8 * i)
                    .append("-0")
                    .append(i + 1)
                    .append("-1")
                    .append(i)
                    .append(";SY;2025-05-01;D02;SY;;;;big;")
                    .append(i == 0 ? "REFERENCE_PERSON" : "CHILD")
                    .append(";\n");
        }

        ImportJob job = run(csv.toString(), false);

        assertEquals(ImportJobs.CHUNK + 2, job.getRowsDone());
        assertEquals(0, job.getRejected());
        Person amal = person("Amal Chunkfamily" + k);
        assertEquals(4, amal.getHousehold().getMembers().size(), "one household, not two halves");
    }

    @Test
    void aResumedImportRemembersTheHouseholdsItHadDone() throws Exception {
        String k = UniqueNames.letters(5);
        // households of two, B0 to B249: the first slice ends between two of them
        StringBuilder csv = new StringBuilder(householdRows(k, SLICE, i ->
                new String[] {"B" + i / 2, i % 2 == 0 ? "REFERENCE_PERSON" : "CHILD"}));
        csv.append("Zara;After").append(k).append(";F;1991-01-01;SY;2025-05-01;D02;SY;;;;B7;CHILD;\n");
        csv.append("Yara;After").append(k).append(";F;1962-07-01;SY;2025-05-01;D02;SY;;;;C1;;\n");

        // the worker committed the first households (a chunk ends between two of them), then the server stopped
        ImportJob job = committedChunks("households.csv", csv.toString(), SLICE + 2, 1);
        imports.resumeAfterRestart();
        ImportJob done = waitFor(job.getId(), ImportJob.Status.COMPLETED);

        assertEquals(SLICE + 1, done.getImported());
        List<ImportRow> problems = imports.problems(job.getId(), 0, 10);
        assertEquals(1, problems.size());
        assertEquals(SLICE + 1, problems.get(0).getRowNumber());
        assertEquals(
                "import.household.apart",
                problems.get(0).getReason(),
                "household B7 was finished before the restart: a later row cannot join it");
        assertEquals(1, person("Yara After" + k).getHousehold().getMembers().size());
        assertEquals(2, person("Amal Okafor" + k).getHousehold().getMembers().size());
    }

    @Test
    void needsAndConsentsAreRecordedOnTheImportDayAndAnUnknownCodeNamesItsField() throws Exception {
        String k = UniqueNames.letters(5);
        String csv = "first_name,last_name,sex,date_of_birth,besoins,consentements\n"
                + "Samira,Nour" + k + ",F,1987-04-05,\"HOUSING: Family of four, in a shelter; language health\","
                + "SHARING_WITH_PARTNERS\n"
                + "Karim,Nour" + k + ",M,1986-02-03,,\n"
                + "Hana,Nour" + k + ",F,1988-01-02,HOUSNIG,\n"
                + "Tarek,Nour" + k + ",M,1989-01-02,,SHARING\n"
                + "Dana,Nour" + k + ",F,1990-01-02,HOUSING HOUSING,\n";

        ImportJob job = run(csv, false);

        assertEquals(2, job.getImported());
        assertEquals(
                List.of("needs|import.needs.unknown", "consents|import.consents.unknown", "needs|needs.duplicate"),
                imports.problems(job.getId(), 0, 10).stream()
                        .map(p -> p.getField() + "|" + p.getReason())
                        .toList());
        String samiraId = person("Samira Nour" + k).getId();
        String karimId = person("Karim Nour" + k).getId();
        inTransaction(transaction, () -> {
            Person samira = people.find(samiraId).orElseThrow();
            assertEquals(
                    Set.of(NeedCategory.HOUSING, NeedCategory.LANGUAGE, NeedCategory.HEALTH), samira.currentNeeds());
            assertEquals(1, samira.getAssessments().size());
            assertEquals(
                    LocalDate.now(ZoneOffset.UTC),
                    samira.getAssessments().get(0).getVisitDate(),
                    "assessed on the import day");
            // the housing need's note (a database returns the assessment's needs in no set order)
            assertEquals(
                    List.of("Family of four, in a shelter"),
                    samira.getAssessments().get(0).getNeeds().stream()
                            .filter(need -> need.getCategory() == NeedCategory.HOUSING)
                            .map(need -> need.getNote())
                            .toList());
            assertTrue(samira.hasConsentTo(ConsentPurpose.REGISTRATION));
            assertTrue(samira.hasConsentTo(ConsentPurpose.SHARING_WITH_PARTNERS));
            assertTrue(!samira.hasConsentTo(ConsentPurpose.BEING_CONTACTED));
            Person karim = people.find(karimId).orElseThrow();
            assertEquals(List.of(), karim.getAssessments(), "no needs, no assessment");
            assertTrue(karim.hasConsentTo(ConsentPurpose.REGISTRATION));
            assertTrue(!karim.hasConsentTo(ConsentPurpose.SHARING_WITH_PARTNERS));
            return null;
        });
    }
}
