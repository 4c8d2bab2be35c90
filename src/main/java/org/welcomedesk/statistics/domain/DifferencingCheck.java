package org.welcomedesk.statistics.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a proposed release against itself and every earlier release for the differences that
 * could reveal a small count by subtraction. The cell key method gives one cell one value
 * everywhere, but two different cells whose records differ by a few people can still be
 * subtracted; these are the ways a ledger of fixed tables can let that happen:
 * <ol>
 *   <li>areas across a boundary change: a table by district whose days lie on both sides of a
 *       change, or that shows districts of both sides, or that shows one side while an earlier
 *       release showed the other for days they share;</li>
 *   <li>nested periods of the same cells: a quarter and its year (month against year-to-date),
 *       in one table or against an earlier release;</li>
 *   <li>nested filters: the same table with one more filter than an earlier release for days
 *       they share (the filtered-out part is the difference);</li>
 *   <li>revisions: the same definition released before with a different output.</li>
 * </ol>
 * Earlier releases count whatever their audience: what one audience receives may reach another.
 * A filter whose complement is small is checked on the counts themselves
 * ({@link #smallComplement}).
 */
public final class DifferencingCheck {

    private final List<BoundaryChange> changes;

    /** A check for a city with these boundary changes. */
    public DifferencingCheck(List<BoundaryChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The first reason to refuse the proposed release, if any. */
    public Optional<Differencing> check(ReleaseCoverage proposed, List<ReleaseCoverage> earlier) {
        List<Differencing> found = new ArrayList<>();
        boundaries(proposed, earlier, found);
        nestedPeriods(proposed, earlier, found);
        nestedFilters(proposed, earlier, found);
        revisions(proposed, earlier, found);
        return found.stream().findFirst();
    }

    private void boundaries(ReleaseCoverage proposed, List<ReleaseCoverage> earlier, List<Differencing> found) {
        ReleaseDefinition definition = proposed.definition();
        if (!definition.byDistrict()) {
            return;
        }
        for (BoundaryChange change : changes) {
            if (!change.touches(proposed.areas())) {
                continue;
            }
            if (change.bothSidesIn(proposed.areas()) || definition.extent().straddles(change.date())) {
                found.add(new Differencing(
                        Differencing.Kind.BOUNDARY_CHANGE,
                        "statistics.release.boundary",
                        List.of(
                                change.endedText(),
                                change.begunText(),
                                change.date().toString())));
                return;
            }
            for (ReleaseCoverage before : earlier) {
                if (before.definition().byDistrict()
                        && before.definition().measure() == definition.measure()
                        && before.definition().extent().overlaps(definition.extent())
                        && change.across(proposed.areas(), before.areas())) {
                    found.add(new Differencing(
                            Differencing.Kind.BOUNDARY_CHANGE,
                            "statistics.release.boundaryEarlier",
                            List.of(
                                    change.endedText(),
                                    change.begunText(),
                                    change.date().toString(),
                                    day(before.releasedAt()),
                                    before.definition().text())));
                    return;
                }
            }
        }
    }

    private static void nestedPeriods(
            ReleaseCoverage proposed, List<ReleaseCoverage> earlier, List<Differencing> found) {
        List<ReleaseDefinition.Span> spans = proposed.definition().spans();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                if (spans.get(i).overlaps(spans.get(j))) {
                    found.add(new Differencing(
                            Differencing.Kind.NESTED_PERIODS,
                            "statistics.release.periodsNested",
                            List.of(spans.get(i).code(), spans.get(j).code())));
                    return;
                }
            }
        }
        for (ReleaseCoverage before : earlier) {
            if (!before.definition().sameCellsAs(proposed.definition())) {
                continue;
            }
            for (ReleaseDefinition.Span span : spans) {
                for (ReleaseDefinition.Span earlierSpan : before.definition().spans()) {
                    if (span.overlaps(earlierSpan) && !span.equals(earlierSpan)) {
                        found.add(new Differencing(
                                Differencing.Kind.NESTED_PERIODS,
                                "statistics.release.periodsNestedEarlier",
                                List.of(span.code(), earlierSpan.code(), day(before.releasedAt()))));
                        return;
                    }
                }
            }
        }
    }

    private static void nestedFilters(
            ReleaseCoverage proposed, List<ReleaseCoverage> earlier, List<Differencing> found) {
        ReleaseDefinition definition = proposed.definition();
        for (ReleaseCoverage before : earlier) {
            ReleaseDefinition other = before.definition();
            if (other.measure() != definition.measure()
                    || other.countries() != definition.countries()
                    || !java.util.Set.copyOf(other.breakdowns()).equals(java.util.Set.copyOf(definition.breakdowns()))
                    || other.filters().equals(definition.filters())
                    || !other.extent().overlaps(definition.extent())) {
                continue;
            }
            Map<Dimension, String> wider =
                    definition.filters().size() < other.filters().size() ? definition.filters() : other.filters();
            Map<Dimension, String> narrower = wider == definition.filters() ? other.filters() : definition.filters();
            if (narrower.entrySet().containsAll(wider.entrySet())) {
                String extra = narrower.entrySet().stream()
                        .filter(e -> !wider.containsKey(e.getKey()))
                        .map(e -> e.getKey().name() + "=" + e.getValue())
                        .sorted()
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
                found.add(new Differencing(
                        Differencing.Kind.NESTED_FILTERS,
                        "statistics.release.filtersNested",
                        List.of(extra, day(before.releasedAt()))));
                return;
            }
        }
    }

    private static void revisions(ReleaseCoverage proposed, List<ReleaseCoverage> earlier, List<Differencing> found) {
        String text = proposed.definition().text();
        for (ReleaseCoverage before : earlier) {
            if (before.definition().text().equals(text) && !before.outputHash().equals(proposed.outputHash())) {
                found.add(new Differencing(
                        Differencing.Kind.REVISION, "statistics.release.revision", List.of(day(before.releasedAt()))));
                return;
            }
        }
    }

    /**
     * A filter whose complement is small: the table filtered to one code beside the same table
     * with that dimension at TOTAL. Where the published total exceeds the published filtered
     * count by fewer than the threshold, releasing the filtered table says that a few people lie
     * outside the filter. Both maps hold published counts by cell (row and column); withheld
     * cells are absent.
     *
     * @param filter     the filter, for the reason (SEX=F)
     * @param filtered   the filtered table's published counts
     * @param unfiltered the same table's published counts without the filter
     * @param threshold  the threshold k of the cells
     */
    public static Optional<Differencing> smallComplement(
            String filter, Map<String, Long> filtered, Map<String, Long> unfiltered, int threshold) {
        for (Map.Entry<String, Long> cell : filtered.entrySet()) {
            Long total = unfiltered.get(cell.getKey());
            if (total != null && total - cell.getValue() > 0 && total - cell.getValue() < threshold) {
                return Optional.of(new Differencing(
                        Differencing.Kind.SMALL_COMPLEMENT,
                        "statistics.release.smallComplement",
                        List.of(filter, String.valueOf(threshold))));
            }
        }
        return Optional.empty();
    }

    private static String day(Instant at) {
        return at == null ? "" : at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
