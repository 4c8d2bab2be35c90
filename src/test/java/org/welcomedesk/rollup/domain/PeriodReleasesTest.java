package org.welcomedesk.rollup.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.platform.error.RuleViolation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.welcomedesk.rollup.domain.Releases.T0;
import static org.welcomedesk.rollup.domain.Releases.cell;
import static org.welcomedesk.rollup.domain.Releases.prepared;
import static org.welcomedesk.rollup.domain.Releases.sent;

class PeriodReleasesTest {

    private final List<Observation> provisional =
            List.of(cell("F", 120L, "P"), cell("M", 131L, "P"), cell("T", 251L, "P"));
    private final List<Observation> confirmed =
            List.of(cell("F", 120L, "A"), cell("M", 131L, "A"), cell("T", 251L, "A"));
    private final List<Observation> corrected =
            List.of(cell("F", 123L, "P"), cell("M", 131L, "P"), cell("T", 254L, "P"));

    @Test
    void theFirstReleaseTheHubReceivesAppendsAsRevisionZero() {
        PeriodReleases none = new PeriodReleases("2025", List.of());
        PeriodReleases onlyRefused = new PeriodReleases("2025", List.of(refused(prepared("planner", 0, provisional))));

        for (PeriodReleases history : List.of(none, onlyRefused)) {
            assertEquals(0, history.nextRevision());
            assertEquals(SdmxAction.A, history.nextAction());
        }
    }

    @Test
    void afterASentReleaseTheNextReplacesWithTheNextRevision() {
        PeriodReleases history =
                new PeriodReleases("2025", List.of(sent("planner", 0, provisional), sent("planner", 1, confirmed)));

        assertEquals(2, history.nextRevision());
        assertEquals(SdmxAction.R, history.nextAction());
    }

    @Test
    void provisionalCountsConfirmedMakeARevisionDue() {
        PeriodReleases history = new PeriodReleases("2025", List.of(sent("planner", 0, provisional)));

        assertTrue(history.revisionDue(ReleaseCells.of(confirmed)));
    }

    @Test
    void aCorrectedCountMakesARevisionDue() {
        PeriodReleases history = new PeriodReleases("2025", List.of(sent("planner", 0, provisional)));

        assertTrue(history.revisionDue(ReleaseCells.of(corrected)));
    }

    @Test
    void unchangedValuesMakeNoRevision() {
        PeriodReleases history = new PeriodReleases("2025", List.of(sent("planner", 0, provisional)));

        assertFalse(history.revisionDue(ReleaseCells.of(provisional)));
    }

    @Test
    void aPeriodNeverSentGetsNoRevision() {
        PeriodReleases history = new PeriodReleases("2025", List.of(prepared("planner", 0, provisional)));

        assertFalse(history.revisionDue(ReleaseCells.of(confirmed)));
    }

    @Test
    void aRevisionAlreadyWaitingWithTheseValuesIsNotPreparedAgain() {
        PeriodReleases history =
                new PeriodReleases("2025", List.of(sent("planner", 0, provisional), prepared("system", 1, confirmed)));

        assertFalse(history.revisionDue(ReleaseCells.of(confirmed)));
        assertTrue(history.revisionDue(ReleaseCells.of(corrected)), "values changed again since the waiting revision");
    }

    @Test
    void nothingIsPreparedWhileAReleaseOfThePeriodIsInTheOutbox() {
        Submission inOutbox = prepared("planner", 1, confirmed);
        inOutbox.approve("approver", T0);
        PeriodReleases history = new PeriodReleases("2025", List.of(sent("planner", 0, provisional), inOutbox));

        assertFalse(history.revisionDue(ReleaseCells.of(corrected)));
        RuleViolation refused = assertThrows(RuleViolation.class, history::checkCanPrepare);
        assertEquals("rollup.prepare.inOutbox", refused.messageKey());
    }

    @Test
    void aNewPreparationSupersedesThoseWaitingAndRefusedButNotWhatTheHubHolds() {
        Submission sent = sent("planner", 0, provisional);
        Submission waiting = prepared("planner", 1, confirmed);
        Submission refused = refused(prepared("planner", 1, confirmed));
        PeriodReleases history = new PeriodReleases("2025", List.of(sent, refused, waiting));

        assertEquals(List.of(refused, waiting), history.replacedByNewPreparation());
    }

    @Test
    void aSentRevisionSupersedesTheRevisionsTheHubHeldBefore() {
        Submission first = sent("planner", 0, provisional);
        Submission revision = sent("planner", 1, confirmed);

        assertEquals(List.of(first), new PeriodReleases("2025", List.of(first, revision)).replacedBySent(revision));
    }

    private static Submission refused(Submission submission) {
        submission.approve("approver", T0);
        submission.refused(List.of());
        return submission;
    }
}
