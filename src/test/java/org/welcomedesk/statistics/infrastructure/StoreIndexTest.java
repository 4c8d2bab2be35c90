package org.welcomedesk.statistics.infrastructure;

import org.junit.jupiter.api.Test;
import org.welcomedesk.statistics.application.StatisticalRecords;
import org.welcomedesk.statistics.application.StatisticsSource;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.RecordKey;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The store in memory counts every table exactly as the definitions do, through changes of people's records. */
class StoreIndexTest {

    private static final List<String> FLOWS = List.of("IMM", "IN_INT", "EMI", "OUT_INT", "MOVE_INTRA", "TMP_MOB");
    private static final List<String> DISTRICTS = List.of("D01", "D02", "D03", "D10", "UNK");
    private static final List<String> COUNTRIES = List.of("PT", "BR", "UA", "SO", "CV", "UNK", "STLS");

    private final Random random = new Random(20261207L);
    private final Map<String, StatisticalRecords.Of> registry = new LinkedHashMap<>();
    private final StoreIndex store = new StoreIndex();

    private static final List<Period> YEARS =
            IntStream.rangeClosed(2018, 2026).mapToObj(Period::year).toList();
    private static final List<Period> QUARTERS = IntStream.rangeClosed(2024, 2025)
            .boxed()
            .flatMap(y -> IntStream.rangeClosed(1, 4).mapToObj(q -> Period.quarter(y, q)))
            .toList();

    private static List<TableDefinition> tables() {
        List<Period> both = new ArrayList<>(YEARS);
        both.addAll(QUARTERS);
        return List.of(
                new TableDefinition(List.of(Dimension.FLOW), Map.of(), both),
                new TableDefinition(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), both),
                new TableDefinition(List.of(Dimension.DISTRICT), Map.of(Dimension.FLOW, "MOVE_OUT"), QUARTERS),
                new TableDefinition(List.of(Dimension.FLOW, Dimension.SEX, Dimension.AGE), Map.of(), YEARS),
                new TableDefinition(
                        List.of(
                                Dimension.FLOW,
                                Dimension.CITIZEN,
                                Dimension.C_BIRTH,
                                Dimension.PARTNER,
                                Dimension.SEX,
                                Dimension.AGE),
                        Map.of(),
                        both),
                new TableDefinition(
                        List.of(Dimension.AGE), Map.of(Dimension.FLOW, "IMM", Dimension.CITIZEN, "UA"), YEARS),
                new TableDefinition(List.of(Dimension.FLOW), Map.of(Dimension.DISTRICT, "D02"), both),
                new TableDefinition(List.of(Dimension.FLOW), Map.of(Dimension.CITIZEN, "XX"), YEARS));
    }

    private static List<PopulationDefinition> populations() {
        List<LocalDate> dates = new ArrayList<>(PopulationDefinition.firstOfJanuary(2018, 2027));
        dates.add(LocalDate.of(2024, 2, 29));
        dates.add(LocalDate.of(2025, 7, 15));
        return List.of(
                new PopulationDefinition(List.of(Dimension.SEX, Dimension.AGE), Map.of(), dates),
                new PopulationDefinition(List.of(Dimension.DISTRICT, Dimension.CITIZEN), Map.of(), dates),
                new PopulationDefinition(List.of(Dimension.C_BIRTH), Map.of(Dimension.SEX, "F"), dates),
                new PopulationDefinition(List.of(), Map.of(Dimension.DISTRICT, "D03"), dates),
                new PopulationDefinition(
                        List.of(Dimension.DISTRICT, Dimension.SEX), Map.of(Dimension.AGE, "Y30-34"), dates),
                new PopulationDefinition(
                        List.of(Dimension.DISTRICT, Dimension.CITIZEN, Dimension.AGE), Map.of(), dates),
                new PopulationDefinition(List.of(Dimension.C_BIRTH), Map.of(Dimension.CITIZEN, "UA"), dates));
    }

    @Test
    void countsEveryTableAsTheDefinitionsDo() {
        for (int i = 0; i < 600; i++) {
            change("p" + i);
        }
        assertSameAsRecount();
    }

    @Test
    void aPersonsChangedRecordReplacesWhatTheyCountedAndARemovedOneCountsNowhere() {
        for (int i = 0; i < 300; i++) {
            change("p" + i);
        }
        // many corrections and removals: rows replaced, the replaced ones squeezed out on the way
        for (int round = 0; round < 3000; round++) {
            String unit = "p" + random.nextInt(300);
            if (random.nextInt(5) == 0) {
                registry.remove(unit);
                store.replace(List.of(Contributions.none(unit)));
            } else {
                change(unit);
            }
        }
        assertSameAsRecount();
    }

    @Test
    void aStoreReadBackFromItsStoredValuesCountsTheSameAsTheOneThatWroteThem() {
        List<byte[]> segments = new ArrayList<>();
        List<Contributions> batch = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            change("p" + i);
            batch.add(Contributions.of("p" + i, registry.get("p" + i)));
            if (batch.size() == 64) {
                segments.add(StoredPeople.encode(batch));
                batch.clear();
            }
        }
        segments.add(StoredPeople.encode(batch));
        // changed and removed since: their own values override what the segments hold
        List<byte[]> changed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String unit = "p" + random.nextInt(400);
            if (i % 4 == 0) {
                registry.remove(unit);
                store.replace(List.of(Contributions.none(unit)));
                changed.add(StoredPeople.encode(List.of(Contributions.none(unit))));
            } else {
                change(unit);
                changed.add(StoredPeople.encode(List.of(Contributions.of(unit, registry.get(unit)))));
            }
        }
        StoreIndex readBack = new StoreIndex();
        segments.forEach(value -> readBack.replace(StoredPeople.decode(value)));
        changed.forEach(value -> readBack.replace(StoredPeople.decode(value)));
        assertSameAsRecount(readBack);
        assertSameAsRecount(store);
    }

    @Test
    void aPersonWithTwoArrivalsInAYearCountsOnceThereByTheEarlier() {
        StatisticalEvent later = event("one", "IMM", LocalDate.of(2025, 8, 1), "D02", null, 3L);
        StatisticalEvent earlier = event("one", "IMM", LocalDate.of(2025, 2, 1), "D01", null, 7L);
        registry.put("one", new StatisticalRecords.Of(List.of(later, earlier), List.of()));
        store.replace(List.of(Contributions.of("one", registry.get("one"))));
        TableDefinition byDistrict = new TableDefinition(
                List.of(Dimension.FLOW, Dimension.DISTRICT),
                Map.of(),
                List.of(Period.year(2025), Period.quarter(2025, 1), Period.quarter(2025, 3)));
        var cells = store.flows(byDistrict);
        assertEquals(
                3,
                cells.values().stream().mapToLong(c -> c.key().count()).sum(),
                "once in the year (in D01), once in each quarter");
        assertEquals(Recount.count(byDistrict, allEvents()), cells);
        assertFalse(cells.containsKey(
                Recount.at(Period.year(2025), Map.of(Dimension.FLOW, "IMM", Dimension.DISTRICT, "D02"))));
    }

    private void assertSameAsRecount() {
        assertSameAsRecount(store);
    }

    private void assertSameAsRecount(StoreIndex store) {
        List<StatisticalEvent> events = allEvents();
        List<ResidenceSpan> spans =
                registry.values().stream().flatMap(r -> r.spans().stream()).toList();
        for (TableDefinition table : tables()) {
            assertEquals(Recount.count(table, events), store.flows(table), table.toString());
        }
        StatisticsSource recount = new StatisticsSource() {
            @Override
            public Map<Recount.Coordinates, Recount.Cell> flows(TableDefinition table) {
                return Recount.count(table, events);
            }

            @Override
            public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table) {
                return Recount.population(table, spans);
            }
        };
        // national/foreign grouped while counting; a grouping to codes the store has never seen (OTHER) falls back
        UnaryOperator<String> natFor = code -> CountryGrouping.NAT_FOR.group(code, "PT", Set.of());
        UnaryOperator<String> top = code -> CountryGrouping.TOP.group(code, "PT", Set.of("SY", "UA"));
        for (PopulationDefinition table : populations()) {
            assertEquals(Recount.population(table, spans), store.population(table), table.toString());
            assertEquals(recount.population(table, natFor), store.population(table, natFor), "NAT_FOR " + table);
            assertEquals(recount.population(table, top), store.population(table, top), "TOP " + table);
        }
    }

    private List<StatisticalEvent> allEvents() {
        return registry.values().stream().flatMap(r -> r.events().stream()).toList();
    }

    /** A person's record as it now is, stored. */
    private void change(String unit) {
        StatisticalRecords.Of records = randomPerson(unit);
        registry.put(unit, records);
        store.replace(List.of(Contributions.of(unit, records)));
    }

    private StatisticalRecords.Of randomPerson(String unit) {
        String sex = pick(List.of("F", "M", "F", "M", "UNK"));
        int birthYear = 1930 + random.nextInt(95);
        LocalDate birth = random.nextInt(20) == 0
                ? null
                : LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (birth != null && random.nextInt(10) == 0) {
            birth = LocalDate.of(2000, 2, 29);
        }
        String citizenship = pick(COUNTRIES);
        String birthCountry = pick(COUNTRIES);
        List<StatisticalEvent> events = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        LocalDate date = LocalDate.of(2017, 6, 1).plusDays(random.nextInt(3000));
        for (int i = 0; i < count; i++) {
            String flow = pick(FLOWS);
            String district = pick(DISTRICTS);
            String previous = flow.equals("MOVE_INTRA") ? (random.nextInt(10) == 0 ? null : pick(DISTRICTS)) : null;
            String partner = random.nextInt(4) == 0 ? null : pick(List.of("BR", "UA", "Lisboa", "Braga", " "));
            int age = birth == null
                    ? -1
                    : Math.max(0, java.time.Period.between(birth, date).getYears());
            events.add(new StatisticalEvent(
                    unit,
                    new RecordKey(random.nextLong(1L << 32)),
                    flow,
                    date,
                    district,
                    previous,
                    sex,
                    age,
                    citizenship,
                    birthCountry,
                    partner,
                    random.nextBoolean() ? ObservationStatus.P : ObservationStatus.A));
            if (random.nextInt(4) != 0) { // sometimes two events on one day
                date = date.plusDays(random.nextInt(400));
            }
        }
        List<ResidenceSpan> spans = new ArrayList<>();
        LocalDate from = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3500));
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate to = random.nextInt(3) == 0 ? null : from.plusDays(1 + random.nextInt(900));
            spans.add(new ResidenceSpan(
                    unit,
                    new RecordKey(random.nextLong(1L << 32)),
                    from,
                    to,
                    pick(DISTRICTS),
                    sex,
                    birth,
                    citizenship,
                    birthCountry,
                    random.nextBoolean() ? ObservationStatus.P : ObservationStatus.A));
            if (to == null) {
                break;
            }
            from = to;
        }
        return new StatisticalRecords.Of(events, spans);
    }

    private static StatisticalEvent event(
            String unit, String flow, LocalDate date, String district, String previous, long key) {
        return new StatisticalEvent(
                unit,
                new RecordKey(key),
                flow,
                date,
                district,
                previous,
                "F",
                30,
                "UA",
                "UA",
                "UA",
                ObservationStatus.A);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
