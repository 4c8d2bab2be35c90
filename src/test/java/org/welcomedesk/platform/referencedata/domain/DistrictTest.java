package org.welcomedesk.platform.referencedata.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistrictTest {

    private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

    @Test
    void aDistrictThatEndedIsNotValidFromItsEndDate() {
        District eastfield = new District("DEMO", "D11", "Eastfield", JAN_2020, JAN_2025);

        assertTrue(eastfield.isValidOn(JAN_2025.minusDays(1)));
        assertFalse(eastfield.isValidOn(JAN_2025));
        assertFalse(eastfield.isValidOn(JAN_2020.minusDays(1)));
    }

    @Test
    void anOpenEndedDistrictIsValidForever() {
        assertTrue(new District("DEMO", "D01", "Old Town", JAN_2020, null).isValidOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void periodsThatTouchDoNotOverlapButSharedDaysDo() {
        District before = new District("DEMO", "D11", "Eastfield", JAN_2020, JAN_2025);
        District after = new District("DEMO", "D11", "Eastfield", JAN_2025, null);
        District straddling = new District("DEMO", "D11", "Eastfield", JAN_2025.minusDays(1), null);

        assertFalse(before.overlaps(after));
        assertFalse(after.overlaps(before));
        assertTrue(before.overlaps(straddling));
        assertTrue(straddling.overlaps(before));
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheEndDate() {
        RuleViolation violation =
                assertThrows(RuleViolation.class, () -> new District("DEMO", "D12", "North", JAN_2025, JAN_2020));

        assertEquals("validTo", violation.field());
        assertEquals("district.validTo.beforeFrom", violation.messageKey());
    }
}
