package org.welcomedesk.statistics.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overview's figures are read from protected tables only, and say so when a part is withheld. */
class CityOverviewTest {

    /** Published counts the stub tables hold, by flow (or district|flow) and column; absent: withheld. */
    private final Map<String, ProtectedCount> cells = new HashMap<>();

    private final List<TableDefinition> asked = new ArrayList<>();
    private final CityOverview overview = new CityOverview();

    CityOverviewTest() {
        overview.tables = new StatisticsTables() {
            @Override
            public PublishedTable flows(TableDefinition table) {
                asked.add(table);
                List<String> columns =
                        table.periods().stream().map(Period::code).toList();
                List<PublishedTable.Row> rows = new ArrayList<>();
                List<String> districts =
                        table.breakdowns().contains(Dimension.DISTRICT) ? List.of("D01", "D02") : List.of("");
                List<String> flows = table.breakdowns().contains(Dimension.DISTRICT) ? DISTRICT_FLOWS : CITY_FLOWS;
                for (String district : districts) {
                    for (String flow : flows) {
                        List<ProtectedCount> counts = columns.stream()
                                .map(c -> cells.getOrDefault(key(district, flow, c), withheld(ObservationStatus.A)))
                                .toList();
                        rows.add(new PublishedTable.Row(
                                district.isEmpty() ? List.of(flow) : List.of(district, flow), counts));
                    }
                }
                return new PublishedTable(
                        Measure.FLOWS, table.breakdowns(), table.filters(), table.countries(), columns, rows, "test-1");
            }

            @Override
            public PublishedTable population(PopulationDefinition table, CountryGrouping countries) {
                List<String> columns =
                        table.dates().stream().map(Object::toString).toList();
                List<ProtectedCount> counts = columns.stream()
                        .map(c -> cells.getOrDefault(key("", "RESIDENTS", c), withheld(ObservationStatus.A)))
                        .toList();
                return new PublishedTable(
                        Measure.POPULATION,
                        List.of(),
                        Map.of(),
                        countries,
                        columns,
                        List.of(new PublishedTable.Row(List.of(), counts)),
                        "test-1");
            }
        };
    }

    private static String key(String district, String flow, String column) {
        return district + "|" + flow + "|" + column;
    }

    private static ProtectedCount published(long value, ObservationStatus status) {
        return new ProtectedCount(OptionalLong.of(value), 5, status);
    }

    private static ProtectedCount withheld(ObservationStatus status) {
        return new ProtectedCount(OptionalLong.empty(), 5, status);
    }

    private void city(String flow, String column, long value) {
        cells.put(key("", flow, column), published(value, ObservationStatus.A));
    }

    @Test
    void arrivalsDeparturesAndNetAreSumsOfThePublishedCountsOfTheYear() {
        city("IMM", "2025", 410);
        city("IN_INT", "2025", 233);
        city("EMI", "2025", 120);
        city("OUT_INT", "2025", 301);
        city("TMP_MOB", "2025", 57);
        city("IMM", "2024", 380);
        city("IN_INT", "2024", 250);
        city("EMI", "2024", 90);
        city("OUT_INT", "2024", 310);
        cells.put(key("", "RESIDENTS", "2025-01-01"), published(51_230, ObservationStatus.A));
        cells.put(key("", "RESIDENTS", "2024-01-01"), published(50_870, ObservationStatus.A));

        CityOverview.Overview o = overview.of(2025);

        assertEquals(410 + 233, o.thisYear().arrivals().value().getAsLong());
        assertEquals(120 + 301, o.thisYear().departures().value().getAsLong());
        assertEquals(410 + 233 - 120 - 301, o.thisYear().net().value().getAsLong());
        assertEquals(380 + 250 - 90 - 310, o.lastYear().net().value().getAsLong());
        assertEquals(51_230, o.population().value().getAsLong());
        assertEquals(50_870, o.populationLastYear().value().getAsLong());
        // temporary stays are not migration
        assertTrue(asked.get(0).breakdowns().contains(Dimension.FLOW));
    }

    @Test
    void aFigureWithAWithheldPartIsWithheldNeverZeroOrAPartialSum() {
        city("IMM", "2025", 410);
        // IN_INT withheld
        city("EMI", "2025", 120);
        city("OUT_INT", "2025", 301);

        CityOverview.Overview o = overview.of(2025);

        assertTrue(o.thisYear().arrivals().withheld());
        assertEquals(5, o.thisYear().arrivals().threshold());
        assertTrue(o.thisYear().net().withheld(), "net over a withheld part is withheld too");
        assertFalse(o.thisYear().departures().withheld());
        assertTrue(o.population().withheld());
    }

    @Test
    void theProvisionalShareCountsPublishedCellsOnlyForAWithheldCellsStatusWouldSaySomeoneIsThere() {
        cells.put(key("D01", "IMM", "2025-Q1"), published(40, ObservationStatus.P));
        cells.put(key("D01", "EMI", "2025-Q1"), published(12, ObservationStatus.A));
        cells.put(key("D02", "IMM", "2025-Q2"), published(7, ObservationStatus.A));
        cells.put(key("D02", "EMI", "2025-Q2"), withheld(ObservationStatus.P));

        CityOverview.ProvisionalShare share = overview.of(2025).provisional();

        assertEquals(1, share.provisional());
        assertEquals(3, share.published());
        assertEquals(33, share.percent());
    }

    @Test
    void aDistrictGainsAndLosesPeopleWhoMoveWithinTheCity() {
        for (String flow : StatisticsTables.DISTRICT_FLOWS) {
            cells.put(key("D01", flow, "2025"), published(10 + flow.length(), ObservationStatus.A));
        }
        CityOverview.Districts districts = overview.districts(Period.year(2025));
        CityOverview.DistrictBalance d01 = districts.districts().stream()
                .filter(d -> d.district().equals("D01"))
                .findFirst()
                .orElseThrow();

        long in = 0;
        for (String flow : List.of("IMM", "IN_INT", "MOVE_IN")) {
            in += cells.get(key("D01", flow, "2025")).value().getAsLong();
        }
        assertEquals(in, d01.balance().arrivals().value().getAsLong());
        assertTrue(d01.population().withheld());
    }

    @Test
    void aSeriesHasOneBalancePerPeriodInOrder() {
        city("IMM", "2025-Q2", 100);
        city("IN_INT", "2025-Q2", 50);
        city("EMI", "2025-Q2", 30);
        city("OUT_INT", "2025-Q2", 40);
        CityOverview.Series series = overview.series(List.of(Period.quarter(2025, 2), Period.quarter(2025, 1)));

        assertEquals(
                List.of("2025-Q1", "2025-Q2"),
                series.periods().stream().map(p -> p.period().code()).toList());
        assertTrue(series.periods().get(0).balance().arrivals().withheld());
        assertEquals(
                100 + 50 - 30 - 40,
                series.periods().get(1).balance().net().value().getAsLong());
    }
}
