package org.welcomedesk.statistics.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.domain.District;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The differencing rules, each with a release it refuses and a near one it lets through. */
class DifferencingCheckTest {

    private static final LocalDate SPLIT = LocalDate.of(2025, 1, 1);
    private static final Instant EARLIER = Instant.parse("2026-03-02T10:00:00Z");

    /** The demo city's districts: Eastfield (D11) split into D10 and D12 on 2025-01-01. */
    private static final List<District> HISTORY = List.of(
            new District("DEMO", "D01", "Old Town", LocalDate.of(2020, 1, 1), null),
            new District("DEMO", "D02", "Harbour", LocalDate.of(2020, 1, 1), null),
            new District("DEMO", "D11", "Eastfield", LocalDate.of(2020, 1, 1), SPLIT),
            new District("DEMO", "D10", "Eastfield North", SPLIT, null),
            new District("DEMO", "D12", "Eastfield South", SPLIT, null));

    private final DifferencingCheck check = new DifferencingCheck(BoundaryChange.in(HISTORY));

    @Test
    void theSplitOfEastfieldIsABoundaryChange() {
        assertEquals(
                List.of(new BoundaryChange(SPLIT, Set.of("D11"), Set.of("D10", "D12"))), BoundaryChange.in(HISTORY));
        // a district that only closes has nothing on the other side of it
        assertEquals(
                List.of(),
                BoundaryChange.in(List.of(new District("DEMO", "D09", "Westmoor", LocalDate.of(2020, 1, 1), SPLIT))));
    }

    @Test
    void aReleaseThatDifferencesAnEarlierOneAcrossTheDistrictSplitIsRefusedWithTheReason() {
        // Eastfield as it was (events recorded on the old district), then every district of 2025
        ReleaseCoverage eastfield = released(
                flows(List.of(Dimension.FLOW), Map.of(Dimension.DISTRICT, "D11"), Period.year(2025)),
                Set.of("D11"),
                "a");
        ReleaseCoverage districts = proposed(
                flows(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), Period.year(2025)),
                Set.of("D01", "D02", "D10", "D12"));

        Differencing refused = check.check(districts, List.of(eastfield)).orElseThrow();

        assertEquals(Differencing.Kind.BOUNDARY_CHANGE, refused.kind());
        assertEquals("statistics.release.boundaryEarlier", refused.messageKey());
        assertEquals(
                List.of("D11", "D10, D12", "2025-01-01", "2026-03-02"),
                refused.arguments().subList(0, 4));
        RuleViolation shown = refused.refusal();
        assertEquals("definition", shown.field());
        assertEquals("statistics.release.boundaryEarlier", shown.messageKey());
    }

    @Test
    void releasesOfEachSideForTheirOwnDaysPass() {
        ReleaseCoverage before = released(
                flows(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), Period.year(2024)),
                Set.of("D01", "D02", "D11"),
                "a");
        ReleaseCoverage after = proposed(
                flows(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), Period.year(2025)),
                Set.of("D01", "D02", "D10", "D12"));
        assertEquals(Optional.empty(), check.check(after, List.of(before)));
    }

    @Test
    void aReleaseByDistrictWhosePeriodsSpanTheSplitIsRefused() {
        ReleaseCoverage spanning = proposed(
                flows(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), Period.year(2024), Period.year(2025)),
                Set.of("D01", "D11", "D10", "D12"));
        Differencing refused = check.check(spanning, List.of()).orElseThrow();
        assertEquals("statistics.release.boundary", refused.messageKey());
        assertEquals(List.of("D11", "D10, D12", "2025-01-01"), refused.arguments());

        // the same years for the city as a whole show no district
        ReleaseCoverage city =
                proposed(flows(List.of(Dimension.FLOW), Map.of(), Period.year(2024), Period.year(2025)), Set.of());
        assertEquals(Optional.empty(), check.check(city, List.of()));
        // and a district untouched by the change may span it
        ReleaseCoverage harbour = proposed(
                flows(List.of(Dimension.FLOW), Map.of(Dimension.DISTRICT, "D02"), Period.year(2024), Period.year(2025)),
                Set.of("D02"));
        assertEquals(Optional.empty(), check.check(harbour, List.of()));
    }

    @Test
    void aQuarterBesideItsYearIsRefusedInOneTableAndAgainstAnEarlierRelease() {
        ReleaseCoverage both = proposed(
                flows(List.of(Dimension.FLOW), Map.of(), Period.year(2025), Period.quarter(2025, 1)), Set.of());
        Differencing inOne = check.check(both, List.of()).orElseThrow();
        assertEquals(Differencing.Kind.NESTED_PERIODS, inOne.kind());
        assertTrue(inOne.arguments().containsAll(List.of("2025", "2025-Q1")), inOne.toString());

        ReleaseCoverage year =
                released(flows(List.of(Dimension.FLOW, Dimension.SEX), Map.of(), Period.year(2025)), Set.of(), "a");
        ReleaseCoverage quarter =
                proposed(flows(List.of(Dimension.SEX, Dimension.FLOW), Map.of(), Period.quarter(2025, 4)), Set.of());
        Differencing later = check.check(quarter, List.of(year)).orElseThrow();
        assertEquals("statistics.release.periodsNestedEarlier", later.messageKey());
        assertEquals(List.of("2025-Q4", "2025", "2026-03-02"), later.arguments());

        // other cells (by age, not sex) for the quarter, and the same cells for the next year, pass
        ReleaseCoverage byAge =
                proposed(flows(List.of(Dimension.FLOW, Dimension.AGE), Map.of(), Period.quarter(2025, 4)), Set.of());
        assertEquals(Optional.empty(), check.check(byAge, List.of(year)));
        ReleaseCoverage nextYear =
                proposed(flows(List.of(Dimension.FLOW, Dimension.SEX), Map.of(), Period.year(2026)), Set.of());
        assertEquals(Optional.empty(), check.check(nextYear, List.of(year)));
    }

    @Test
    void theSameTableWithOneMoreFilterIsRefusedEitherWayRound() {
        ReleaseCoverage all =
                released(flows(List.of(Dimension.FLOW, Dimension.SEX), Map.of(), Period.year(2025)), Set.of(), "a");
        ReleaseCoverage young = proposed(
                flows(List.of(Dimension.FLOW, Dimension.SEX), Map.of(Dimension.AGE, "Y15-19"), Period.year(2025)),
                Set.of());
        Differencing refused = check.check(young, List.of(all)).orElseThrow();
        assertEquals(Differencing.Kind.NESTED_FILTERS, refused.kind());
        assertEquals(List.of("AGE=Y15-19", "2026-03-02"), refused.arguments());

        ReleaseCoverage youngFirst = released(young.definition(), Set.of(), "b");
        ReleaseCoverage allAfter = proposed(all.definition(), Set.of());
        assertEquals(
                Differencing.Kind.NESTED_FILTERS,
                check.check(allAfter, List.of(youngFirst)).orElseThrow().kind());

        // a neighbouring age group is not nested, nor is the filtered table for another year
        ReleaseCoverage older = proposed(
                flows(List.of(Dimension.FLOW, Dimension.SEX), Map.of(Dimension.AGE, "Y20-24"), Period.year(2025)),
                Set.of());
        assertEquals(Optional.empty(), check.check(older, List.of(youngFirst)));
        ReleaseCoverage youngNextYear = proposed(
                flows(List.of(Dimension.FLOW, Dimension.SEX), Map.of(Dimension.AGE, "Y15-19"), Period.year(2026)),
                Set.of());
        assertEquals(Optional.empty(), check.check(youngNextYear, List.of(all)));
    }

    @Test
    void cellsAlreadyReleasedAreNotReleasedAgainWithOtherCounts() {
        ReleaseDefinition table = flows(List.of(Dimension.FLOW, Dimension.SEX), Map.of(), Period.year(2025));
        ReleaseCoverage first = released(table, Set.of(), "hash-of-march");
        Differencing refused = check.check(new ReleaseCoverage(table, Set.of(), "hash-of-june", null), List.of(first))
                .orElseThrow();
        assertEquals(Differencing.Kind.REVISION, refused.kind());
        assertEquals(List.of("2026-03-02"), refused.arguments());
        // the very same output may go to another audience
        assertEquals(
                Optional.empty(),
                check.check(new ReleaseCoverage(table, Set.of(), "hash-of-march", null), List.of(first)));
    }

    @Test
    void aFilterLeavingFewPeopleOutsideItIsRefused() {
        Map<String, Long> women = Map.of("IMM\t2025", 40L, "EMI\t2025", 12L);
        assertEquals(
                Differencing.Kind.SMALL_COMPLEMENT,
                DifferencingCheck.smallComplement("SEX=F", women, Map.of("IMM\t2025", 81L, "EMI\t2025", 15L), 5)
                        .orElseThrow()
                        .kind());
        assertEquals(
                List.of("SEX=F", "5"),
                DifferencingCheck.smallComplement("SEX=F", women, Map.of("EMI\t2025", 14L), 5)
                        .orElseThrow()
                        .arguments());
        assertEquals(
                Optional.empty(),
                DifferencingCheck.smallComplement("SEX=F", women, Map.of("IMM\t2025", 81L, "EMI\t2025", 30L), 5));
        // a cell withheld in the total shows no difference
        assertEquals(Optional.empty(), DifferencingCheck.smallComplement("SEX=F", women, Map.of("IMM\t2025", 80L), 5));
    }

    private static ReleaseDefinition flows(
            List<Dimension> breakdowns, Map<Dimension, String> filters, Period... periods) {
        return ReleaseDefinition.of(new TableDefinition(breakdowns, filters, List.of(periods)));
    }

    private static ReleaseCoverage released(ReleaseDefinition definition, Set<String> areas, String hash) {
        return new ReleaseCoverage(definition, areas, hash, EARLIER);
    }

    private static ReleaseCoverage proposed(ReleaseDefinition definition, Set<String> areas) {
        return new ReleaseCoverage(definition, areas, "new", null);
    }
}
