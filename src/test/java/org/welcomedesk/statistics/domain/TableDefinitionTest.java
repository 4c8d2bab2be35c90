package org.welcomedesk.statistics.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableDefinitionTest {

    @Test
    void periodsAreReadAndWrittenAsSdmxCodes() {
        assertEquals(Period.year(2025), Period.parse("2025", "period"));
        assertEquals(Period.quarter(2025, 1), Period.parse("2025-Q1", "period"));
        assertEquals(Period.month(2025, 3), Period.parse("2025-03", "period"));
        for (String code : List.of("2025-Q5", "2025-13", "25", "2025-3", "", "1800", "2025-Q1 ")) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> Period.parse(code, "period"));
            assertEquals("period", refused.field());
        }
        assertThrows(RuleViolation.class, () -> Period.parse(null, "period"));
        assertEquals("2025-03", Period.month(2025, 3).code());
        assertEquals(
                "2025-Q4",
                Period.of(Period.Frequency.Q, LocalDate.of(2025, 12, 31)).code());
    }

    @Test
    void periodsKnowTheirDays() {
        Period q1 = Period.quarter(2024, 1);
        assertEquals(LocalDate.of(2024, 1, 1), q1.start());
        assertEquals(LocalDate.of(2024, 4, 1), q1.end());
        assertTrue(q1.contains(LocalDate.of(2024, 3, 31)));
        assertFalse(q1.contains(LocalDate.of(2024, 4, 1)));
        assertTrue(Period.month(2024, 2).within(q1));
        assertTrue(q1.within(Period.year(2024)));
        assertFalse(Period.year(2024).within(q1));
    }

    @Test
    void noTableGoesFinerThanAQuarter() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> new TableDefinition(
                        List.of(Dimension.FLOW, Dimension.SEX), Map.of(), List.of(Period.month(2025, 1))));
        assertEquals("periods", refused.field());
        assertEquals("statistics.table.periodTooFine", refused.messageKey());
        new TableDefinition(
                List.of(Dimension.FLOW, Dimension.SEX), Map.of(), List.of(Period.quarter(2025, 1), Period.year(2025)));
    }

    @Test
    void aTableByDistrictBreaksDownByAtMostTwoMoreDimensions() {
        new TableDefinition(
                List.of(Dimension.FLOW, Dimension.DISTRICT, Dimension.SEX, Dimension.AGE),
                Map.of(),
                List.of(Period.year(2025)));
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> new TableDefinition(
                        List.of(Dimension.FLOW, Dimension.DISTRICT, Dimension.SEX, Dimension.AGE, Dimension.CITIZEN),
                        Map.of(),
                        List.of(Period.year(2025))));
        assertEquals("breakdowns", refused.field());
        // a district filter is a table of one district: the same guard
        assertThrows(
                RuleViolation.class,
                () -> new TableDefinition(
                        List.of(Dimension.SEX, Dimension.AGE, Dimension.CITIZEN),
                        Map.of(Dimension.DISTRICT, "D01", Dimension.FLOW, "IMM"),
                        List.of(Period.year(2025))));
        // the city as a whole may break down further
        new TableDefinition(
                List.of(Dimension.SEX, Dimension.AGE, Dimension.CITIZEN),
                Map.of(Dimension.FLOW, "IMM"),
                List.of(Period.year(2025)));
        RuleViolation noFlow = assertThrows(
                RuleViolation.class,
                () -> new TableDefinition(List.of(Dimension.SEX), Map.of(), List.of(Period.year(2025))));
        assertEquals("statistics.table.noFlow", noFlow.messageKey());
    }

    @Test
    void everyDimensionIsBrokenDownFilteredOrAtTotal() {
        TableDefinition table = new TableDefinition(
                List.of(Dimension.AGE, Dimension.AGE), Map.of(Dimension.FLOW, "IMM"), List.of(Period.year(2025)));
        assertEquals(List.of(Dimension.AGE), table.breakdowns());
        assertEquals(
                List.of(Dimension.DISTRICT, Dimension.SEX, Dimension.CITIZEN, Dimension.C_BIRTH, Dimension.PARTNER),
                table.totals());
        assertThrows(
                RuleViolation.class,
                () -> new TableDefinition(
                        List.of(Dimension.FLOW), Map.of(Dimension.FLOW, "IMM"), List.of(Period.year(2025))));
        assertThrows(RuleViolation.class, () -> new TableDefinition(List.of(Dimension.FLOW), Map.of(), List.of()));
    }
}
