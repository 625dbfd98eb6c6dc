package com.affiliatecontests.engine.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryScheduleTest {

    private static final Instant QUEUED = Instant.parse("2026-11-20T10:00:00Z");
    private final DeliverySchedule schedule = new DeliverySchedule();

    @Test
    void anyTwoHundredAcknowledges() {
        assertFalse(DeliverySchedule.acknowledged(199));
        assertTrue(DeliverySchedule.acknowledged(200));
        assertTrue(DeliverySchedule.acknowledged(299));
        assertFalse(DeliverySchedule.acknowledged(300));
        assertFalse(DeliverySchedule.acknowledged(0));
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.DELIVERED, null),
                schedule.after(5, QUEUED, QUEUED.plus(Duration.ofHours(30)), 204));
    }

    @Test
    void theDelayDoublesFromOneMinuteUpToTwoHours() {
        List<Duration> delays = List.of(1, 2, 3, 7, 8, 40, Integer.MAX_VALUE).stream().map(schedule::delay).toList();
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(64),
                Duration.ofHours(2), Duration.ofHours(2), Duration.ofHours(2)), delays);
    }

    @Test
    void aFailureIsRetriedAfterTheDelay() {
        Instant failed = QUEUED.plusSeconds(10);
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.RETRY, failed.plus(Duration.ofMinutes(4))),
                schedule.after(3, QUEUED, failed, 500));
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.RETRY, failed.plus(Duration.ofMinutes(1))),
                schedule.after(1, QUEUED, failed, 0));
    }

    @Test
    void theLastTryIsAtTheTwentyFourthHourThenTheDeliveryFails() {
        Instant giveUp = QUEUED.plus(Duration.ofHours(24));
        Instant late = giveUp.minus(Duration.ofMinutes(30));
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.RETRY, giveUp), schedule.after(20, QUEUED, late, 503));
        Instant justBefore = giveUp.minus(Duration.ofHours(2));
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.RETRY, giveUp),
                schedule.after(20, QUEUED, justBefore, 503));
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.RETRY, giveUp.minusSeconds(1)),
                schedule.after(20, QUEUED, justBefore.minusSeconds(1), 503));
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.FAILED, null), schedule.after(21, QUEUED, giveUp, 503));
        assertEquals(new DeliverySchedule.Decision(DeliverySchedule.Outcome.FAILED, null),
                schedule.after(21, QUEUED, giveUp.plusSeconds(1), 0));
        assertEquals(DeliverySchedule.Outcome.RETRY, schedule.after(21, QUEUED, giveUp.minusMillis(1), 0).outcome());
    }

    @Test
    void decisionsAreConsistent() {
        assertThrows(IllegalArgumentException.class, () -> schedule.after(0, QUEUED, QUEUED, 500));
        assertThrows(IllegalArgumentException.class, () -> new DeliverySchedule.Decision(DeliverySchedule.Outcome.RETRY, null));
        assertThrows(IllegalArgumentException.class, () -> new DeliverySchedule.Decision(DeliverySchedule.Outcome.FAILED, QUEUED));
        assertThrows(NullPointerException.class, () -> new DeliverySchedule.Decision(null, null));
        assertEquals(Duration.ofHours(24), DeliverySchedule.GIVE_UP_AFTER);
    }
}
