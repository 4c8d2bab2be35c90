package org.welcomedesk.rollup.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.welcomedesk.rollup.domain.Releases.cell;

class ReleaseCellsTest {

    @Test
    void theTextReadsBackAsTheSameObservations() {
        var cells = ReleaseCells.of(List.of(cell("T", 251L, "P"), cell("F", null, "P"), cell("M", 131L, "A")));

        ReleaseCells again = ReleaseCells.parse(cells.text());

        assertEquals(cells, again);
        assertEquals(ReleaseCells.of(again.observations()), cells);
        assertEquals(3, again.size());
    }

    @Test
    void changesSayByHowMuchAndWithheldCellsHaveNoDifference() {
        var before = ReleaseCells.of(List.of(cell("F", 120L, "P"), cell("M", 7L, "P"), cell("T", 251L, "P")));
        var now = ReleaseCells.of(List.of(cell("F", 123L, "A"), cell("M", null, "A"), cell("T", 251L, "P")));

        List<CellChange> changes = now.changesSince(before);

        assertEquals(2, changes.size());
        CellChange women = changes.get(0);
        assertEquals("FLOW=IMM,REF_AREA=DEMO,SEX=F", women.cell());
        assertEquals(3L, women.difference());
        assertEquals("P", women.statusBefore());
        assertEquals("A", women.statusAfter());
        CellChange men = changes.get(1);
        assertEquals(7L, men.before());
        assertEquals(null, men.after());
        assertEquals(null, men.difference(), "a withheld count has no difference to show");
    }
}
