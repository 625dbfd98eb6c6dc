package com.affiliatecontests.engine.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a delivery is tried again and when it is given up: the delay doubles from one minute up to
 * two hours, for 24 hours after the event was queued; the last try is at the 24th hour, and a
 * delivery that still fails then is FAILED (the admin can resend it).
 */
public final class DeliverySchedule {

    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofHours(2);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    /** What becomes of a delivery after an attempt. */
    public enum Outcome { DELIVERED, RETRY, FAILED }

    /** The outcome and, for RETRY, when to try again. */
    public record Decision(Outcome outcome, Instant nextAttempt) {
        public Decision {
            Objects.requireNonNull(outcome, "outcome");
            if ((outcome == Outcome.RETRY) != (nextAttempt != null)) {
                throw new IllegalArgumentException("a retry, and only a retry, has a next attempt");
            }
        }
    }

    /** Whether an HTTP status acknowledges a delivery: any 2xx. */
    public static boolean acknowledged(int httpStatus) {
        return httpStatus >= 200 && httpStatus < 300;
    }

    /**
     * The decision after attempt number {@code attempts} (1 for the first) of a delivery queued at
     * {@code queuedAt}, made at {@code attemptedAt}; {@code httpStatus} is the receiver's status, or
     * 0 when it did not answer (refused, timed out, address refused).
     */
    public Decision after(int attempts, Instant queuedAt, Instant attemptedAt, int httpStatus) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        if (acknowledged(httpStatus)) {
            return new Decision(Outcome.DELIVERED, null);
        }
        Instant giveUp = queuedAt.plus(GIVE_UP_AFTER);
        if (!attemptedAt.isBefore(giveUp)) {
            return new Decision(Outcome.FAILED, null);
        }
        Instant next = attemptedAt.plus(delay(attempts));
        return new Decision(Outcome.RETRY, next.isAfter(giveUp) ? giveUp : next);
    }

    /** The wait after the {@code attempts}-th failure: 1, 2, 4 ... minutes, at most two hours. */
    public Duration delay(int attempts) {
        // 2^20 minutes is far beyond the cap: no overflow, and the cap applies
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
