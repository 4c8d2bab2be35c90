package org.welcomedesk.registry.duplicates.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.DuplicateRepository;
import org.welcomedesk.registry.duplicates.domain.PersonMerge;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.registry.registration.application.Registration;
import org.welcomedesk.testsupport.Deployments;
import org.welcomedesk.testsupport.UniqueNames;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.welcomedesk.testsupport.Transactions.inTransaction;

/** The supervisors' duplicate review inside the test server: merge, unmerge, "not the same person", the scan. */
@ExtendWith(ArquillianExtension.class)
class DuplicateReviewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(DuplicateReviewIT.class);
    }

    @Inject
    Registration registration;

    @Inject
    PersonRecords records;

    @Inject
    DuplicateCheck check;

    @Inject
    DuplicateReview review;

    @Inject
    DuplicateScan scan;

    @Inject
    PersonRepository people;

    @Inject
    DuplicateRepository duplicates;

    @Inject
    org.welcomedesk.services.application.Referrals referrals;

    @Inject
    org.welcomedesk.services.application.Directory directory;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    private List<String> referralCodesOf(String personId) {
        return referrals.ofPerson(personId).stream().map(r -> r.getCode()).toList();
    }

    private static PersonDetails details(
            String given, String family, Sex sex, int year, Integer month, Integer day, String phone, String email) {
        return new PersonDetails(
                given,
                family,
                null,
                null,
                NameOrder.GIVEN_FIRST,
                sex,
                year,
                month,
                day,
                false,
                Set.of("SO"),
                "SO",
                Set.of("so"),
                "so",
                false,
                phone,
                email,
                null);
    }

    private static ResidenceEventFacts arrival(LocalDate date, long district) {
        return new ResidenceEventFacts(ResidenceEventType.ARRIVAL_FROM_ABROAD, date, null, district, "SO", null, 24);
    }

    /** Everything that makes up a record, as the registry holds it. */
    private record Snapshot(
            Map<String, Object> details,
            List<Long> events,
            List<Long> documents,
            List<Long> consents,
            List<Long> assessments,
            String household,
            HouseholdRole role,
            String status,
            Long district,
            String mergedInto) {}

    private Snapshot snapshot(String id) throws Exception {
        return inTransaction(transaction, () -> {
            Person p = people.find(id).orElseThrow();
            return new Snapshot(
                    p.snapshot(),
                    p.getEvents().stream().map(e -> e.getId()).sorted().toList(),
                    p.getDocuments().stream().map(d -> d.getId()).sorted().toList(),
                    p.getConsents().stream().map(c -> c.getId()).sorted().toList(),
                    p.getAssessments().stream().map(a -> a.getId()).sorted().toList(),
                    p.getHousehold() == null ? null : p.getHousehold().getId(),
                    p.getHouseholdRole(),
                    p.getStatus().name(),
                    p.getDistrictId(),
                    p.getMergedInto());
        });
    }

    /** Fatima, registered with her son; then again as Faadumo, with another document and phone. */
    private String[] twoRecordsOfOnePerson() throws Exception {
        String family = "Yusuf" + UniqueNames.letters(4);
        var mother = new NewPerson(
                details("Fatima", family, Sex.F, 1985, 5, 1, null, null),
                null,
                List.of(new NewPerson.Document(DocumentType.PASSPORT, "P" + family.toUpperCase(), "SO", null)),
                arrival(LocalDate.of(2026, 1, 10), 2),
                Set.of(ConsentPurpose.REGISTRATION),
                List.of(new Need(NeedCategory.HOUSING, "shelter")));
        var son = new NewPerson(
                details("Omar", family, Sex.M, 2015, null, null, null, null),
                HouseholdRole.CHILD,
                List.of(),
                arrival(LocalDate.of(2026, 1, 10), 2),
                Set.of(ConsentPurpose.REGISTRATION),
                List.of());
        String householdId =
                registration.registerHousehold(List.of(mother, son)).getId();
        String first = registration.referencePerson(householdId);
        var again = new NewPerson(
                details(
                        "Faadumo",
                        family.replace("Yusuf", "Yuusuf"),
                        Sex.F,
                        1985,
                        1,
                        5,
                        "+351 913 000 111",
                        "faadumo@example.invalid"),
                null,
                List.of(new NewPerson.Document(DocumentType.NATIONAL_ID, "N" + family.toUpperCase(), "SO", null)),
                arrival(LocalDate.of(2026, 3, 1), 3),
                Set.of(ConsentPurpose.REGISTRATION, ConsentPurpose.SHARING_WITH_PARTNERS),
                List.of(new Need(NeedCategory.LANGUAGE, null)));
        String second = registration.register(again).getId();
        return new String[] {first, second, family};
    }

    private DuplicatePair pairFoundByTheCheck(String first, String second) throws Exception {
        MatchProfile draft = inTransaction(
                transaction, () -> MatchProfile.of(people.find(second).orElseThrow()));
        var candidates = check.candidatesFor(draft, 10);
        var match = candidates.stream()
                .filter(c -> c.profile().id().equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the check finds the first record: " + candidates));
        assertNotEquals(Likelihood.UNLIKELY, match.comparison().likelihood());
        review.queue(second, first, match.comparison(), DuplicatePair.Source.SCAN, Instant.now());
        return inTransaction(transaction, () -> duplicates.pairOf(first, second).orElseThrow());
    }

    @Test
    void aMergeKeepsEverythingAndAnUnmergeRestoresBothRecordsExactly() throws Exception {
        String[] ids = twoRecordsOfOnePerson();
        Snapshot firstBefore = snapshot(ids[0]);
        Snapshot secondBefore = snapshot(ids[1]);
        DuplicatePair pair = pairFoundByTheCheck(ids[0], ids[1]);
        // the second record was referred to a clinic of the demo directory before anyone saw the pair
        String gp = directory.places().stream()
                .filter(p -> p.getService().getName().equals("GP Walk-in Consultations"))
                .findFirst()
                .orElseThrow()
                .getId();
        String referral =
                referrals.draft(ids[1], gp, NeedCategory.HEALTH, null, null).getCode();

        PersonMerge merge = review.merge(pair.getId(), pair.getVersion(), ids[0]);

        Snapshot merged = snapshot(ids[1]);
        Snapshot survivor = snapshot(ids[0]);
        assertEquals(ids[0], merged.mergedInto());
        assertTrue(merged.events().isEmpty()
                && merged.documents().isEmpty()
                && merged.consents().isEmpty());
        assertEquals(
                firstBefore.events().size() + secondBefore.events().size(),
                survivor.events().size(),
                "every event kept");
        assertEquals(2, survivor.documents().size(), "both documents");
        assertEquals(
                firstBefore.consents().size() + secondBefore.consents().size(),
                survivor.consents().size());
        assertEquals(2, survivor.assessments().size());
        assertEquals("+351 913 000 111", survivor.details().get("phone"), "a blank detail is filled in");
        assertEquals("Fatima", survivor.details().get("givenNames"), "a recorded detail is never overwritten");
        assertEquals(firstBefore.household(), survivor.household());
        assertEquals(
                DuplicatePair.Status.MERGED,
                inTransaction(
                        transaction,
                        () -> duplicates.pair(pair.getId()).orElseThrow().getStatus()));
        String secondDocument =
                org.welcomedesk.registry.records.domain.IdentityDocument.numberKey("N" + ids[2].toUpperCase());
        assertEquals(
                List.of(ids[0]),
                inTransaction(
                        transaction,
                        () -> people.withDocumentNumber(secondDocument).stream()
                                .map(Person::getId)
                                .toList()),
                "the merged record's document now finds the survivor");
        assertTrue(
                records.history(ids[0]).stream().anyMatch(e -> e.getSubjectId().equals(ids[1])),
                "the survivor's history includes the merged record's entries");
        assertEquals(List.of(referral), referralCodesOf(ids[0]), "the referral follows the person");
        assertEquals(List.of(), referralCodesOf(ids[1]));

        review.unmerge(merge.getId());
        assertEquals(List.of(referral), referralCodesOf(ids[1]), "and goes back with the unmerge");
        assertEquals(List.of(), referralCodesOf(ids[0]));

        assertEquals(firstBefore, snapshot(ids[0]), "the survivor is as it was");
        assertEquals(secondBefore, snapshot(ids[1]), "the merged record is back, with everything it had");
        assertEquals(
                DuplicatePair.Status.OPEN,
                inTransaction(
                        transaction,
                        () -> duplicates.pair(pair.getId()).orElseThrow().getStatus()),
                "the pair is back in the queue");
        assertTrue(inTransaction(
                transaction, () -> duplicates.merge(merge.getId()).orElseThrow().isUndone()));
    }

    @Test
    void notTheSamePersonIsRememberedByTheNextScan() throws Exception {
        String[] ids = twoRecordsOfOnePerson();
        DuplicatePair pair = pairFoundByTheCheck(ids[0], ids[1]);

        review.notTheSamePerson(pair.getId(), pair.getVersion());
        var report = scan.scan();

        assertTrue(report.people() >= 3 && report.comparisons() > 0, report.toString());
        DuplicatePair after = inTransaction(
                transaction, () -> duplicates.pairOf(ids[0], ids[1]).orElseThrow());
        assertEquals(DuplicatePair.Status.NOT_SAME, after.getStatus(), "a decided pair stays decided");
        assertFalse(
                wholeQueue().stream().anyMatch(e -> e.pair().getId().equals(pair.getId())),
                "the pair is nowhere in the queue");
    }

    @Test
    void readingThePairInTheQueueAndSideBySideIsAuditedForBothRecords() throws Exception {
        String[] ids = twoRecordsOfOnePerson();
        DuplicatePair pair = pairFoundByTheCheck(ids[0], ids[1]);
        long first = reads(ids[0], "duplicateQueue");
        long second = reads(ids[1], "duplicateQueue");

        var entry = wholeQueue().stream()
                .filter(e -> e.pair().getId().equals(pair.getId()))
                .toList();

        assertEquals(1, entry.size(), "the pair is in the queue once");
        assertEquals(
                Set.of(ids[0], ids[1]),
                Set.of(entry.get(0).a().id(), entry.get(0).b().id()));
        assertEquals(first + 1, reads(ids[0], "duplicateQueue"), "the queue showed the first record");
        assertEquals(second + 1, reads(ids[1], "duplicateQueue"), "and the second");

        long sideBySide = reads(ids[1], "duplicateReview");
        review.pair(pair.getId());
        assertEquals(sideBySide + 1, reads(ids[1], "duplicateReview"), "the pair compared side by side is a read");
        assertEquals(1, reads(ids[0], "duplicateReview"));
    }

    /** Every open pair, read page by page as a supervisor would. */
    private List<DuplicateReview.QueueEntry> wholeQueue() {
        List<DuplicateReview.QueueEntry> all = new java.util.ArrayList<>();
        DuplicateReview.QueuePage page;
        int number = 0;
        do {
            page = review.queue(
                    org.welcomedesk.registry.duplicates.domain.QueueFilter.none(),
                    org.welcomedesk.registry.duplicates.domain.QueueFilter.Order.SCORE,
                    number++,
                    100);
            all.addAll(page.entries());
        } while ((long) number * 100 < page.total());
        return all;
    }

    /** How often the record was read in the given way (the audit entry's fields). */
    private long reads(String personId, String how) {
        return records.history(personId).stream()
                .filter(e -> e.getAction() == org.welcomedesk.privacy.domain.AuditEntry.Action.VIEW
                        && e.getFields().equals(List.of(how)))
                .count();
    }

    @Test
    void theScanFindsTwoRecordsThatShareOnlyADocumentAndABirthDate() throws Exception {
        // Names entered as two different people would be; only the passport ties them, so the scan
        // must read every person's document numbers along with the rest of their profile.
        String number = "P" + UniqueNames.letters(6).toUpperCase();
        String first = registeredWithPassport("Wanjiru", "Kamau" + UniqueNames.letters(3), number);
        String second = registeredWithPassport("Grace", "Njeri" + UniqueNames.letters(3), number);

        scan.scan();

        DuplicatePair found = inTransaction(
                transaction,
                () -> duplicates
                        .pairOf(first, second)
                        .orElseThrow(() -> new AssertionError("the scan finds the two records of one passport")));
        assertEquals(DuplicatePair.Source.SCAN, found.getFoundBy());
    }

    /** A woman born on 14 June 1992 with a Kenyan passport of this number. */
    private String registeredWithPassport(String given, String family, String number) {
        return registration
                .register(new NewPerson(
                        details(given, family, Sex.F, 1992, 6, 14, null, null),
                        null,
                        List.of(new NewPerson.Document(DocumentType.PASSPORT, number, "KE", null)),
                        arrival(LocalDate.of(2026, 2, 1), 4),
                        Set.of(ConsentPurpose.REGISTRATION),
                        List.of()))
                .getId();
    }

    @Test
    void theScanQueuesAPairNobodyReportedYet() throws Exception {
        String[] ids = twoRecordsOfOnePerson();

        scan.scan();

        DuplicatePair found = inTransaction(
                transaction,
                () -> duplicates
                        .pairOf(ids[0], ids[1])
                        .orElseThrow(() -> new AssertionError("the scan finds Fatima and Faadumo")));
        assertEquals(DuplicatePair.Source.SCAN, found.getFoundBy());
        assertEquals(DuplicatePair.Status.OPEN, found.getStatus());
    }
}
