package org.welcomedesk.statistics.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.ReleaseDefinition;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the ledger keeps of a release: its output as published, its hash, its definition and areas. */
class ReleasedTableTest {

    private static final ProtectedCount WITHHELD = new ProtectedCount(OptionalLong.empty(), 5, ObservationStatus.A);

    private static PublishedTable table(long harbourArrivals) {
        return new PublishedTable(
                Measure.FLOWS,
                List.of(Dimension.FLOW, Dimension.DISTRICT),
                Map.of(Dimension.SEX, "F"),
                CountryGrouping.ISO,
                List.of("2025-Q1", "2025-Q2"),
                List.of(
                        new PublishedTable.Row(
                                List.of("IMM", "D02"),
                                List.of(
                                        new ProtectedCount(OptionalLong.of(harbourArrivals), 5, ObservationStatus.P),
                                        WITHHELD)),
                        new PublishedTable.Row(List.of("IMM", "D10"), List.of(WITHHELD, WITHHELD))),
                "demo-1");
    }

    @Test
    void aReleaseReadsBackExactlyAsItWasPublished() {
        PublishedTable published = table(17);
        String text = ReleasedTable.text(published);
        assertEquals(published, ReleasedTable.parse(text));
        assertTrue(text.contains("17/5/P"), text);
        assertTrue(text.contains("-/5/A"), "a withheld count is kept as withheld, never as 0: " + text);
        assertFalse(text.contains("secret"), text);
    }

    @Test
    void theHashIdentifiesTheOutput() {
        String march = ReleasedTable.sha256(ReleasedTable.text(table(17)));
        assertEquals(64, march.length());
        assertEquals(march, ReleasedTable.sha256(ReleasedTable.text(table(17))), "the same output, the same hash");
        assertNotEquals(march, ReleasedTable.sha256(ReleasedTable.text(table(20))), "a revised count, another hash");
    }

    @Test
    void theDefinitionAndAreasAreReadOffThePublishedTable() {
        PublishedTable published = table(17);
        assertEquals(Set.of("D02", "D10"), ReleasedTable.areas(published));
        ReleaseDefinition definition = ReleaseLedger.definitionOf(published);
        assertEquals(
                ReleaseDefinition.of(new TableDefinition(
                        List.of(Dimension.FLOW, Dimension.DISTRICT),
                        Map.of(Dimension.SEX, "F"),
                        List.of(Period.quarter(2025, 1), Period.quarter(2025, 2)))),
                definition);
    }
}
