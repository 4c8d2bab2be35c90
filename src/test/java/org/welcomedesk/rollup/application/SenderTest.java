package org.welcomedesk.rollup.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.rollup.domain.OutboxMessage;
import org.welcomedesk.rollup.domain.Releases;
import org.welcomedesk.rollup.domain.Submission;
import org.welcomedesk.rollup.domain.SubmissionRepository;
import org.welcomedesk.rollup.domain.SubmissionState;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.welcomedesk.rollup.domain.Releases.T0;
import static org.welcomedesk.rollup.domain.Releases.cell;

/** The sender against a hub that answers as told, on a clock the test moves. */
class SenderTest {

    private final Repository repository = new Repository();
    private final ScriptedHub hub = new ScriptedHub();
    private Instant now = T0;
    private final Sender sender = new Sender();

    SenderTest() {
        Outbox outbox = new Outbox();
        outbox.submissions = repository;
        outbox.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        sender.outbox = outbox;
        sender.hub = hub;
    }

    @Test
    void unavailableTwiceThenStoredIsDeliveredOnceAfterBackingOff() {
        Submission release = approved();
        hub.answers.add(new HubAnswer.TryAgain("HTTP 503"));
        hub.answers.add(new HubAnswer.TryAgain("HTTP 503"));
        hub.answers.add(new HubAnswer.Acknowledged("RECEIVED", T0.plusSeconds(7)));

        assertEquals(1, sender.deliverDue());
        OutboxMessage message = repository.outboxOf(release.getReleaseId()).orElseThrow();
        assertEquals(1, message.getAttempts());
        assertEquals(T0.plusSeconds(2), message.getNextAttemptAt());
        assertEquals(0, sender.deliverDue(), "not due before the backoff's wait");

        now = T0.plusSeconds(2);
        sender.deliverDue();
        assertEquals(T0.plusSeconds(2 + 4), message.getNextAttemptAt(), "the wait doubled");
        assertEquals("HTTP 503", message.getLastFailure());

        now = T0.plusSeconds(6);
        sender.deliverDue();
        assertEquals(SubmissionState.SENT, release.getState());
        assertEquals(T0.plusSeconds(7), release.getReceivedAt());
        assertEquals(3, message.getAttempts());

        now = T0.plusSeconds(3600);
        assertEquals(0, sender.deliverDue(), "delivered: nothing more to send");
        assertEquals(3, hub.deliveries, "three attempts, one of them stored");
    }

    @Test
    void aRefusalEndsTheDeliveryWithTheHubsReasons() {
        Submission release = approved();
        Finding total = new Finding(
                "TOTAL_INCONSISTENT",
                "MIGR_IMM1CTZ",
                "SEX=T",
                "rollup.finding.TOTAL_INCONSISTENT",
                List.of("SEX=T", "total 251 is not F + M"));
        hub.answers.add(new HubAnswer.Refused(422, List.of(total)));

        sender.deliverDue();

        assertEquals(SubmissionState.REFUSED, release.getState());
        assertEquals(List.of(total), release.refusalReasons());
        now = T0.plusSeconds(3600);
        assertEquals(0, sender.deliverDue(), "a refusal is not sent again");
    }

    @Test
    void withoutAHubApprovedReleasesWait() {
        Submission release = approved();
        hub.configured = false;

        assertEquals(0, sender.deliverDue());

        assertEquals(SubmissionState.APPROVED, release.getState());
        assertEquals(0, hub.deliveries);
        assertNull(repository.outboxOf(release.getReleaseId()).orElseThrow().getDeliveredAt());
    }

    @Test
    void aSentRevisionSupersedesTheReleaseTheHubHeld() {
        Submission first = Releases.sent("planner", 0, List.of(cell("T", 251L, "P")));
        repository.add(first);
        Submission revision = approved();
        hub.answers.add(new HubAnswer.Acknowledged("REVISED", null));

        sender.deliverDue();

        assertEquals(SubmissionState.SENT, revision.getState());
        assertEquals(T0, revision.getReceivedAt(), "no time in the receipt: the city's clock");
        assertEquals(SubmissionState.SUPERSEDED, first.getState());
    }

    @Test
    void anAnswerThatCannotBeRecordedDoesNotHoldUpTheOthers() {
        Submission broken = Releases.prepared("planner", 0, List.of(cell("T", 254L, "A")));
        repository.add(broken); // in the outbox without having been approved: recording its receipt fails
        repository.add(new OutboxMessage(broken.getReleaseId(), "text/csv", "the message", T0.minusSeconds(1)));
        Submission release = approved();
        hub.answers.add(new HubAnswer.Acknowledged("RECEIVED", T0));
        hub.answers.add(new HubAnswer.Acknowledged("RECEIVED", T0));

        assertEquals(2, sender.deliverDue());

        assertEquals(SubmissionState.SENT, release.getState());
        assertEquals(SubmissionState.PREPARED, broken.getState());
    }

    private Submission approved() {
        int revision = repository.submissions.isEmpty() ? 0 : 1;
        Submission release = Releases.prepared("planner", revision, List.of(cell("T", 254L, "A")));
        release.approve("approver", T0);
        repository.add(release);
        repository.add(new OutboxMessage(release.getReleaseId(), "text/csv", "the message", T0));
        return release;
    }

    /** Answers in the order given; counts the deliveries. */
    private static final class ScriptedHub implements Hub {
        final Deque<HubAnswer> answers = new ArrayDeque<>();
        boolean configured = true;
        int deliveries;

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public HubAnswer deliver(String releaseId, String contentType, String payload) {
            deliveries++;
            return answers.removeFirst();
        }
    }

    private static final class Repository implements SubmissionRepository {
        final List<Submission> submissions = new ArrayList<>();
        final List<OutboxMessage> outbox = new ArrayList<>();

        @Override
        public void add(Submission submission) {
            submissions.add(submission);
        }

        @Override
        public Optional<Submission> find(String releaseId) {
            return submissions.stream()
                    .filter(s -> s.getReleaseId().equals(releaseId))
                    .findFirst();
        }

        @Override
        public List<Submission> all() {
            return List.copyOf(submissions);
        }

        @Override
        public List<Submission> ofPeriod(String period) {
            return submissions.stream()
                    .filter(s -> s.getPeriod().equals(period))
                    .toList();
        }

        @Override
        public List<String> sentPeriods() {
            return submissions.stream()
                    .filter(Submission::reachedHub)
                    .map(Submission::getPeriod)
                    .distinct()
                    .toList();
        }

        @Override
        public void add(OutboxMessage message) {
            outbox.add(message);
        }

        @Override
        public Optional<OutboxMessage> outboxOf(String releaseId) {
            return outbox.stream()
                    .filter(m -> m.getReleaseId().equals(releaseId))
                    .findFirst();
        }

        @Override
        public List<OutboxMessage> due(Instant at) {
            return outbox.stream()
                    .filter(m -> !m.isDone() && !m.getNextAttemptAt().isAfter(at))
                    .sorted(Comparator.comparing(OutboxMessage::getNextAttemptAt))
                    .toList();
        }
    }
}
