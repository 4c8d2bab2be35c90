package org.welcomedesk.rollup.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.platform.error.RuleViolation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.welcomedesk.rollup.domain.Releases.T0;
import static org.welcomedesk.rollup.domain.Releases.cell;
import static org.welcomedesk.rollup.domain.Releases.prepared;

class SubmissionTest {

    private final List<org.welcomedesk.national.domain.Observation> cells =
            List.of(cell("F", 120L, "P"), cell("M", 131L, "P"), cell("T", 251L, "P"));

    @Test
    void whoPreparedAReleaseCannotApproveIt() {
        Submission release = prepared("planner", 0, cells);

        OwnApproval refused = assertThrows(OwnApproval.class, () -> release.approve("planner", T0));

        assertEquals("rollup.approval.own", refused.messageKey());
        assertEquals(SubmissionState.PREPARED, release.getState(), "still waiting for a second person");
        assertNull(release.getApprovedBy());
    }

    @Test
    void aSecondPersonApprovesIt() {
        Submission release = prepared("planner", 0, cells);

        release.approve("approver", T0);

        assertEquals(SubmissionState.APPROVED, release.getState());
        assertEquals("approver", release.getApprovedBy());
        assertEquals(T0, release.getApprovedAt());
    }

    @Test
    void aReleaseIsApprovedOnlyOnce() {
        Submission release = prepared("planner", 0, cells);
        release.approve("approver", T0);

        RuleViolation again = assertThrows(RuleViolation.class, () -> release.approve("another approver", T0));

        assertEquals("rollup.approval.notPrepared", again.messageKey());
        assertEquals("approver", release.getApprovedBy());
    }

    @Test
    void onlyAnApprovedReleaseIsAcknowledgedOrRefused() {
        Submission release = prepared("planner", 0, cells);

        assertThrows(IllegalStateException.class, () -> release.acknowledged(T0, "RECEIVED"));
        assertThrows(IllegalStateException.class, () -> release.refused(List.of()));
        assertEquals(SubmissionState.PREPARED, release.getState());
    }

    @Test
    void theHubsAcknowledgementMakesItSent() {
        Submission release = prepared("planner", 0, cells);
        release.approve("approver", T0);

        release.acknowledged(T0.plusSeconds(3), "RECEIVED");

        assertEquals(SubmissionState.SENT, release.getState());
        assertTrue(release.reachedHub());
        assertEquals("RECEIVED", release.getHubStatus());
    }

    @Test
    void aRefusalKeepsTheHubsReasons() {
        Submission release = prepared("planner", 0, cells);
        release.approve("approver", T0);
        Finding unknown = new Finding(
                "UNKNOWN_CODE",
                "MIGR_IMM1CTZ",
                "CITIZEN=XX",
                "rollup.finding.UNKNOWN_CODE",
                List.of("CITIZEN=XX", "unknown code XX"));

        release.refused(List.of(unknown));

        assertEquals(SubmissionState.REFUSED, release.getState());
        assertEquals(List.of(unknown), release.refusalReasons());
        assertTrue(!release.reachedHub());
    }

    @Test
    void aReleaseInTheOutboxIsNotSuperseded() {
        Submission release = prepared("planner", 0, cells);
        release.approve("approver", T0);

        assertThrows(IllegalStateException.class, release::supersede);
        assertEquals(SubmissionState.APPROVED, release.getState());
    }

    @Test
    void theMessageCarriesTheCellsAsPrepared() {
        Submission release = prepared("planner", 0, cells);

        assertEquals(ReleaseCells.of(cells), ReleaseCells.of(release.message().observations()));
        assertEquals(release.getReleaseId(), release.message().releaseId());
    }
}
