package org.welcomedesk.platform.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Dates and times as requests write them: ISO, read strictly, refused naming the field. */
class DateTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-30",
                "2025-02-29",
                "2025-13-01",
                "2025-04-31",
                "2025-00-10",
                "31/03/2025",
                "2025-3-31",
                "+50000-01-01",
                "-0001-01-01",
                "2025-03-31T10:00",
                "tomorrow"
            })
    void anImpossibleOrMalformedDateIsRefusedNamingTheField(String text) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> DateText.date(text, "validFrom"));
        assertEquals("validFrom", refused.field());
        assertEquals("validation.isoDate", refused.messageKey());
    }

    @Test
    void aRealDateIsRead() {
        assertEquals(LocalDate.of(2028, 2, 29), DateText.date(" 2028-02-29 ", "validFrom"));
        assertEquals(LocalDate.of(9999, 12, 31), DateText.date("9999-12-31", "validFrom"));
        assertNull(DateText.date("  ", "validFrom"));
        assertNull(DateText.date(null, "validFrom"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "25:00", "09:60", "9h30", "09:30:61"})
    void anImpossibleTimeIsRefusedNamingTheField(String text) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> DateText.time(text, "opens_at"));
        assertEquals("opens_at", refused.field());
        assertEquals("validation.isoTime", refused.messageKey());
    }

    @Test
    void aTimeOfDayIsRead() {
        assertEquals(LocalTime.of(9, 30), DateText.time("09:30", "opens_at"));
        assertEquals(LocalTime.of(23, 59, 59), DateText.time("23:59:59", "opens_at"));
        assertNull(DateText.time("", "opens_at"));
    }
}
