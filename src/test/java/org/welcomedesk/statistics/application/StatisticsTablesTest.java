package org.welcomedesk.statistics.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables as published, over a synthetic city counted by the definitions themselves. */
class StatisticsTablesTest {

    private static final List<String> DISTRICTS = List.of("D01", "D02", "D03");
    private static final List<String> COUNTRIES = List.of("SY", "UA", "BR", "AF", "IN", "NG", "TT");
    private static final List<String> FLOWS = List.of("IMM", "IN_INT", "EMI", "OUT_INT", "TMP_MOB", "MOVE_INTRA");

    private final List<StatisticalEvent> events = new ArrayList<>();
    private StatisticsTables tables;

    @BeforeEach
    void aSmallCity() {
        Random random = new Random(20261207);
        for (int person = 0; person < 3_000; person++) {
            String flow = FLOWS.get(random.nextInt(FLOWS.size()));
            // a few countries large, one (TT) rare, so small cells exist
            String country = random.nextInt(400) == 0 ? "TT" : COUNTRIES.get(Math.min(random.nextInt(8), 5));
            String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            events.add(new StatisticalEvent(
                    "p" + person,
                    new RecordKey(random.nextLong(1L << 32)),
                    flow,
                    LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    district,
                    flow.equals("MOVE_INTRA") ? DISTRICTS.get(random.nextInt(DISTRICTS.size())) : null,
                    random.nextBoolean() ? "F" : "M",
                    random.nextInt(90),
                    country,
                    country,
                    country,
                    random.nextInt(10) == 0 ? ObservationStatus.P : ObservationStatus.A));
        }
        tables = new StatisticsTables();
        tables.source = new StatisticsSource() {
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
        protection.version = "test-1";
        protection.maxDeviation = 3;
        protection.variance = 2.0;
        protection.secret = "a secret of the tests only, long enough";
        protection.threshold = 5;
        protection.sensitiveThreshold = 10;
        tables.protection = protection;
        tables.districts = new CityDistricts() {
            @Override
            public List<District> history() {
                return DISTRICTS.stream()
                        .map(code -> new District("DEMO", code, code, LocalDate.of(2020, 1, 1), null))
                        .toList();
            }
        };
        tables.nationalCountry = "PT";
        tables.sensitiveDimensions = "CITIZEN,C_BIRTH";
        tables.topCountries = 3;
    }

    @Test
    void oneCellHasOneValueInEveryTableAndFilter() {
        List<Period> year = List.of(Period.year(2025));
        PublishedTable byDistrict =
                tables.flows(new TableDefinition(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), year));
        PublishedTable twoYears = tables.flows(new TableDefinition(
                List.of(Dimension.DISTRICT, Dimension.FLOW), Map.of(), List.of(Period.year(2024), Period.year(2025))));
        PublishedTable filtered =
                tables.flows(new TableDefinition(List.of(Dimension.FLOW), Map.of(Dimension.DISTRICT, "D02"), year));

        for (String flow : StatisticsTables.CITY_FLOWS) {
            Map<Dimension, String> cell = Map.of(Dimension.FLOW, flow, Dimension.DISTRICT, "D02");
            ProtectedCount first = byDistrict.count("2025", cell).orElseThrow();
            assertEquals(first, twoYears.count("2025", cell).orElseThrow(), flow);
            assertEquals(
                    first, filtered.count("2025", Map.of(Dimension.FLOW, flow)).orElseThrow(), flow);
        }
    }

    @Test
    void noPublishedCountIsOneOrTwoAndNothingWithheldIsShownAsZero() {
        PublishedTable table = tables.flows(new TableDefinition(
                List.of(Dimension.DISTRICT, Dimension.FLOW, Dimension.CITIZEN),
                Map.of(),
                List.of(Period.quarter(2025, 1), Period.quarter(2025, 2))));
        int withheld = 0;
        for (PublishedTable.Row row : table.rows()) {
            for (ProtectedCount count : row.counts()) {
                if (count.withheld()) {
                    withheld++;
                    assertEquals(10, count.threshold(), "citizenship is a sensitive breakdown");
                } else {
                    assertTrue(count.value().getAsLong() >= 10, row.codes() + " " + count);
                }
            }
        }
        assertTrue(withheld > 0, "a table this fine has small cells");
    }

    @Test
    void aRareCountryWithNothingToShowHasNoRowButCodeListsKeepTheirRows() {
        PublishedTable table = tables.flows(new TableDefinition(
                List.of(Dimension.FLOW, Dimension.CITIZEN),
                Map.of(Dimension.DISTRICT, "D01"),
                List.of(Period.quarter(2025, 3))));
        assertFalse(
                table.rows().stream().anyMatch(r -> r.codes().contains("TT")),
                "TT is rare: its row would say someone is there");
        PublishedTable byAge = tables.flows(new TableDefinition(
                List.of(Dimension.AGE),
                Map.of(Dimension.FLOW, "TMP_MOB", Dimension.DISTRICT, "D03"),
                List.of(Period.quarter(2025, 3))));
        assertEquals(18, byAge.rows().size(), "every age group, the empty ones withheld");
    }

    @Test
    void theLargestCountriesStandApartAndTheRestAreOther() {
        PublishedTable table = tables.flows(new TableDefinition(
                List.of(Dimension.FLOW, Dimension.CITIZEN), Map.of(), List.of(Period.year(2025)), CountryGrouping.TOP));
        List<String> codes = table.rows().stream()
                .map(r -> r.code(table.breakdowns(), Dimension.CITIZEN))
                .distinct()
                .toList();
        assertEquals(4, codes.size(), "three largest and OTHER: " + codes);
        assertTrue(codes.contains(CountryGrouping.OTHER));
        PublishedTable national = tables.flows(new TableDefinition(
                List.of(Dimension.CITIZEN),
                Map.of(Dimension.FLOW, "IMM"),
                List.of(Period.year(2025)),
                CountryGrouping.NAT_FOR));
        assertEquals(
                List.of("NAT", "FOR"),
                national.rows().stream().map(r -> r.codes().get(0)).toList());
        assertTrue(national.rows().get(0).counts().get(0).withheld(), "nobody here is a national");
        assertNotEquals(0L, national.rows().get(1).counts().get(0).value().orElse(0));
    }

    @Test
    void aTableTooLargeToReadIsRefusedBeforeItIsBuilt() {
        tables.source = new StatisticsSource() {
            @Override
            public Map<Recount.Coordinates, Recount.Cell> flows(TableDefinition table) {
                Map<Recount.Coordinates, Recount.Cell> cells = new java.util.HashMap<>();
                for (int i = 0; i < 60; i++) {
                    String code = "C" + i;
                    cells.put(
                            Recount.at(
                                    Period.year(2025),
                                    Map.of(
                                            Dimension.FLOW,
                                            "IMM",
                                            Dimension.CITIZEN,
                                            code,
                                            Dimension.C_BIRTH,
                                            code,
                                            Dimension.PARTNER,
                                            code)),
                            new Recount.Cell(org.welcomedesk.statistics.domain.CellKey.empty(), ObservationStatus.A));
                }
                return cells;
            }

            @Override
            public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table) {
                return Map.of();
            }
        };
        var refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.welcomedesk.platform.error.RuleViolation.class,
                () -> tables.flows(new TableDefinition(
                        List.of(Dimension.CITIZEN, Dimension.C_BIRTH, Dimension.PARTNER),
                        Map.of(Dimension.FLOW, "IMM"),
                        List.of(Period.year(2025)))));
        assertEquals("breakdowns", refused.field());
    }
}
