package org.welcomedesk.national.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionsTest {

    private static final Deadline DEADLINE = new Deadline(90);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static Receipt stored(String city, String period, int revision, String at) {
        return new Receipt(
                city + period + revision,
                city,
                period,
                revision,
                revision == 0 ? "RECEIVED" : "REVISED",
                Instant.parse(at));
    }

    private static Submissions.Submission of(List<Submissions.Submission> all, String city, String period) {
        return all.stream()
                .filter(s -> s.city().equals(city) && s.period().equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError(city + " " + period + " in " + all));
    }

    @Test
    void eachCityHasItsStatusForEveryDuePeriod() {
        List<Submissions.Submission> all = Submissions.of(
                List.of(
                        stored("LISBOA", "2025", 1, "2026-03-01T10:00:00Z"),
                        stored("PORTO", "2025", 0, "2026-02-01T10:00:00Z"),
                        stored("PORTO", "2024", 0, "2025-05-01T10:00:00Z")),
                List.of(new RefusedAttempt(
                        "SINTRA", "x", "2025", 422, List.of("UNKNOWN_CODE"), Instant.parse("2026-02-02T00:00:00Z"))),
                Set.of("FARO"),
                DEADLINE,
                TODAY);

        assertEquals(Submissions.Status.REVISED, of(all, "LISBOA", "2025").status());
        assertEquals(Submissions.Status.RECEIVED, of(all, "PORTO", "2025").status());
        assertFalse(of(all, "PORTO", "2025").late());
        assertTrue(of(all, "PORTO", "2024").late(), "stored on 1 May, after the deadline of 31 March");
        Submissions.Submission sintra = of(all, "SINTRA", "2025");
        assertEquals(Submissions.Status.REFUSED, sintra.status());
        assertEquals(List.of("UNKNOWN_CODE"), sintra.findings());
        assertEquals(Submissions.Status.LATE, of(all, "FARO", "2025").status(), "expected and never sent");
        assertEquals(Submissions.Status.LATE, of(all, "LISBOA", "2024").status(), "sent 2025 only");
    }

    @Test
    void aPeriodNotYetDueIsNotLate() {
        List<Submissions.Submission> all = Submissions.of(
                List.of(stored("PORTO", "2026-Q1", 0, "2026-04-10T00:00:00Z")),
                List.of(),
                Set.of("FARO"),
                DEADLINE,
                TODAY);

        assertTrue(
                all.stream()
                        .noneMatch(s -> s.city().equals("FARO") && s.period().equals("2026-Q1")),
                "the first quarter of 2026 is due on 29 June");
        assertEquals(LocalDate.of(2026, 6, 29), DEADLINE.of("2026-Q1"));
    }

    @Test
    void aRefusalAfterAStoredReleaseKeepsTheStoredStatusAndShowsTheReasons() {
        List<Submissions.Submission> all = Submissions.of(
                List.of(stored("PORTO", "2025", 0, "2026-02-01T10:00:00Z")),
                List.of(new RefusedAttempt(
                        "PORTO", "y", "2025", 409, List.of("OLDER_REVISION"), Instant.parse("2026-02-05T00:00:00Z"))),
                Set.of(),
                DEADLINE,
                TODAY);

        Submissions.Submission porto = of(all, "PORTO", "2025");
        assertEquals(Submissions.Status.RECEIVED, porto.status());
        assertEquals(List.of("OLDER_REVISION"), porto.findings());
    }
}
