package org.welcomedesk.national.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoolingTest {

    static final Map<String, String> REGIONS = Map.of("LISBOA", "PT17", "AMADORA", "PT17", "PORTO", "PT11");

    /** A release holding the totals of immigration and emigration, and a few small cells. */
    static NationalRelease release(String city, Long arrivals, Long departures, String status, Observation... more) {
        List<Observation> cells = new ArrayList<>();
        cells.add(total("MIGR_IMM1CTZ", city, arrivals, status));
        cells.add(total("MIGR_EMI1CTZ", city, departures, status));
        cells.addAll(List.of(more));
        return new NationalRelease(
                city + "-2025",
                city,
                "1.0",
                "2025",
                SdmxAction.A,
                0,
                Protection.CELL_KEY,
                Instant.parse("2026-02-01T00:00:00Z"),
                cells);
    }

    static Observation total(String dataflow, String city, Long value, String status) {
        return cell(dataflow, city, Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "TOTAL"), value, status);
    }

    static Observation cell(String dataflow, String city, Map<String, String> breakdown, Long value, String status) {
        Map<String, String> key = new TreeMap<>(Map.of(
                "FREQ",
                "A",
                "REF_AREA",
                city,
                "FLOW",
                "IMM",
                "SEX",
                "T",
                "AGE",
                "TOTAL",
                "AGEDEF",
                "COMPLET",
                "CITIZEN",
                "TOTAL",
                "C_BIRTH",
                "TOTAL",
                "PARTNER",
                "TOTAL",
                "UNIT_MEASURE",
                "NR"));
        key.putAll(breakdown);
        return new Observation(
                dataflow,
                key,
                value == null ? OptionalLong.empty() : OptionalLong.of(value),
                status,
                value == null ? "A" : "F");
    }

    @Test
    void aRegionsAndTheCountrysArrivalsAreTheSumsOfTheCitiesTotalCells() {
        var pooled = Pooling.pool(
                "2025",
                List.of(
                        release(
                                "LISBOA",
                                1200L,
                                400L,
                                "A",
                                cell("MIGR_IMM1CTZ", "LISBOA", Map.of("CITIZEN", "NP"), 7L, "A")),
                        release("AMADORA", 300L, 90L, "P"),
                        release("PORTO", 500L, 210L, "A")),
                REGIONS::get,
                "PT");

        assertEquals(OptionalLong.of(2000), pooled.country().arrivals().value());
        assertEquals(OptionalLong.of(700), pooled.country().departures().value());
        assertEquals(3, pooled.country().cities());
        var lisbonArea = pooled.regions().stream()
                .filter(r -> r.area().equals("PT17"))
                .findFirst()
                .orElseThrow();
        assertEquals(OptionalLong.of(1500), lisbonArea.arrivals().value(), "the small cell is never added in");
        assertTrue(lisbonArea.arrivals().provisional(), "Amadora's provisional count makes the sum provisional");
        assertFalse(pooled.regions().get(0).arrivals().provisional(), "Porto's region holds final counts only");
    }

    @Test
    void aWithheldTotalAddsNothingAndTheSumSaysHowManyCitiesItLeavesOut() {
        var pooled = Pooling.pool(
                "2025",
                List.of(release("LISBOA", 1200L, null, "A"), release("AMADORA", 300L, 90L, "A")),
                REGIONS::get,
                "PT");

        PooledCount departures = pooled.country().departures();
        assertEquals(OptionalLong.of(90), departures.value());
        assertEquals(1, departures.withheld());
        assertTrue(pooled.country().net().isEmpty(), "no balance from a sum that leaves a part out");
    }

    @Test
    void anUnperturbedSmallCountFlaggedConfidentialIsNeverPublishedByTheHub() {
        Observation flagged = new Observation(
                "MIGR_IMM1CTZ", total("MIGR_IMM1CTZ", "PORTO", 3L, "A").key(), OptionalLong.of(3), "A", "A");

        assertTrue(PooledCount.of(flagged).value().isEmpty());
    }

    @Test
    void theDatasetAddsRegionAndCountryCellsOfTheSameKeyOnly() {
        List<Observation> dataset = Pooling.dataset(
                List.of(
                        release(
                                "LISBOA",
                                1200L,
                                400L,
                                "A",
                                cell("MIGR_IMM1CTZ", "LISBOA", Map.of("CITIZEN", "NP"), null, "A")),
                        release(
                                "PORTO",
                                500L,
                                210L,
                                "A",
                                cell("MIGR_IMM1CTZ", "PORTO", Map.of("CITIZEN", "NP"), 40L, "A"))),
                REGIONS::get,
                "PT");

        Observation countryNepal = dataset.stream()
                .filter(o -> o.key().get("REF_AREA").equals("PT")
                        && o.key().get("CITIZEN").equals("NP"))
                .findFirst()
                .orElseThrow();
        assertEquals(OptionalLong.of(40), countryNepal.value(), "Lisbon's withheld cell adds nothing");
        Observation lisbonAreaNepal = dataset.stream()
                .filter(o -> o.key().get("REF_AREA").equals("PT17")
                        && o.key().get("CITIZEN").equals("NP"))
                .findFirst()
                .orElseThrow();
        assertTrue(lisbonAreaNepal.value().isEmpty(), "withheld in the only city of the region: withheld");
        assertEquals("A", lisbonAreaNepal.confidentialityStatus());
        Observation countryTotal = dataset.stream()
                .filter(o -> o.dataflow().equals("MIGR_IMM1CTZ")
                        && o.key().get("REF_AREA").equals("PT")
                        && o.key().get("CITIZEN").equals("TOTAL"))
                .findFirst()
                .orElseThrow();
        assertEquals(OptionalLong.of(1700), countryTotal.value());
    }
}
