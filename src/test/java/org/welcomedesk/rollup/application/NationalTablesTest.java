package org.welcomedesk.rollup.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.welcomedesk.national.application.SdmxFormat;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.Dataflow;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.StatisticsProtection;
import org.welcomedesk.statistics.application.StatisticsSource;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.RecordKey;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.StatisticalEvent;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national tables of a small synthetic city, counted by the statistics definitions themselves. */
class NationalTablesTest {

    private static final List<String> COUNTRIES = List.of("UA", "BR", "IN", "CV", "PT", "NP");
    /** As clerks type them: spellings differ, one is no municipality of the list. */
    private static final List<String> MUNICIPALITIES =
            List.of("Lisboa", "lisboa ", "Porto", "Setubal", "Setúbal", "Vila Nova de Gaia", "Atlantis");

    private static final List<String> FLOWS =
            List.of("IMM", "IMM", "EMI", "IN_INT", "OUT_INT", "TMP_MOB", "MOVE_INTRA");
    private static final Period YEAR = Period.year(2025);

    private final List<StatisticalEvent> events = new ArrayList<>();
    private NationalTables national;
    private StatisticsTables tables;

    @BeforeEach
    void aSmallCity() throws ReflectiveOperationException {
        Random random = new Random(20261207);
        for (int person = 0; person < 4_000; person++) {
            String flow = FLOWS.get(random.nextInt(FLOWS.size()));
            boolean internal = flow.endsWith("_INT");
            // one rare citizenship (TT): a code something of is counted but nothing published
            String country =
                    random.nextInt(500) == 0 ? "TT" : COUNTRIES.get(Math.min(random.nextInt(8), COUNTRIES.size() - 1));
            String partner = internal
                    ? MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()))
                    : random.nextInt(30) == 0 ? null : country;
            events.add(new StatisticalEvent(
                    "p" + person,
                    new RecordKey(random.nextLong(1L << 32)),
                    flow,
                    LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "D01",
                    flow.equals("MOVE_INTRA") ? "D02" : null,
                    random.nextInt(50) == 0 ? "X" : random.nextBoolean() ? "F" : "M",
                    random.nextInt(90),
                    country,
                    random.nextInt(40) == 0 ? null : country,
                    partner,
                    random.nextInt(8) == 0 ? ObservationStatus.P : ObservationStatus.A));
        }
        StatisticsSource source = new StatisticsSource() {
            @Override
            public Map<Recount.Coordinates, Recount.Cell> flows(TableDefinition table) {
                return Recount.count(table, events);
            }

            @Override
            public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table) {
                return Map.of();
            }
        };
        StatisticsProtection protection = new StatisticsProtection();
        set(protection, "version", "test-1");
        set(protection, "maxDeviation", 3);
        set(protection, "variance", 2.0);
        set(protection, "secret", "a secret of the tests only, long enough");
        set(protection, "threshold", 5);
        set(protection, "sensitiveThreshold", 10);
        tables = new StatisticsTables();
        set(tables, "source", source);
        set(tables, "protection", protection);
        set(tables, "nationalCountry", "PT");
        set(tables, "sensitiveDimensions", "CITIZEN,C_BIRTH");
        set(tables, "topCountries", 10);
        national = new NationalTables();
        national.source = source;
        national.protection = protection;
        national.tables = tables;
        national.protectionSetting = "CELL_KEY";
        national.cityCode = "DEMO";
        national.nationalCountry = "PT";
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private NationalRelease release() {
        return national.release(
                "4f1c0c1e-0000-4000-8000-000000000001", YEAR, SdmxAction.A, 0, Instant.parse("2026-01-15T10:00:00Z"));
    }

    private static Observation cell(List<Observation> observations, String dataflow, Map<String, String> codes) {
        return observations.stream()
                .filter(o -> o.dataflow().equals(dataflow))
                .filter(o -> codes.entrySet().stream()
                        .allMatch(c -> c.getValue().equals(o.key().get(c.getKey()))))
                .reduce((a, b) -> {
                    throw new AssertionError("two cells for " + codes);
                })
                .orElseThrow(() -> new AssertionError("no cell " + dataflow + " " + codes));
    }

    @Test
    void theReleaseAsSentPassesTheStructuresValidationInBothFormats() {
        NationalRelease release = release();
        assertEquals(List.of(), DataStructure.shipped().validate(release, LocalDate.of(2026, 1, 15)));
        for (SdmxFormat format : SdmxFormat.values()) {
            NationalRelease received = format.read(format.write(release));
            assertEquals(Set.copyOf(release.observations()), Set.copyOf(received.observations()), format.name());
            assertEquals(
                    List.of(), DataStructure.shipped().validate(received, LocalDate.of(2026, 1, 15)), format.name());
        }
    }

    @Test
    void unperturbedCountsAreExactAndStillConsistent() {
        national.protectionSetting = "UNPERTURBED";
        NationalRelease release = release();
        assertEquals(List.of(), DataStructure.shipped().validate(release, LocalDate.of(2026, 1, 15)));
        long arrivals = events.stream().filter(e -> e.flow().equals("IMM")).count();
        Observation total =
                cell(release.observations(), "MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "TOTAL"));
        assertEquals(OptionalLong.of(arrivals), total.value());
        List<Observation> small = release.observations().stream()
                .filter(o -> "A".equals(o.confidentialityStatus()))
                .toList();
        assertFalse(small.isEmpty(), "a small city has small cells");
        for (Observation o : small) {
            long v = o.value().orElseThrow();
            assertTrue(v >= 1 && v < 10, o + " is flagged but not small");
        }
    }

    @Test
    void aCellTheCityPublishesHasTheSameValueInItsNationalRelease() {
        List<Observation> observations = release().observations();
        PublishedTable bySexAndCitizenship = tables.flows(new TableDefinition(
                List.of(Dimension.SEX, Dimension.CITIZEN), Map.of(Dimension.FLOW, "IMM"), List.of(YEAR)));
        PublishedTable nationalsAndForeigners = tables.flows(new TableDefinition(
                List.of(Dimension.FLOW, Dimension.CITIZEN), Map.of(), List.of(YEAR), CountryGrouping.NAT_FOR));
        PublishedTable byFlow = tables.flows(new TableDefinition(List.of(Dimension.FLOW), Map.of(), List.of(YEAR)));
        int compared = 0;
        for (String sex : List.of("F", "M")) {
            for (String country : List.of("UA", "BR", "CV", "NP")) {
                ProtectedCount city = bySexAndCitizenship
                        .count("2025", Map.of(Dimension.SEX, sex, Dimension.CITIZEN, country))
                        .orElseThrow();
                Observation sent =
                        cell(observations, "MIGR_IMM1CTZ", Map.of("SEX", sex, "AGE", "TOTAL", "CITIZEN", country));
                assertEquals(city.value(), sent.value(), sex + " " + country);
                assertEquals(city.confidentialityStatus(), sent.confidentialityStatus());
                compared++;
            }
        }
        // small cells too: by sex, age and citizenship, where the sensitive threshold decides what is withheld
        PublishedTable byAge = tables.flows(new TableDefinition(
                List.of(Dimension.SEX, Dimension.AGE, Dimension.CITIZEN),
                Map.of(Dimension.FLOW, "IMM"),
                List.of(YEAR)));
        int withheld = 0;
        for (Observation sent : observations) {
            Map<String, String> key = sent.key();
            if (!sent.dataflow().equals("MIGR_IMM1CTZ")
                    || !List.of("F", "M").contains(key.get("SEX"))
                    || key.get("AGE").equals("TOTAL")
                    || !COUNTRIES.contains(key.get("CITIZEN"))) {
                continue;
            }
            // the city's table leaves out a row of countries with nothing published; it is withheld here
            OptionalLong city = bySexAgeAndCitizenship(byAge, key)
                    .map(ProtectedCount::value)
                    .orElse(OptionalLong.empty());
            assertEquals(city, sent.value(), key.toString());
            withheld += city.isEmpty() ? 1 : 0;
            compared++;
        }
        assertTrue(withheld > 0 && compared > withheld, "the comparison includes withheld and published cells");
        for (String group : List.of("NAT", "FOR")) {
            ProtectedCount city = nationalsAndForeigners
                    .count("2025", Map.of(Dimension.FLOW, "EMI", Dimension.CITIZEN, group))
                    .orElseThrow();
            Observation sent = cell(observations, "MIGR_EMI1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", group));
            assertEquals(city.value(), sent.value(), group);
        }
        ProtectedCount temporary =
                byFlow.count("2025", Map.of(Dimension.FLOW, "TMP_MOB")).orElseThrow();
        assertEquals(
                temporary.value(),
                cell(observations, "MIGR_TMPMOB", Map.of("SEX", "T")).value());
        assertTrue(compared > 0);
    }

    private static java.util.Optional<ProtectedCount> bySexAgeAndCitizenship(
            PublishedTable table, Map<String, String> key) {
        return table.count(
                "2025",
                Map.of(
                        Dimension.SEX,
                        key.get("SEX"),
                        Dimension.AGE,
                        key.get("AGE"),
                        Dimension.CITIZEN,
                        key.get("CITIZEN")));
    }

    @Test
    void noPublishedCountIsOneOrTwoAndWithheldCellsHaveNoValue() {
        List<Observation> observations = release().observations();
        int withheld = 0;
        for (Observation o : observations) {
            if (o.value().isEmpty()) {
                withheld++;
                assertEquals("A", o.confidentialityStatus());
                assertEquals("A", o.observationStatus(), "a withheld cell says nothing about provisional records");
            } else {
                assertTrue(o.value().getAsLong() >= 3, o.toString());
                assertEquals("F", o.confidentialityStatus());
            }
        }
        assertTrue(withheld > 0 && withheld < observations.size());
    }

    @Test
    void aCodeNothingIsPublishedOfIsLeftOutAndProvisionalCountsAreMarked() {
        List<Observation> observations = release().observations();
        assertTrue(
                observations.stream().noneMatch(o -> "TT".equals(o.key().get("CITIZEN"))),
                "the rare citizenship would be revealed by its row alone");
        assertTrue(observations.stream().anyMatch(o -> "P".equals(o.observationStatus())));
        Observation total = cell(observations, "MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "TOTAL"));
        assertEquals("P", total.observationStatus(), "some arrivals are provisional");
    }

    @Test
    void municipalitiesAreCodedByNameWhateverTheSpellingAndMovesWithinTheCityNeverGoUp() {
        national.protectionSetting = "UNPERTURBED";
        List<Observation> observations = release().observations();
        Map<String, Long> typed = events.stream()
                .filter(e -> e.flow().equals("IN_INT"))
                .collect(Collectors.groupingBy(StatisticalEvent::partner, Collectors.counting()));
        Observation lisboa = cell(observations, "MIGR_INTIN", Map.of("SEX", "T", "PARTNER", "LISBOA"));
        assertEquals(typed.get("Lisboa") + typed.get("lisboa "), lisboa.value().orElseThrow());
        Observation setubal = cell(observations, "MIGR_INTIN", Map.of("SEX", "T", "PARTNER", "SETUBAL"));
        assertEquals(
                typed.get("Setubal") + typed.get("Setúbal"), setubal.value().orElseThrow());
        Observation unknown = cell(observations, "MIGR_INTIN", Map.of("SEX", "T", "PARTNER", "UNK"));
        assertEquals(typed.get("Atlantis"), unknown.value().orElseThrow());

        Set<String> flows = new HashSet<>();
        observations.forEach(o -> flows.add(o.key().get("FLOW")));
        assertEquals(Set.of("IMM", "EMI", "IN_INT", "OUT_INT", "TMP_MOB"), flows);
        long notMigration =
                events.stream().filter(e -> e.flow().equals("MOVE_INTRA")).count();
        assertTrue(notMigration > 0);
        Map<String, Long> totals = new HashMap<>();
        for (Dataflow dataflow : DataStructure.shipped().dataflows()) {
            totals.put(
                    dataflow.flow(),
                    cell(
                                    observations,
                                    dataflow.id(),
                                    Map.of(
                                            "SEX", "T", "AGE", "TOTAL", "CITIZEN", "TOTAL", "C_BIRTH", "TOTAL",
                                            "PARTNER", "TOTAL"))
                            .value()
                            .orElseThrow());
        }
        assertEquals(
                events.size() - notMigration,
                totals.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void quartersHaveFrequencyQAndMonthsAreRefused() {
        List<Observation> quarter = national.observations(Period.quarter(2025, 2));
        assertTrue(quarter.stream().allMatch(o -> o.key().get("FREQ").equals("Q")));
        assertTrue(quarter.stream().allMatch(o -> o.key().get("REF_AREA").equals("DEMO")));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> national.observations(Period.month(2025, 3)));
        assertEquals("period", refused.field());
    }
}
