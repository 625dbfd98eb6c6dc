package com.affiliatecontests.engine.credit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventRetryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final EventRetry retry = new EventRetry();

    private static QueuedEvent event(String id, String subject, int minutesAgo, Instant next) {
        return new QueuedEvent(id, subject, NOW.minus(Duration.ofMinutes(minutesAgo)), next);
    }

    @Test
    void theDelayDoublesFromOneMinuteUpToSixHours() {
        List<Duration> delays = List.of(1L, 2L, 3L, 9L, 10L, 50L, Long.MAX_VALUE).stream()
                .map(n -> Duration.between(NOW, retry.nextAttempt(n, NOW))).toList();
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(256), Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6)), delays);
        assertThrows(IllegalArgumentException.class, () -> retry.nextAttempt(0, NOW));
    }

    @Test
    void aWaitingEventHoldsBackOnlyTheLaterEventsOfItsOrder() {
        QueuedEvent waiting = event("1", "O1", 30, NOW.plusSeconds(60));
        QueuedEvent sameOrder = event("2", "O1", 20, null);
        QueuedEvent other = event("3", "O2", 10, null);
        QueuedEvent retryDue = event("4", "O3", 40, NOW);
        EventRetry.Run run = retry.run(List.of(other, sameOrder, waiting, retryDue), NOW);
        assertEquals(List.of(retryDue, other), run.due());
    }

    @Test
    void aFailureInTheRunHoldsBackTheLaterEventsOfItsOrderOnly() {
        QueuedEvent completion = event("1", "O1", 30, null);
        QueuedEvent reopening = event("2", "O1", 20, null);
        QueuedEvent other = event("3", "O2", 25, null);
        EventRetry.Run run = retry.run(List.of(reopening, other, completion), NOW);
        assertEquals(List.of(completion, other, reopening), run.due());
        run.failed(completion);
        assertTrue(run.mayProcess(other));
        assertFalse(run.mayProcess(reopening));
    }

    @Test
    void eventsQueuedAtTheSameInstantGoByTheirId() {
        QueuedEvent b = new QueuedEvent("B", "O2", NOW, null);
        QueuedEvent a = new QueuedEvent("A", "O1", NOW, null);
        assertEquals(List.of(a, b), retry.run(List.of(b, a), NOW).due());
    }
}
