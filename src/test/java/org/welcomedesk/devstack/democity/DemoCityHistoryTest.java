package org.welcomedesk.devstack.democity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.devstack.democity.SyntheticPopulation.Household;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo city's history as planners will see it in the statistics: the patterns
 * {@link SyntheticPopulation} promises, at the size of a city (seed fixed, so every run sees the
 * same city).
 */
class DemoCityHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate HISTORY_START = TODAY.minusYears(SyntheticPopulation.HISTORY_YEARS);
    private static final LocalDate DISTRICT_SPLIT = LocalDate.of(2025, 1, 1);
    private static final Set<Long> EASTFIELD = Set.of(10L, 11L, 12L);
    /** Whole calendar years inside the history, for counts that must not depend on a part-year. */
    private static final int FIRST_YEAR = HISTORY_START.getYear() + 1;

    private static final int LAST_YEAR = TODAY.getYear() - 1;

    private static List<Household> city;

    @BeforeAll
    static void generate() {
        city = new SyntheticPopulation(20261123L).households(20_000, TODAY);
    }

    /** Every residence event of the city: the arrival of each member, then what happened later. */
    private static Stream<ResidenceEventFacts> events() {
        return city.stream()
                .flatMap(h -> Stream.concat(
                        h.members().stream().map(NewPerson::arrival),
                        h.laterEvents().stream().map(SyntheticPopulation.LaterEvent::facts)));
    }

    /** The arrivals of people coming to the city during the history (not the returns), one per person. */
    private static Stream<NewPerson> newcomers() {
        return city.stream()
                .flatMap(h -> h.members().stream())
                .filter(p -> !p.arrival().eventDate().isBefore(HISTORY_START));
    }

    private static boolean inWholeYears(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    @Test
    void aMinoritySettledBeforeTheHistoryAndTheRestArrivedDuringIt() {
        long people = city.stream().mapToLong(h -> h.members().size()).sum();
        long settledBefore = people - newcomers().count();
        assertTrue(
                settledBefore > people * 0.1 && settledBefore < people * 0.4,
                "people settled before the history: " + settledBefore + " of " + people);
        assertFalse(events().anyMatch(e ->
                e.eventDate().isBefore(TODAY.minusYears(20)) || e.eventDate().isAfter(TODAY)));
        assertFalse(
                city.stream()
                        .flatMap(h -> h.laterEvents().stream())
                        .anyMatch(e -> e.facts().eventDate().isBefore(HISTORY_START)),
                "later events fall in the history");
    }

    @Test
    void afewLargeOriginGroupsBrazilFirst() {
        Map<String, Long> byCitizenship = newcomers()
                .filter(p -> p.arrival().type() == ResidenceEventType.ARRIVAL_FROM_ABROAD)
                .flatMap(p -> p.details().citizenships().stream().limit(1))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> largest = byCitizenship.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(3)
                .toList();
        long all = byCitizenship.values().stream().mapToLong(Long::longValue).sum();
        long threeLargest = largest.stream().mapToLong(byCitizenship::get).sum();
        assertEquals("BR", largest.get(0), "largest groups: " + largest);
        assertTrue(largest.contains("UA"), "largest groups: " + largest);
        assertTrue(threeLargest > all * 0.35, "three largest groups " + threeLargest + " of " + all);
    }

    @Test
    void ukrainiansArriveFromMarch2022() {
        List<LocalDate> arrivals = city.stream()
                .map(h -> h.members().get(0))
                .filter(ref -> ref.details().citizenships().equals(Set.of("UA")))
                .map(ref -> ref.arrival().eventDate())
                .filter(d -> !d.isBefore(HISTORY_START))
                .toList();
        assertTrue(arrivals.size() > 100, "Ukrainian households arriving: " + arrivals.size());
        assertTrue(arrivals.stream().noneMatch(d -> d.isBefore(LocalDate.of(2022, 3, 1))), arrivals.toString());
        long first = arrivals.stream()
                .filter(d -> d.isBefore(LocalDate.of(2023, 3, 1)))
                .count();
        long last = arrivals.stream()
                .filter(d -> !d.isBefore(LocalDate.of(2025, 11, 23)))
                .count();
        assertTrue(first > last, "more in the war's first year (" + first + ") than in the last (" + last + ")");
    }

    @Test
    void arrivalsPeakInLateSummer() {
        Map<Month, Long> byMonth = new EnumMap<>(newcomers()
                .map(p -> p.arrival().eventDate())
                .filter(DemoCityHistoryTest::inWholeYears)
                .collect(Collectors.groupingBy(LocalDate::getMonth, Collectors.counting())));
        List<Month> busiest = byMonth.entrySet().stream()
                .sorted(Map.Entry.<Month, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(2)
                .toList();
        assertEquals(Set.of(Month.AUGUST, Month.SEPTEMBER), Set.copyOf(busiest), "arrivals by month: " + byMonth);
        assertTrue(byMonth.get(Month.SEPTEMBER) > 2 * byMonth.get(Month.FEBRUARY), "arrivals by month: " + byMonth);
    }

    @Test
    void moreNewcomersEveryFewYears() {
        Map<Integer, Long> byYear = new TreeMap<>(newcomers()
                .map(p -> p.arrival().eventDate())
                .filter(DemoCityHistoryTest::inWholeYears)
                .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting())));
        assertEquals(LAST_YEAR - FIRST_YEAR + 1, byYear.size(), "every year has arrivals: " + byYear);
        long firstTwo = byYear.get(FIRST_YEAR) + byYear.get(FIRST_YEAR + 1);
        long lastTwo = byYear.get(LAST_YEAR) + byYear.get(LAST_YEAR - 1);
        assertTrue(lastTwo > firstTwo * 1.3, "arrivals by year: " + byYear);
    }

    @Test
    void eastfieldGrowsAndIsSplitIn2025() {
        List<ResidenceEventFacts> settling = events().filter(e -> e.type().establishesResidence())
                .filter(e -> !e.eventDate().isBefore(HISTORY_START))
                .toList();
        assertTrue(
                settling.stream().noneMatch(e -> e.eventDate().isBefore(DISTRICT_SPLIT) && e.districtId() > 10),
                "nobody goes to Eastfield North or South (D10, D12) before the split");
        assertTrue(
                settling.stream().noneMatch(e -> !e.eventDate().isBefore(DISTRICT_SPLIT) && e.districtId() == 10),
                "nobody goes to Eastfield (D11) after the split");
        for (long district : EASTFIELD) {
            assertTrue(
                    settling.stream().anyMatch(e -> e.districtId() == district),
                    "arrivals and moves into district " + district);
        }
        assertTrue(
                settling.stream()
                        .anyMatch(e ->
                                e.type() == ResidenceEventType.MOVE_WITHIN_CITY && EASTFIELD.contains(e.districtId())),
                "moves into Eastfield");
        double first = shareOfEastfield(settling, FIRST_YEAR);
        double last = shareOfEastfield(settling, LAST_YEAR);
        assertTrue(
                last > 2 * first,
                String.format(
                        "Eastfield's share of arrivals and moves: %.3f in %d, %.3f in %d",
                        first, FIRST_YEAR, last, LAST_YEAR));
    }

    private static double shareOfEastfield(List<ResidenceEventFacts> settling, int year) {
        List<ResidenceEventFacts> thatYear =
                settling.stream().filter(e -> e.eventDate().getYear() == year).toList();
        return thatYear.stream().filter(e -> EASTFIELD.contains(e.districtId())).count() / (double) thatYear.size();
    }

    @Test
    void peopleComeFromOtherMunicipalitiesLeaveAndComeBack() {
        Map<ResidenceEventType, Long> byType = events().filter(
                        e -> !e.eventDate().isBefore(HISTORY_START))
                .collect(Collectors.groupingBy(
                        ResidenceEventFacts::type,
                        () -> new EnumMap<>(ResidenceEventType.class),
                        Collectors.counting()));
        long arrivals = byType.get(ResidenceEventType.ARRIVAL_FROM_ABROAD)
                + byType.get(ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY);
        long internal = byType.get(ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY);
        assertTrue(internal > arrivals * 0.1 && internal < arrivals * 0.4, "events by type: " + byType);
        assertTrue(byType.get(ResidenceEventType.DEPARTURE_ABROAD) > arrivals * 0.05, "events by type: " + byType);
        assertTrue(
                byType.get(ResidenceEventType.DEPARTURE_TO_MUNICIPALITY) > arrivals * 0.02,
                "events by type: " + byType);
        assertTrue(byType.get(ResidenceEventType.MOVE_WITHIN_CITY) > arrivals * 0.05, "events by type: " + byType);
        long returns = city.stream()
                .flatMap(h -> h.laterEvents().stream())
                .filter(e -> e.facts().type().establishesResidence()
                        && e.facts().type() != ResidenceEventType.MOVE_WITHIN_CITY)
                .count();
        assertTrue(returns > 100, "people coming back after leaving: " + returns);
    }

    @Test
    void mostTemporaryStaysEndAsPlanned() {
        List<Household> temporary = city.stream()
                .filter(h -> {
                    ResidenceEventFacts arrival = h.members().get(0).arrival();
                    return arrival.type() == ResidenceEventType.ARRIVAL_FROM_ABROAD
                            && arrival.intendedMonths() != null
                            && arrival.intendedMonths() < 12
                            && arrival.eventDate().isAfter(HISTORY_START)
                            && arrival.eventDate()
                                    .plusMonths(arrival.intendedMonths() + 1)
                                    .isBefore(TODAY);
                })
                .toList();
        long left = temporary.stream()
                .filter(h -> h.laterEvents().stream()
                        .min(Comparator.comparing(e -> e.facts().eventDate()))
                        .filter(e -> e.facts().type() == ResidenceEventType.DEPARTURE_ABROAD)
                        .isPresent())
                .count();
        assertTrue(temporary.size() > 50, "temporary stays: " + temporary.size());
        assertTrue(
                left > temporary.size() * 0.6, left + " of " + temporary.size() + " temporary stays ended by leaving");
    }
}
