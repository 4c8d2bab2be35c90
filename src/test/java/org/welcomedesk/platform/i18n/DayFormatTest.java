package org.welcomedesk.platform.i18n;

import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DayFormatTest {

    private static final Locale FRENCH = Locale.FRENCH;

    @Test
    void aDayReadsAsTheUsersLanguageWritesItNotAsABrowserWould() {
        // 12/07/2026 is 12 July to every clerk, whatever their browser
        assertEquals(LocalDate.of(2026, 7, 12), DayFormat.parse("12/07/2026", FRENCH, "date"));
        assertEquals(LocalDate.of(2026, 7, 12), DayFormat.parse("12/07/2026", Locale.ENGLISH, "date"));
        assertEquals(LocalDate.of(2025, 3, 1), DayFormat.parse("1/3/2025", FRENCH, "date"));
        assertEquals("01/03/2025", DayFormat.format(LocalDate.of(2025, 3, 1), Locale.forLanguageTag("ar")));
    }

    @Test
    void isoStillReadsBecauseItCannotBeMisread() {
        assertEquals(LocalDate.of(2025, 3, 31), DayFormat.parse("2025-03-31", FRENCH, "date"));
        assertNull(DayFormat.parse("  ", FRENCH, "date"));
    }

    @Test
    void anImpossibleDayIsRefusedNamingTheFieldAndTheForm() {
        for (String impossible :
                new String[] {"31/02/2025", "45/01/2025", "01/13/2025", "2025-02-30", "01/01/25", "tomorrow"}) {
            RuleViolation refused =
                    assertThrows(RuleViolation.class, () -> DayFormat.parse(impossible, FRENCH, "arrivalDate"));
            assertEquals("arrivalDate", refused.field(), impossible);
            assertEquals(
                    "Saisissez une date au format jj/mm/aaaa.",
                    Messages.text(FRENCH, refused.messageKey(), refused.arguments()),
                    impossible);
        }
    }
}
