package org.welcomedesk.statistics.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The map draws the districts of the period, from the shipped boundaries or the administrator's file. */
class DistrictBoundariesTest {

    private final DistrictBoundaries boundaries = new DistrictBoundaries();

    DistrictBoundariesTest() {
        boundaries.file = Optional.empty();
        boundaries.districts = new CityDistricts() {
            @Override
            public List<District> history() {
                return List.of(
                        new District("DEMO", "D01", "Old Town", LocalDate.of(2020, 1, 1), null),
                        new District("DEMO", "D11", "Eastfield", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)),
                        new District("DEMO", "D10", "Eastfield North", LocalDate.of(2025, 1, 1), null),
                        new District("DEMO", "D12", "Eastfield South", LocalDate.of(2025, 1, 1), null));
            }
        };
    }

    private static Set<String> codes(String geoJson) {
        JsonObject collection = Json.createReader(new StringReader(geoJson)).readObject();
        Set<String> codes = new TreeSet<>();
        collection
                .getJsonArray("features")
                .forEach(f ->
                        codes.add(f.asJsonObject().getJsonObject("properties").getString("code")));
        return codes;
    }

    @Test
    void theShippedBoundariesHoldEveryDistrictOfTheDemoCityBeforeAndAfterTheSplit() {
        Set<String> all = codes(boundaries.boundaries().toString());
        assertEquals(Set.of("D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "D12"), all);
    }

    @Test
    void aYearShowsTheDistrictsAsTheyWereThen() {
        assertEquals(Set.of("D01", "D11"), codes(boundaries.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))));
        assertEquals(
                Set.of("D01", "D10", "D12"), codes(boundaries.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))));
    }

    @Test
    void anAdministratorsFileReplacesTheShippedOneAndABrokenFileDoesNot(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("districts.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"code": "D01"},
                  "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}]}""");
        boundaries.file = Optional.of(file.toString());
        assertEquals(Set.of("D01"), codes(boundaries.boundaries().toString()));

        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\"}]}");
        Files.setLastModifiedTime(
                file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(12, codes(boundaries.boundaries().toString()).size(), "the shipped boundaries, not an empty map");
    }

    @Test
    void boundariesWithoutDistrictCodesAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DistrictBoundaries.read(new StringReader(
                        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {},"
                                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": []}}]}")));
        assertThrows(
                IllegalArgumentException.class,
                () -> DistrictBoundaries.read(new StringReader("{\"type\": \"Feature\"}")));
    }
}
