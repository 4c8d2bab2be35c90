package org.welcomedesk.statistics.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseDefinitionTest {

    @Test
    void theLedgerKeepsOneCanonicalTextPerTableAndReadsItBack() {
        Map<Dimension, String> filters = new LinkedHashMap<>();
        filters.put(Dimension.SEX, "F");
        filters.put(Dimension.AGE, "Y15-19");
        ReleaseDefinition table = ReleaseDefinition.of(new TableDefinition(
                List.of(Dimension.FLOW, Dimension.DISTRICT),
                filters,
                List.of(Period.year(2025), Period.quarter(2024, 4)),
                CountryGrouping.TOP));

        assertEquals(
                "FLOWS;breakdowns=FLOW,DISTRICT;filters=SEX:F,AGE:Y15-19;periods=2024-Q4,2025;countries=TOP",
                table.text());
        assertEquals(table, ReleaseDefinition.parse(table.text()));
        assertTrue(table.byDistrict());
        assertEquals(table.flowTable().filters(), filters);

        ReleaseDefinition population = ReleaseDefinition.of(
                new PopulationDefinition(
                        List.of(Dimension.SEX), Map.of(), PopulationDefinition.firstOfJanuary(2024, 2025)),
                CountryGrouping.ISO);
        assertEquals("POPULATION;breakdowns=SEX;filters=;dates=2024-01-01,2025-01-01;countries=ISO", population.text());
        assertEquals(population, ReleaseDefinition.parse(population.text()));
        assertFalse(population.byDistrict());
    }

    @Test
    void spansAreTheDaysCounted() {
        ReleaseDefinition table = ReleaseDefinition.of(new TableDefinition(
                List.of(Dimension.FLOW), Map.of(), List.of(Period.quarter(2024, 4), Period.year(2025))));
        ReleaseDefinition.Span extent = table.extent();
        assertEquals(LocalDate.of(2024, 10, 1), extent.from());
        assertEquals(LocalDate.of(2026, 1, 1), extent.to());
        assertTrue(extent.straddles(LocalDate.of(2025, 1, 1)));
        assertFalse(extent.straddles(LocalDate.of(2024, 10, 1)), "a span that begins on the date lies on one side");
        assertFalse(table.spans().get(0).overlaps(table.spans().get(1)), "a quarter and the next year share no day");
    }
}
