package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.messaging.BroadcastLifecycle.SendDecision;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BroadcastLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final BroadcastLifecycle lifecycle = new BroadcastLifecycle();

    @Test
    void aDraftIsSentNowOrScheduled() {
        assertEquals(SendDecision.SEND, lifecycle.onSend(BroadcastStatus.DRAFT, null, null, NOW));
        assertEquals(SendDecision.SEND, lifecycle.onSend(BroadcastStatus.DRAFT, NOW, null, NOW));
        assertEquals(SendDecision.SCHEDULE, lifecycle.onSend(BroadcastStatus.DRAFT, NOW.plusSeconds(60), null, NOW));
        assertEquals(SendDecision.SEND, lifecycle.onSend(BroadcastStatus.SCHEDULED, NOW.minusSeconds(1), null, NOW));
    }

    @Test
    void sendingTwiceSendsOnce() {
        assertEquals(SendDecision.ALREADY_SENT, lifecycle.onSend(BroadcastStatus.SENT, null, null, NOW));
        assertEquals(SendDecision.ALREADY_SENT, lifecycle.onSend(BroadcastStatus.SENDING, null, NOW.minusSeconds(5), NOW));
    }

    @Test
    void aSendLeftHalfDoneIsResumedOnceStale() {
        Instant since = NOW.minus(BroadcastLifecycle.STALE_SENDING).minus(Duration.ofSeconds(1));
        assertEquals(SendDecision.RESUME, lifecycle.onSend(BroadcastStatus.SENDING, null, since, NOW));
    }

    @Test
    void theSchedulerResumesASendWhoseSenderIsGone() {
        Instant stale = NOW.minus(BroadcastLifecycle.STALE_SENDING).minus(Duration.ofSeconds(1));
        assertTrue(lifecycle.isDue(BroadcastStatus.SENDING, null, stale, NOW));
        assertTrue(lifecycle.canResume(BroadcastStatus.SENDING, stale, NOW));
        assertTrue(lifecycle.isDue(BroadcastStatus.SENDING, null, null, NOW), "a claim without a date is never renewed");
        Instant live = NOW.minus(BroadcastLifecycle.STALE_SENDING);
        assertFalse(lifecycle.isDue(BroadcastStatus.SENDING, null, live, NOW), "a sender still writing is left alone");
        assertFalse(lifecycle.canResume(BroadcastStatus.SENDING, live, NOW));
        assertFalse(lifecycle.canResume(BroadcastStatus.SENT, stale, NOW));
        assertFalse(lifecycle.isDue(BroadcastStatus.SENT, null, stale, NOW));
        assertTrue(lifecycle.isDue(BroadcastStatus.SCHEDULED, NOW, null, NOW));
        assertEquals(SendDecision.RESUME, lifecycle.onSend(BroadcastStatus.SENDING, null, null, NOW));
    }

    @Test
    void aCancelledBroadcastIsNeverSent() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> lifecycle.onSend(BroadcastStatus.CANCELLED, null, null, NOW));
        assertTrue(e.has(ValidationCode.TRANSITION_NOT_ALLOWED));
    }

    @Test
    void onlyUnsentBroadcastsAreCancelledOrEdited() {
        assertEquals(BroadcastStatus.CANCELLED, lifecycle.cancel(BroadcastStatus.SCHEDULED));
        assertThrows(ValidationException.class, () -> lifecycle.cancel(BroadcastStatus.SENT));
        lifecycle.checkEditable(BroadcastStatus.DRAFT);
        ValidationException e = assertThrows(ValidationException.class, () -> lifecycle.checkEditable(BroadcastStatus.SENT));
        assertTrue(e.has(ValidationCode.EDIT_NOT_ALLOWED));
    }

    @Test
    void theSchedulerSendsScheduledBroadcastsWhenDue() {
        assertTrue(lifecycle.isDue(BroadcastStatus.SCHEDULED, NOW, NOW));
        assertFalse(lifecycle.isDue(BroadcastStatus.SCHEDULED, NOW.plusSeconds(1), NOW));
        assertFalse(lifecycle.isDue(BroadcastStatus.DRAFT, NOW, NOW));
        assertEquals(BroadcastStatus.SENT, BroadcastStatus.fromStatusId("AFFB_SENT"));
        assertEquals("AFFB_SCHEDULED", BroadcastStatus.SCHEDULED.statusId());
    }
}
