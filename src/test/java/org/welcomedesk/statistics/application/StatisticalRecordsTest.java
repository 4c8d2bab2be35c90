package org.welcomedesk.statistics.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.registry.records.domain.MigrationRule;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticalRecordsTest {

    private static final MigrationRule RULE = new MigrationRule(12);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final StatisticalRecords RECORDS = StatisticalRecords.of(Map.of(1L, "D01", 2L, "D02"), "PT");

    private static Person person(Sex sex, Set<String> citizenships) {
        return new Person(
                new PersonDetails(
                        "Amal",
                        "Haddad",
                        null,
                        null,
                        NameOrder.GIVEN_FIRST,
                        sex,
                        1990,
                        6,
                        15,
                        false,
                        citizenships,
                        "SY",
                        Set.of(),
                        null,
                        false,
                        null,
                        null,
                        null),
                "clerk",
                NOW);
    }

    private static void record(
            Person person,
            ResidenceEventType type,
            String date,
            Long district,
            String country,
            String municipality,
            Integer months) {
        person.record(
                ResidenceEventFacts.of(type, LocalDate.parse(date), district, country, municipality, months),
                RULE,
                "clerk",
                NOW);
    }

    @Test
    void anArrivalAMoveAndADepartureAreCountedWhereAndAsWhatTheyHappened() {
        Person amal = person(Sex.F, Set.of("SY"));
        record(amal, ResidenceEventType.ARRIVAL_FROM_ABROAD, "2020-03-01", 1L, "SY", null, null);
        record(amal, ResidenceEventType.MOVE_WITHIN_CITY, "2022-05-10", 2L, null, null, null);
        record(amal, ResidenceEventType.DEPARTURE_ABROAD, "2024-02-01", null, "DE", null, null);

        List<StatisticalEvent> events = RECORDS.of(amal).events();

        assertEquals(
                List.of("IMM", "MOVE_INTRA", "EMI"),
                events.stream().map(StatisticalEvent::flow).toList());
        StatisticalEvent arrival = events.get(0);
        assertEquals("D01", arrival.district());
        assertEquals("SY", arrival.partner());
        assertEquals(29, arrival.age());
        assertEquals("F", arrival.sex());
        assertEquals(ObservationStatus.P, arrival.status(), "not yet confirmed by the nightly job");
        StatisticalEvent move = events.get(1);
        assertEquals("D02", move.district());
        assertEquals("D01", move.previousDistrict());
        StatisticalEvent departure = events.get(2);
        assertEquals("D02", departure.district(), "a departure counts where the person lived");
        assertEquals("DE", departure.partner());
        assertEquals(33, departure.age());
        assertNull(departure.previousDistrict());
    }

    @Test
    void usualResidenceIsOneSpanPerDistrictAndEndsWithTheDeparture() {
        Person amal = person(Sex.F, Set.of("SY"));
        record(amal, ResidenceEventType.ARRIVAL_FROM_ABROAD, "2020-03-01", 1L, "SY", null, null);
        record(amal, ResidenceEventType.MOVE_WITHIN_CITY, "2022-05-10", 2L, null, null, null);
        record(amal, ResidenceEventType.DEPARTURE_ABROAD, "2024-02-01", null, "DE", null, null);

        List<ResidenceSpan> spans = RECORDS.of(amal).spans();

        assertEquals(2, spans.size());
        assertEquals(
                new ResidenceSpan(
                        amal.getId(),
                        spans.get(0).key(),
                        LocalDate.parse("2020-03-01"),
                        LocalDate.parse("2022-05-10"),
                        "D01",
                        "F",
                        LocalDate.parse("1990-06-15"),
                        "SY",
                        "SY",
                        ObservationStatus.P),
                spans.get(0));
        assertEquals("D02", spans.get(1).district());
        assertEquals(LocalDate.parse("2024-02-01"), spans.get(1).to());
    }

    @Test
    void aTemporaryStayIsNotUsualResidence() {
        Person visitor = person(Sex.M, Set.of("BR"));
        record(visitor, ResidenceEventType.TEMPORARY_STAY, "2025-01-10", 1L, "BR", null, 6);

        StatisticalRecords.Of of = RECORDS.of(visitor);

        assertEquals("TMP_MOB", of.events().get(0).flow());
        assertTrue(of.spans().isEmpty());
    }

    @Test
    void theCountrysOwnCitizenshipWinsOtherwiseTheFirstInCodeOrder() {
        assertEquals(
                "PT",
                RECORDS.of(withArrival(Set.of("SY", "PT"))).events().get(0).citizenship());
        assertEquals(
                "AF",
                RECORDS.of(withArrival(Set.of("SY", "AF"))).events().get(0).citizenship());
        assertEquals("UNK", RECORDS.of(withArrival(Set.of())).events().get(0).citizenship());
    }

    @Test
    void thePopulationOnADateCountsEveryoneLivingThereOnceWhereTheyLived() {
        Person amal = person(Sex.F, Set.of("SY"));
        record(amal, ResidenceEventType.ARRIVAL_FROM_ABROAD, "2020-03-01", 1L, "SY", null, null);
        record(amal, ResidenceEventType.MOVE_WITHIN_CITY, "2022-05-10", 2L, null, null, null);
        Person omar = withArrival(Set.of("SY"));
        var spans = new java.util.ArrayList<ResidenceSpan>(RECORDS.of(amal).spans());
        spans.addAll(RECORDS.of(omar).spans());

        var cells = Recount.population(
                new PopulationDefinition(
                        List.of(Dimension.DISTRICT),
                        Map.of(),
                        List.of(LocalDate.parse("2021-01-01"), LocalDate.parse("2023-01-01"))),
                spans);

        assertEquals(1, count(cells, "2021-01-01", "D01"));
        assertEquals(0, count(cells, "2021-01-01", "D02"));
        assertEquals(1, count(cells, "2023-01-01", "D01"), "Omar, who arrived in 2022");
        assertEquals(1, count(cells, "2023-01-01", "D02"), "Amal, who moved");
    }

    private static long count(Map<Recount.Stock, Recount.Cell> cells, String date, String district) {
        return cells.entrySet().stream()
                .filter(e -> e.getKey().date().equals(LocalDate.parse(date))
                        && district.equals(e.getKey().code(Dimension.DISTRICT)))
                .mapToLong(e -> e.getValue().key().count())
                .sum();
    }

    private static Person withArrival(Set<String> citizenships) {
        Person person = person(Sex.M, citizenships);
        record(person, ResidenceEventType.ARRIVAL_FROM_ABROAD, "2022-09-01", 1L, "SY", null, null);
        return person;
    }
}
