package org.welcomedesk.rollup.infrastructure;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.rollup.application.HubAnswer;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the sender makes of the hub's answers (docs/national.md, Transport). */
class HttpHubTest {

    private final HttpHub hub = new HttpHub();

    @Test
    void storedAndAlreadyStoredAreBothAcknowledgedWithTheReceipt() {
        String receipt = "{\"releaseId\":\"r\",\"city\":\"DEMO\",\"period\":\"2025\",\"revision\":0,"
                + "\"status\":\"RECEIVED\",\"receivedAt\":\"2026-12-07T10:00:00Z\"}";
        for (int status : List.of(201, 200)) {
            var answer = assertInstanceOf(HubAnswer.Acknowledged.class, hub.answer(status, receipt));
            assertEquals("RECEIVED", answer.status());
            assertEquals(Instant.parse("2026-12-07T10:00:00Z"), answer.receivedAt());
        }
    }

    @Test
    void unavailableUnauthorisedAndTooManyAreTriedAgain() {
        for (int status : List.of(500, 502, 503, 401, 429)) {
            var answer = assertInstanceOf(HubAnswer.TryAgain.class, hub.answer(status, "<html>busy</html>"));
            assertEquals("HTTP " + status, answer.reason());
        }
    }

    @Test
    void aRefusalCarriesTheProblemsFindings() {
        String problem = "{\"type\":\"https://welcomedesk.org/problems/invalid-release\",\"title\":\"Refused\","
                + "\"status\":422,\"findings\":[{\"code\":\"UNKNOWN_CODE\",\"dataflow\":\"MIGR_IMM1CTZ\","
                + "\"location\":\"CITIZEN=XX\",\"message\":\"XX is not in CL_AREA\"}]}";

        var answer = assertInstanceOf(HubAnswer.Refused.class, hub.answer(422, problem));

        assertEquals(422, answer.status());
        assertEquals(
                List.of(new Finding(
                        "UNKNOWN_CODE",
                        "MIGR_IMM1CTZ",
                        "CITIZEN=XX",
                        "rollup.finding.UNKNOWN_CODE",
                        List.of("CITIZEN=XX", "XX is not in CL_AREA"))),
                answer.findings());
    }

    @Test
    void aFindingWithItsOwnMessageKeyKeepsIt() {
        String problem = "{\"status\":422,\"findings\":[{\"code\":\"TOTAL_INCONSISTENT\",\"dataflow\":\"MIGR_EMI1CTZ\","
                + "\"location\":\"SEX=T\",\"messageKey\":\"national.finding.total\",\"arguments\":[\"SEX=T\",\"12\"]}]}";

        var answer = assertInstanceOf(HubAnswer.Refused.class, hub.answer(422, problem));

        assertEquals("national.finding.total", answer.findings().get(0).messageKey());
        assertEquals(List.of("SEX=T", "12"), answer.findings().get(0).arguments());
    }

    @Test
    void aRefusalWithoutFindingsSaysTheStatusAndTheDetail() {
        String problem = "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"REF_AREA PORTO is not your city\"}";

        var answer = assertInstanceOf(HubAnswer.Refused.class, hub.answer(403, problem));

        assertEquals(
                List.of(new Finding(
                        "REFUSED",
                        null,
                        null,
                        "rollup.finding.REFUSED",
                        List.of("403", "REF_AREA PORTO is not your city"))),
                answer.findings());
    }

    @Test
    void sendsOnlyOverHttpsOrToThisMachine() {
        assertTrue(HttpHub.secure("https://hub.example.gov/"));
        assertTrue(HttpHub.secure("http://127.0.0.1:9081"));
        assertTrue(HttpHub.secure("http://localhost:9081/"));
        assertFalse(HttpHub.secure("http://hub.example.gov/"), "a token in clear over a network");
        assertFalse(HttpHub.secure("ftp://hub.example.gov/"));
        assertFalse(HttpHub.secure("not a url"));
    }
}
