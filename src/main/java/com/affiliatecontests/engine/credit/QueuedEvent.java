package com.affiliatecontests.engine.credit;

import java.time.Instant;

/**
 * A crediting event waiting in the outbox: what it concerns (an order, or a return), when it was
 * queued, and when it may next be tried (null: at once).
 */
public record QueuedEvent(String eventId, String subject, Instant queuedAt, Instant nextAttemptAt) {

    boolean isDue(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }
}
