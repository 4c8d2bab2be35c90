package org.welcomedesk.registry.records.application;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomedesk.platform.error.EditConflict;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.Flow;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.records.domain.ResidenceStatus;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.registry.registration.application.Registration;
import org.welcomedesk.testsupport.Deployments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry's use cases inside the test server, on its own database. */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(RegistryIT.class);
    }

    @Inject
    Registration registration;

    @Inject
    PersonRecords records;

    @Inject
    PersonSearch search;

    @Inject
    ResidenceClassification classification;

    private Person register(
            String given, String family, String givenLatin, String familyLatin, int birthYear, String country) {
        PersonDetails details = new PersonDetails(
                given,
                family,
                givenLatin,
                familyLatin,
                NameOrder.GIVEN_FIRST,
                Sex.M,
                birthYear,
                null,
                null,
                false,
                Set.of(country),
                country,
                Set.of(),
                null,
                false,
                null,
                null,
                null);
        ResidenceEventFacts arrival = new ResidenceEventFacts(
                ResidenceEventType.ARRIVAL_FROM_ABROAD, LocalDate.now().minusMonths(2), null, 1L, country, null, 24);
        return registration.register(
                new NewPerson(details, null, List.of(), arrival, Set.of(ConsentPurpose.REGISTRATION), List.of()));
    }

    @ParameterizedTest(name = "\"{0}\" finds Mohammed Al-Hassan")
    @CsvSource({
        "Muhammad Alhasan",
        "Mohamed al Hassan",
        "Mohammad Hasan",
        "محمد الحسن",
        "Hassan Mohammed",
        "Mohamed Al-Hasan"
    })
    void aMisspeltOrTransliteratedNameFindsTheRightPersonInTheTopFive(String query) {
        String target = searchPopulation();

        var page = search.search(new PersonQuery(query, null, null, null, null, null), 0, 5);

        assertTrue(
                page.matches().stream().anyMatch(m -> m.person().getId().equals(target)),
                () -> "top five for " + query + ": "
                        + page.matches().stream()
                                .map(m -> m.person().getName().displayLatin() + " " + m.score())
                                .toList());
    }

    private static String searchTarget;

    /** The person searched for, among people with similar names; registered once per run. */
    private synchronized String searchPopulation() {
        if (searchTarget == null) {
            searchTarget = register("محمد", "الحسن", "Mohammed", "Al-Hassan", 1988, "SY")
                    .getId();
            register("Mahmoud", "Al-Hussein", null, null, 1990, "SY");
            register("Hamid", "Hassani", null, null, 1975, "AF");
            register("Mohammed", "Osman", null, null, 1988, "SD");
            register("Ahmed", "Al-Hassan", null, null, 2001, "IQ");
            register("Muhammad", "Hussain", null, null, 1992, "PK");
            register("Hassan", "Mahmoud", null, null, 1979, "EG");
            register("Mohamed", "Hassan", null, null, 1960, "SO");
        }
        return searchTarget;
    }

    @Test
    void aDateOfBirthAndADocumentNumberNarrowTheSearch() {
        Person person = register("Olena", "Kovalenko", null, null, 1979, "UA");
        records.addDocument(
                person.getId(), org.welcomedesk.registry.records.domain.DocumentType.PASSPORT, "FE 123456", "UA", null);

        var byDocument = search.search(new PersonQuery(null, null, null, null, "fe123456", null), 0, 10);
        assertEquals(
                List.of(person.getId()),
                byDocument.matches().stream().map(m -> m.person().getId()).toList());

        var wrongYear = search.search(new PersonQuery("Olena Kovalenko", 1990, null, null, null, null), 0, 10);
        assertTrue(
                wrongYear.matches().stream().noneMatch(m -> m.person().getId().equals(person.getId())));
        var rightYear = search.search(new PersonQuery("Elena Kovalenko", 1979, null, null, null, null), 0, 10);
        assertTrue(rightYear.matches().stream().anyMatch(m -> m.person().getId().equals(person.getId())));
    }

    @Test
    void twoClerksEditingTheSamePersonConflictAndNothingIsLost() {
        Person person = register("Yusuf", "Abdi", null, null, 1983, "SO");
        long openedAt = records.view(person.getId()).getVersion();
        PersonDetails first = detailsWithPhone(person, "+351 911 000 001");
        PersonDetails second = detailsWithPhone(person, "+351 922 000 002");

        records.update(person.getId(), openedAt, first);
        EditConflict conflict =
                assertThrows(EditConflict.class, () -> records.update(person.getId(), openedAt, second));

        assertEquals("+351 911 000 001", conflict.current().get("phone"), "the conflict shows what was saved");
        assertEquals("+351 911 000 001", records.view(person.getId()).getPhone(), "the first save is kept");
        // the second clerk, having seen both, saves deliberately over the new version
        records.update(person.getId(), conflict.currentVersion(), second);
        assertEquals("+351 922 000 002", records.view(person.getId()).getPhone());
        var updates = records.history(person.getId()).stream()
                .filter(e -> e.getAction() == AuditEntry.Action.UPDATE)
                .toList();
        assertEquals(2, updates.size());
        assertEquals(List.of("phone"), updates.get(0).getFields());
    }

    @Test
    void viewingAPersonIsAuditedInTheSameTransaction() {
        Person person = register("Tesfaye", "Gebremedhin", null, null, 1995, "ER");
        int before = records.history(person.getId()).size();

        records.view(person.getId());

        List<AuditEntry> history = records.history(person.getId());
        assertEquals(before + 1, history.size());
        assertEquals(AuditEntry.Action.VIEW, history.get(0).getAction());
    }

    @Test
    void aCorrectionIsANewEventAndTheResidenceFollowsIt() {
        Person person = register("Lucas", "Ferreira", null, null, 1990, "BR");
        long arrivalId = records.view(person.getId()).getEvents().get(0).getId();

        records.correctEvent(
                person.getId(),
                arrivalId,
                new ResidenceEventFacts(
                        ResidenceEventType.ARRIVAL_FROM_ABROAD,
                        LocalDate.now().minusMonths(2),
                        null,
                        4L,
                        "BR",
                        null,
                        24));

        Person corrected = records.view(person.getId());
        assertEquals(2, corrected.getEvents().size(), "the corrected event stays in the timeline");
        assertEquals(4L, corrected.getDistrictId(), "the residence follows the correction");
    }

    @Test
    void theNightlyJobConfirmsArrivalsOnceTheDurationRuleCanBeApplied() {
        Person stayed = register("Chen", "Wei", null, null, 1985, "CN");
        Person left = register("Ivan", "Petrov", null, null, 1980, "RU");
        LocalDate arrived = LocalDate.now().minusMonths(2);
        records.recordEvent(
                left.getId(),
                new ResidenceEventFacts(
                        ResidenceEventType.DEPARTURE_ABROAD, arrived.plusMonths(1), null, null, "RU", null, null));

        classification.settleDue(arrived.plusMonths(12).plusDays(1));

        var stayedArrival = records.view(stayed.getId()).getEvents().get(0);
        assertEquals(Flow.IMM, stayedArrival.getFlow());
        assertEquals("A", stayedArrival.getObservationStatus());
        var leftArrival = records.view(left.getId()).getEvents().get(0);
        assertEquals(Flow.TMP_MOB, leftArrival.getFlow(), "a stay shorter than 12 months is not migration");
        assertEquals(ResidenceStatus.DEPARTED, records.view(left.getId()).getStatus());
    }

    private static PersonDetails detailsWithPhone(Person p, String phone) {
        var n = p.getName();
        return new PersonDetails(
                n.getGivenNames(),
                n.getFamilyNames(),
                n.getGivenNamesLatin(),
                n.getFamilyNamesLatin(),
                n.getOrder(),
                p.getSex(),
                p.getBirthDate().getYear(),
                p.getBirthDate().getMonth(),
                p.getBirthDate().getDay(),
                p.getBirthDate().isEstimated(),
                p.getCitizenships(),
                p.getCountryOfBirth(),
                p.getLanguages(),
                p.getPreferredLanguage(),
                p.isInterpreterNeeded(),
                phone,
                p.getEmail(),
                p.getAddress());
    }
}
