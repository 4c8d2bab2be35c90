package org.welcomedesk.statistics.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecountTest {

    private static final Period Y2025 = Period.year(2025);
    private final Random random = new Random(7);

    private StatisticalEvent event(
            String unit,
            String flow,
            LocalDate date,
            String district,
            String previous,
            String sex,
            int age,
            String citizenship,
            ObservationStatus status) {
        return new StatisticalEvent(
                unit,
                RecordKey.ofFraction(random.nextDouble()),
                flow,
                date,
                district,
                previous,
                sex,
                age,
                citizenship,
                citizenship,
                "XX",
                status);
    }

    private StatisticalEvent arrival(String unit, LocalDate date, String district) {
        return event(unit, "IMM", date, district, null, "F", 30, "UA", ObservationStatus.A);
    }

    private static Recount.Coordinates at(Period period, Object... codes) {
        Map<Dimension, String> byDimension = new java.util.EnumMap<>(Dimension.class);
        for (int i = 0; i < codes.length; i += 2) {
            byDimension.put((Dimension) codes[i], (String) codes[i + 1]);
        }
        return Recount.at(period, byDimension);
    }

    @Test
    void aPersonCountsOncePerFlowAndPeriodHoweverManyEvents() {
        List<StatisticalEvent> events = List.of(
                arrival("p1", LocalDate.of(2025, 1, 10), "D01"),
                arrival("p1", LocalDate.of(2025, 11, 3), "D02"),
                arrival("p2", LocalDate.of(2025, 2, 1), "D01"));
        TableDefinition table = new TableDefinition(
                List.of(Dimension.FLOW), Map.of(), List.of(Y2025, Period.quarter(2025, 1), Period.quarter(2025, 4)));
        var cells = Recount.count(table, events);
        assertEquals(2, cells.get(at(Y2025, Dimension.FLOW, "IMM")).key().count());
        assertEquals(
                2,
                cells.get(at(Period.quarter(2025, 1), Dimension.FLOW, "IMM"))
                        .key()
                        .count());
        assertEquals(
                1,
                cells.get(at(Period.quarter(2025, 4), Dimension.FLOW, "IMM"))
                        .key()
                        .count());
        // by district too, p1 counts at their first arrival of the period: the year's table by
        // district adds up to the year's count, and the fourth quarter has them in D02
        var byDistrict = Recount.count(
                new TableDefinition(
                        List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), List.of(Y2025, Period.quarter(2025, 4))),
                events);
        assertEquals(
                2,
                byDistrict
                        .get(at(Y2025, Dimension.FLOW, "IMM", Dimension.DISTRICT, "D01"))
                        .key()
                        .count());
        assertNull(byDistrict.get(at(Y2025, Dimension.FLOW, "IMM", Dimension.DISTRICT, "D02")));
        assertEquals(
                1,
                byDistrict
                        .get(at(Period.quarter(2025, 4), Dimension.FLOW, "IMM", Dimension.DISTRICT, "D02"))
                        .key()
                        .count());
    }

    @Test
    void aMoveWithinTheCityCountsInAndOutOfDistrictsButNeverForTheCity() {
        List<StatisticalEvent> events = List.of(
                event("p1", "MOVE_INTRA", LocalDate.of(2025, 5, 5), "D02", "D01", "M", 40, "PT", ObservationStatus.A),
                arrival("p2", LocalDate.of(2025, 6, 1), "D01"));
        var byDistrict = Recount.count(
                new TableDefinition(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), List.of(Y2025)), events);
        assertEquals(
                1,
                byDistrict
                        .get(at(Y2025, Dimension.FLOW, "MOVE_IN", Dimension.DISTRICT, "D02"))
                        .key()
                        .count());
        assertEquals(
                1,
                byDistrict
                        .get(at(Y2025, Dimension.FLOW, "MOVE_OUT", Dimension.DISTRICT, "D01"))
                        .key()
                        .count());
        var city = Recount.count(new TableDefinition(List.of(Dimension.FLOW), Map.of(), List.of(Y2025)), events);
        assertEquals(1, city.size(), city.keySet().toString());
        assertNull(city.get(at(Y2025, Dimension.FLOW, "MOVE_IN")));
        assertNull(city.get(at(Y2025, Dimension.FLOW, "MOVE_INTRA")));
    }

    @Test
    void oneCellHasOneKeyWhicheverTableAsksAndInWhateverOrderEventsCome() {
        List<StatisticalEvent> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(event(
                    "p" + (i % 250),
                    i % 3 == 0 ? "EMI" : "IMM",
                    LocalDate.of(2025, 1 + i % 12, 1 + i % 28),
                    "D0" + (i % 4),
                    null,
                    i % 2 == 0 ? "F" : "M",
                    18 + i % 50,
                    i % 5 == 0 ? "SY" : "UA",
                    i % 7 == 0 ? ObservationStatus.P : ObservationStatus.A));
        }
        var bySexAndFlow = Recount.count(
                new TableDefinition(List.of(Dimension.FLOW, Dimension.SEX), Map.of(), List.of(Y2025)), events);
        Collections.shuffle(events, random);
        var filtered = Recount.count(
                new TableDefinition(List.of(Dimension.SEX), Map.of(Dimension.FLOW, "IMM"), List.of(Y2025)), events);
        var byCitizenship = Recount.count(
                new TableDefinition(
                        List.of(Dimension.FLOW, Dimension.SEX, Dimension.CITIZEN),
                        Map.of(),
                        List.of(Y2025, Period.quarter(2025, 2))),
                events);
        Recount.Coordinates women = at(Y2025, Dimension.FLOW, "IMM", Dimension.SEX, "F");
        assertEquals(bySexAndFlow.get(women), filtered.get(women));
        assertTrue(bySexAndFlow.get(women).key().count() > 20);
        DisclosureControl control = new DisclosureControl(new ProtectionParameters(
                "t", 3, 2.0, "recount test secret 0123456789".getBytes(StandardCharsets.UTF_8), 5, 10));
        assertEquals(
                control.protect(bySexAndFlow.get(women).key()),
                control.protect(filtered.get(women).key()));
        // the citizenship table's cells are finer, and its quarter cells lie inside the year
        assertFalse(byCitizenship.containsKey(women));
        long q2 = byCitizenship.entrySet().stream()
                .filter(e -> e.getKey().period().equals(Period.quarter(2025, 2)))
                .count();
        assertTrue(q2 > 0);
    }

    @Test
    void aCellWithAnyProvisionalRecordIsProvisionalAndFiltersLeaveEventsOut() {
        List<StatisticalEvent> events = List.of(
                event("p1", "IMM", LocalDate.of(2025, 3, 1), "D01", null, "F", 3, "SY", ObservationStatus.A),
                event("p2", "IMM", LocalDate.of(2025, 3, 2), "D01", null, "F", 4, "SY", ObservationStatus.P),
                event("p3", "IMM", LocalDate.of(2025, 3, 3), "D01", null, "M", 70, "SY", ObservationStatus.A));
        var cells = Recount.count(
                new TableDefinition(
                        List.of(Dimension.AGE), Map.of(Dimension.FLOW, "IMM", Dimension.SEX, "F"), List.of(Y2025)),
                events);
        Recount.Coordinates children = at(Y2025, Dimension.FLOW, "IMM", Dimension.SEX, "F", Dimension.AGE, "Y_LT5");
        assertEquals(2, cells.get(children).key().count());
        assertEquals(ObservationStatus.P, cells.get(children).status());
        assertEquals(1, cells.size(), "the man aged 70 is filtered out");
    }
}
