package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.time.Duration;
import java.time.Instant;

/**
 * The moves of a broadcast. Sending is idempotent: a broadcast already sent, or being sent by
 * another call, is not sent again; a send left half-done (SENDING for longer than the stale time)
 * is resumed, adding only the recipients not yet written.
 */
public final class BroadcastLifecycle {

    /**
     * How long a SENDING broadcast is left to the call that claimed it (whose writer renews the claim
     * after each chunk) before it may be resumed.
     */
    public static final Duration STALE_SENDING = Duration.ofMinutes(15);

    /** What a send request does. */
    public enum SendDecision {
        /** Claim the broadcast (SENDING) and write its recipients now. */
        SEND,
        /** The send time is in the future: the broadcast becomes SCHEDULED. */
        SCHEDULE,
        /** A previous send stopped half-way: write the recipients still missing. */
        RESUME,
        /** Already sent, or being sent: nothing to do. */
        ALREADY_SENT
    }

    public SendDecision onSend(BroadcastStatus status, Instant sendAt, Instant sendingSince, Instant now) {
        return switch (status) {
        case DRAFT, SCHEDULED -> sendAt != null && sendAt.isAfter(now) ? SendDecision.SCHEDULE : SendDecision.SEND;
        case SENDING -> canResume(status, sendingSince, now) ? SendDecision.RESUME : SendDecision.ALREADY_SENT;
        case SENT -> SendDecision.ALREADY_SENT;
        case CANCELLED -> throw ValidationException.of("status", ValidationCode.TRANSITION_NOT_ALLOWED,
                "a cancelled broadcast cannot be sent");
        };
    }

    /** Whether the scheduler should send a broadcast now. */
    public boolean isDue(BroadcastStatus status, Instant sendAt, Instant now) {
        return status == BroadcastStatus.SCHEDULED && (sendAt == null || !sendAt.isAfter(now));
    }

    /** Whether the scheduler should send a broadcast now, or resume one whose sender is gone. */
    public boolean isDue(BroadcastStatus status, Instant sendAt, Instant sendingSince, Instant now) {
        return isDue(status, sendAt, now) || canResume(status, sendingSince, now);
    }

    /**
     * Whether a SENDING broadcast's sender is gone: its claim is older than the stale time (a claim
     * with no date is a send that never recorded one, also resumable).
     */
    public boolean canResume(BroadcastStatus status, Instant sendingSince, Instant now) {
        return status == BroadcastStatus.SENDING
                && (sendingSince == null || sendingSince.plus(STALE_SENDING).isBefore(now));
    }

    public BroadcastStatus cancel(BroadcastStatus status) {
        return move(status, BroadcastStatus.CANCELLED);
    }

    /** Refuses an edit of a broadcast that is no longer a draft or scheduled. */
    public void checkEditable(BroadcastStatus status) {
        if (!status.isEditable()) {
            throw ValidationException.of("status", ValidationCode.EDIT_NOT_ALLOWED,
                    "a broadcast can only be edited before it is sent");
        }
    }

    private static BroadcastStatus move(BroadcastStatus from, BroadcastStatus to) {
        if (!from.canMoveTo(to)) {
            throw ValidationException.of("status", ValidationCode.TRANSITION_NOT_ALLOWED,
                    "a broadcast cannot move from " + from + " to " + to);
        }
        return to;
    }
}
