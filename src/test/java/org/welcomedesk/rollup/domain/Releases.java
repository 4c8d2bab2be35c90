package org.welcomedesk.rollup.domain;

import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** Small releases for the rollup's unit tests. */
public final class Releases {

    public static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    private Releases() {}

    /** A cell of the immigration table by sex; value null for withheld. */
    public static Observation cell(String sex, Long value, String status) {
        return new Observation(
                "MIGR_IMM1CTZ",
                Map.of("REF_AREA", "DEMO", "FLOW", "IMM", "SEX", sex),
                value == null ? OptionalLong.empty() : OptionalLong.of(value),
                status,
                value == null ? "A" : "F");
    }

    public static NationalRelease release(String period, SdmxAction action, int revision, List<Observation> cells) {
        return new NationalRelease(
                UUID.randomUUID().toString(), "DEMO", "1.0", period, action, revision, Protection.CELL_KEY, T0, cells);
    }

    public static Submission prepared(String by, int revision, List<Observation> cells) {
        return Submission.prepared(
                release("2025", revision == 0 ? SdmxAction.A : SdmxAction.R, revision, cells), by, List.of());
    }

    /** Prepared by {@code by}, approved by someone else and acknowledged by the hub. */
    public static Submission sent(String by, int revision, List<Observation> cells) {
        Submission submission = prepared(by, revision, cells);
        submission.approve("approver", T0);
        submission.acknowledged(T0.plusSeconds(5), "RECEIVED");
        return submission;
    }
}
