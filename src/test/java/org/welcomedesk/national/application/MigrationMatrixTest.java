package org.welcomedesk.national.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.welcomedesk.national.application.PoolingTest.cell;

class MigrationMatrixTest {

    private static Observation out(String city, String to, Long value) {
        return cell("MIGR_INTOUT", city, Map.of("PARTNER", to, "FLOW", "OUT_INT"), value, "A");
    }

    private static Observation in(String city, String from, Long value) {
        return cell("MIGR_INTIN", city, Map.of("PARTNER", from, "FLOW", "IN_INT"), value, "A");
    }

    private static NationalRelease city(String code, Observation... cells) {
        NationalRelease base = PoolingTest.release(code, 100L, 50L, "A");
        List<Observation> all = new ArrayList<>(base.observations());
        all.addAll(List.of(cells));
        return new NationalRelease(
                base.releaseId(), code, "1.0", "2025", base.action(), 0, base.protection(), base.prepared(), all);
    }

    @Test
    void theTwoSidesOfEachFlowAreComparedWithinWhatProtectionExplains() {
        var matrix = MigrationMatrix.of(
                "2025",
                List.of(
                        city(
                                "LISBOA",
                                out("LISBOA", "PORTO", 120L),
                                in("LISBOA", "PORTO", 80L),
                                out("LISBOA", "SINTRA", null)),
                        city("PORTO", in("PORTO", "LISBOA", 114L), out("PORTO", "LISBOA", 50L)),
                        city("SINTRA", in("SINTRA", "LISBOA", 4L))),
                0.05);

        MigrationMatrix.Flow lisbonToPorto = matrix.flow("LISBOA", "PORTO").orElseThrow();
        assertEquals(OptionalLong.of(6), lisbonToPorto.difference());
        assertEquals(12, lisbonToPorto.tolerated(), "3 + 3 of protection and 5 % of 120");
        assertEquals(MigrationMatrix.Check.CONSISTENT, lisbonToPorto.check());

        MigrationMatrix.Flow portoToLisbon = matrix.flow("PORTO", "LISBOA").orElseThrow();
        assertEquals(OptionalLong.of(-30), portoToLisbon.difference());
        assertEquals(MigrationMatrix.Check.DIFFERENT, portoToLisbon.check());

        assertEquals(
                MigrationMatrix.Check.WITHHELD,
                matrix.flow("LISBOA", "SINTRA").orElseThrow().check());
        assertEquals(2, matrix.compared());
        assertEquals(1, matrix.consistent());
        assertEquals(List.of("LISBOA", "PORTO", "SINTRA"), matrix.cities());
    }
}
