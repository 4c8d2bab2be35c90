package org.welcomedesk.statistics.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureControlTest {

    private static final byte[] SECRET = "a test secret, not the city's".getBytes(StandardCharsets.UTF_8);
    private static final ProtectionParameters PARAMETERS = new ProtectionParameters("test-1", 3, 2.0, SECRET, 5, 10);

    private final Random random = new Random(20261207);

    /** A cell of that many records with a uniformly random key (one random record is enough for that). */
    private CellKey cellOf(int records) {
        CellKey cell = CellKey.empty().plus(RecordKey.ofFraction(random.nextDouble()));
        for (int i = 1; i < records; i++) {
            cell = cell.plus(new RecordKey(0));
        }
        return cell;
    }

    @Test
    void noCountIsPublishedAsOneOrTwoNorMovedMoreThanThree() {
        PerturbationTable table = new PerturbationTable(PARAMETERS);
        for (int count = 1; count <= 40; count++) {
            for (int trial = 0; trial < 2_000; trial++) {
                long published = table.perturbed(cellOf(count));
                assertTrue(published != 1 && published != 2, count + " published as " + published);
                assertTrue(published >= 0 && Math.abs(published - count) <= 3, count + " published as " + published);
            }
        }
    }

    @Test
    void publishedCountsAreUnbiasedAndDoMove() {
        PerturbationTable table = new PerturbationTable(PARAMETERS);
        for (int count : new int[] {1, 2, 3, 4, 5, 6, 7, 12, 90}) {
            int trials = 30_000;
            long total = 0;
            int moved = 0;
            for (int trial = 0; trial < trials; trial++) {
                long published = table.perturbed(cellOf(count));
                total += published;
                moved += published == count ? 0 : 1;
            }
            double meanDeviation = (double) total / trials - count;
            assertTrue(Math.abs(meanDeviation) < 0.06, "count " + count + ": mean deviation " + meanDeviation);
            assertTrue(moved > trials / 4, "count " + count + " moved in only " + moved + " of " + trials);
        }
    }

    @Test
    void aOneIsSometimesHiddenAsZeroAndSometimesRaised() {
        PerturbationTable table = new PerturbationTable(PARAMETERS);
        Set<Long> seen = new HashSet<>();
        for (int trial = 0; trial < 2_000; trial++) {
            seen.add(table.perturbed(cellOf(1)));
        }
        assertTrue(seen.contains(0L) && seen.stream().anyMatch(v -> v >= 3), seen.toString());
    }

    @Test
    void theSameRecordsGiveTheSameCellInAnyOrderAndTheSameValueInEveryTable() {
        List<RecordKey> records = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            records.add(RecordKey.ofFraction(random.nextDouble()));
        }
        CellKey forward = CellKey.empty();
        for (RecordKey record : records) {
            forward = forward.plus(record);
        }
        Collections.shuffle(records, random);
        CellKey firstHalf = CellKey.empty();
        CellKey secondHalf = CellKey.empty();
        for (int i = 0; i < records.size(); i++) {
            if (i % 2 == 0) {
                firstHalf = firstHalf.plus(records.get(i));
            } else {
                secondHalf = secondHalf.plus(records.get(i));
            }
        }
        CellKey assembled = secondHalf.plus(firstHalf);
        assertEquals(forward, assembled);
        assertEquals(37, assembled.count());
        DisclosureControl one = new DisclosureControl(PARAMETERS);
        DisclosureControl another = new DisclosureControl(new ProtectionParameters("test-1", 3, 2.0, SECRET, 5, 10));
        assertEquals(one.protect(forward), another.protect(assembled));
    }

    @Test
    void anotherSecretMovesCellsOtherwise() {
        PerturbationTable table = new PerturbationTable(PARAMETERS);
        PerturbationTable other = new PerturbationTable(new ProtectionParameters(
                "test-2", 3, 2.0, "another secret of the city's".getBytes(StandardCharsets.UTF_8), 5, 10));
        int differ = 0;
        for (int trial = 0; trial < 1_000; trial++) {
            CellKey cell = cellOf(20);
            differ += table.perturbed(cell) == other.perturbed(cell) ? 0 : 1;
        }
        assertTrue(differ > 300, "only " + differ + " of 1,000 cells differ");
    }

    @Test
    void smallAndEmptyCellsAreWithheldAlikeBelowTheirThreshold() {
        DisclosureControl control = new DisclosureControl(PARAMETERS);
        ProtectedCount empty = control.protect(CellKey.empty());
        assertTrue(empty.withheld());
        assertEquals("A", empty.confidentialityStatus());
        assertEquals(5, empty.threshold());
        for (int trial = 0; trial < 2_000; trial++) {
            CellKey cell = cellOf(1 + random.nextInt(12));
            ProtectedCount ordinary = control.protect(cell);
            ProtectedCount sensitive = control.protect(cell, Sensitivity.SENSITIVE, ObservationStatus.P);
            assertTrue(ordinary.withheld() || ordinary.value().getAsLong() >= 5, ordinary.toString());
            assertTrue(sensitive.withheld() || sensitive.value().getAsLong() >= 10, sensitive.toString());
            // a provisional cell says so when published; withheld, it shows no status (that alone would say someone is
            // there)
            assertEquals(sensitive.withheld() ? ObservationStatus.A : ObservationStatus.P, sensitive.status());
            if (!ordinary.withheld()) {
                assertEquals("F", ordinary.confidentialityStatus());
            }
        }
        CellKey large = cellOf(500);
        assertFalse(control.protect(large).withheld());
    }

    @Test
    void theSecretNeverShowsAndIsChecked() {
        assertFalse(PARAMETERS.toString().contains("secret"));
        assertEquals("CellKey[protected]", cellOf(3).toString());
        assertThrows(IllegalArgumentException.class, () -> new ProtectionParameters("v", 3, 2.0, new byte[4], 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new ProtectionParameters("v", 3, 2.0, SECRET, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> new ProtectionParameters("v", 3, Double.NaN, SECRET, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> RecordKey.ofFraction(1.0));
    }

    @Test
    void derivedKeysArePersistentAndSpreadOut() {
        assertEquals(new DisclosureControl(PARAMETERS).derivedKey("person-1"), RecordKey.derived(SECRET, "person-1"));
        assertNotEquals(RecordKey.derived(SECRET, "person-1"), RecordKey.derived(SECRET, "person-2"));
        DisclosureControl control = new DisclosureControl(PARAMETERS);
        int low = 0;
        for (int i = 0; i < 4_000; i++) {
            low += control.derivedKey("p" + i).value() < (1L << 31) ? 1 : 0;
        }
        assertTrue(low > 1_800 && low < 2_200, low + " of 4,000 in the lower half");
    }

    @Test
    void agesAreGroupedInFivesWithAnOpenTop() {
        assertEquals("Y_LT5", AgeGroup.of(0).code());
        assertEquals("Y15-19", AgeGroup.of(19).code());
        assertEquals("Y80-84", AgeGroup.of(84).code());
        assertEquals("Y_GE85", AgeGroup.of(85).code());
        assertEquals("Y_GE85", AgeGroup.of(103).code());
        assertEquals(18, AgeGroup.all().size());
        assertThrows(IllegalArgumentException.class, () -> AgeGroup.of(-1));
    }
}
