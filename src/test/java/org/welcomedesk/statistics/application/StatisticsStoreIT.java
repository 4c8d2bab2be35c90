package org.welcomedesk.statistics.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.DuplicateRepository;
import org.welcomedesk.registry.duplicates.domain.PersonMerge;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.application.ResidenceClassification;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.registry.registration.application.Registration;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.TableDefinition;
import org.welcomedesk.testsupport.Deployments;
import org.welcomedesk.testsupport.UniqueNames;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.welcomedesk.testsupport.Transactions.inTransaction;

/**
 * The aggregate store inside the test server, changed only through the registry's application
 * services as the desks change it: it says what a recount of the registry says.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsStoreIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(StatisticsStoreIT.class);
    }

    @Inject
    Registration registration;

    @Inject
    PersonRecords records;

    @Inject
    DuplicateCheck duplicateCheck;

    @Inject
    DuplicateReview review;

    @Inject
    ResidenceClassification classification;

    @Inject
    PersonRepository people;

    @Inject
    DuplicateRepository duplicates;

    @Inject
    StatisticsSource store;

    @Inject
    @StoreReference
    StatisticsSource recount;

    @Inject
    StoreCheck check;

    @Inject
    StoreRebuild rebuild;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theStoreEqualsARecountAfterADayOfRegistrationsCorrectionsMergesAndTheNightlyConfirmation() throws Exception {
        String family = "Haile" + UniqueNames.letters(4);
        // a household arrives from abroad, a single man from another municipality
        var mother = newPerson("Selam", family, Sex.F, 1988, "ER", arrival(TODAY.minusMonths(9), 2, "ER"));
        var daughter = newPerson("Lula", family, Sex.F, 2016, "ER", arrival(TODAY.minusMonths(9), 2, "ER"));
        String household =
                registration.registerHousehold(List.of(mother, daughter)).getId();
        String motherId = registration.referencePerson(household);
        Person single = registration.register(newPerson(
                "Dawit",
                family,
                Sex.M,
                1975,
                "ET",
                new ResidenceEventFacts(
                        ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY,
                        TODAY.minusMonths(4),
                        null,
                        3L,
                        null,
                        "Braga",
                        null)));
        // the mother moves within the city; the single man's arrival is corrected, then he leaves
        records.recordEvent(
                motherId,
                new ResidenceEventFacts(
                        ResidenceEventType.MOVE_WITHIN_CITY, TODAY.minusMonths(3), null, 3L, null, null, null));
        long arrivalId = records.view(single.getId()).getEvents().get(0).getId();
        records.correctEvent(
                single.getId(),
                arrivalId,
                new ResidenceEventFacts(
                        ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY,
                        TODAY.minusMonths(5),
                        null,
                        2L,
                        null,
                        "Porto",
                        null));
        records.recordEvent(
                single.getId(),
                new ResidenceEventFacts(
                        ResidenceEventType.DEPARTURE_ABROAD, TODAY.minusMonths(1), null, null, "ET", null, null));
        // his details corrected: another birth year and citizenship change his age and citizenship everywhere
        Person seen = records.view(single.getId());
        records.update(single.getId(), seen.getVersion(), details("Dawit", family, Sex.M, 1977, "ER", null));
        // two records of one person merged, another merge undone
        String[] twice = twoRecordsOfOnePerson("Yusuf");
        review.merge(pairOf(twice).getId(), pairOf(twice).getVersion(), twice[0]);
        String[] undone = twoRecordsOfOnePerson("Abdi");
        PersonMerge merge = review.merge(pairOf(undone).getId(), pairOf(undone).getVersion(), undone[0]);
        review.unmerge(merge.getId());
        // the nightly confirmation a year on: arrivals become final, a short stay becomes temporary mobility
        classification.settleDue(TODAY.plusMonths(12));

        StoreCheck.Report report = check.check();

        assertTrue(report.cells() > 0, "the tables compared have cells");
        assertEquals(List.of(), report.tablesDiffering(), report.toString());
        assertTrue(report.agrees());
    }

    @Test
    void mergingTwoRecordsOfOnePersonDoesNotCountThemTwice() throws Exception {
        Period year = Period.year(TODAY.getYear());
        TableDefinition arrivals =
                new TableDefinition(List.of(Dimension.FLOW), Map.of(Dimension.CITIZEN, "SO"), List.of(year));
        PopulationDefinition residents =
                new PopulationDefinition(List.of(), Map.of(Dimension.CITIZEN, "SO"), List.of(TODAY.plusDays(1)));
        long arrivedBefore = immigrants(arrivals, year);
        long residentBefore = residents(residents);

        String[] ids = twoRecordsOfOnePerson("Warsame");
        assertEquals(arrivedBefore + 2, immigrants(arrivals, year), "two records, not yet known to be one person");
        assertEquals(residentBefore + 2, residents(residents));

        DuplicatePair pair = pairOf(ids);
        review.merge(pair.getId(), pair.getVersion(), ids[0]);

        assertEquals(arrivedBefore + 1, immigrants(arrivals, year), "one person, one arrival this year");
        assertEquals(residentBefore + 1, residents(residents), "one resident");
        assertEquals(recount.flows(arrivals), store.flows(arrivals));
        assertEquals(recount.population(residents), store.population(residents));

        // a rebuild from scratch counts the same
        rebuild.rebuild();
        assertEquals(arrivedBefore + 1, immigrants(arrivals, year));
        assertEquals(residentBefore + 1, residents(residents));
    }

    private long immigrants(TableDefinition table, Period year) {
        Recount.Cell cell =
                store.flows(table).get(Recount.at(year, Map.of(Dimension.FLOW, "IMM", Dimension.CITIZEN, "SO")));
        return cell == null ? 0 : cell.key().count();
    }

    private long residents(PopulationDefinition table) {
        return store.population(table).values().stream()
                .mapToLong(c -> c.key().count())
                .sum();
    }

    private static ResidenceEventFacts arrival(LocalDate date, long district, String country) {
        return new ResidenceEventFacts(ResidenceEventType.ARRIVAL_FROM_ABROAD, date, null, district, country, null, 24);
    }

    private static PersonDetails details(String given, String family, Sex sex, int year, String country, String phone) {
        return new PersonDetails(
                given,
                family,
                null,
                null,
                NameOrder.GIVEN_FIRST,
                sex,
                year,
                5,
                1,
                false,
                Set.of(country),
                country,
                Set.of(),
                null,
                false,
                phone,
                null,
                null);
    }

    private static NewPerson newPerson(
            String given, String family, Sex sex, int year, String country, ResidenceEventFacts arrival) {
        return new NewPerson(
                details(given, family, sex, year, country, null),
                null,
                List.of(),
                arrival,
                Set.of(ConsentPurpose.REGISTRATION),
                List.of());
    }

    /** One woman registered twice, the second time with a spelling of her name of another clerk, both arrivals this year. */
    private String[] twoRecordsOfOnePerson(String familyStem) {
        String family = familyStem + UniqueNames.letters(4);
        LocalDate first = TODAY.withDayOfYear(1).plusDays(3);
        var once = new NewPerson(
                details("Fatima", family, Sex.F, 1985, "SO", null),
                null,
                List.of(new NewPerson.Document(DocumentType.PASSPORT, "P" + family.toUpperCase(), "SO", null)),
                arrival(first, 2, "SO"),
                Set.of(ConsentPurpose.REGISTRATION),
                List.of());
        var again = new NewPerson(
                details("Faadumo", family, Sex.F, 1985, "SO", "+351 913 000 222"),
                null,
                List.of(new NewPerson.Document(DocumentType.NATIONAL_ID, "N" + family.toUpperCase(), "SO", null)),
                arrival(first.plusMonths(2), 3, "SO"),
                Set.of(ConsentPurpose.REGISTRATION),
                List.of());
        return new String[] {
            registration.register(once).getId(), registration.register(again).getId()
        };
    }

    /** The pair a supervisor reviews: the check finds the first record for the second. */
    private DuplicatePair pairOf(String[] ids) throws Exception {
        var existing = inTransaction(transaction, () -> duplicates.pairOf(ids[0], ids[1]));
        if (existing.isPresent()) {
            return existing.get();
        }
        MatchProfile draft = inTransaction(
                transaction, () -> MatchProfile.of(people.find(ids[1]).orElseThrow()));
        var match = duplicateCheck.candidatesFor(draft, 10).stream()
                .filter(c -> c.profile().id().equals(ids[0]))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the check finds the first record"));
        review.queue(ids[1], ids[0], match.comparison(), DuplicatePair.Source.SCAN, Instant.now());
        return inTransaction(
                transaction, () -> duplicates.pairOf(ids[0], ids[1]).orElseThrow());
    }
}
