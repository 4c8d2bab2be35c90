package org.welcomedesk.rollup.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        List<Long> seconds = IntStream.rangeClosed(1, 11)
                .mapToObj(Backoff.STANDARD::delayAfter)
                .map(Duration::toSeconds)
                .toList();

        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 600L, 600L), seconds);
    }

    @Test
    void manyFailuresNeverOverflow() {
        assertEquals(Duration.ofMinutes(10), Backoff.STANDARD.delayAfter(10_000));
    }

    @Test
    void beforeAnyFailureThereIsNoWait() {
        assertEquals(Duration.ZERO, Backoff.STANDARD.delayAfter(0));
    }

    @Test
    void aLongestShorterThanTheFirstIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }
}
