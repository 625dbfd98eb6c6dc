package com.affiliatecontests.engine.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * What one recipient did with a message: when it was sent, first opened, first replied to and
 * first clicked, and how many clicks. Opens, replies and clicks are recorded once (the first
 * time); a reply or a click counts as an open, since the partner had the message in front of it.
 */
public record RecipientEngagement(String partyId, Instant sentAt, Instant openedAt, Instant repliedAt,
                                  Instant firstClickAt, long clicks) {

    public RecipientEngagement {
        Objects.requireNonNull(partyId, "partyId");
    }

    public static RecipientEngagement sent(String partyId, Instant at) {
        return new RecipientEngagement(partyId, at, null, null, null, 0);
    }

    public RecipientEngagement opened(Instant at) {
        return openedAt != null ? this : new RecipientEngagement(partyId, sentAt, at, repliedAt, firstClickAt, clicks);
    }

    public RecipientEngagement replied(Instant at) {
        RecipientEngagement open = opened(at);
        return repliedAt != null ? open
                : new RecipientEngagement(partyId, sentAt, open.openedAt, at, firstClickAt, clicks);
    }

    public RecipientEngagement clicked(Instant at) {
        RecipientEngagement open = opened(at);
        return new RecipientEngagement(partyId, sentAt, open.openedAt, repliedAt,
                firstClickAt == null ? at : firstClickAt, clicks + 1);
    }

    /** The furthest the recipient went: REPLIED, else CLICKED, else OPENED, else SENT. */
    public RecipientStatus status() {
        if (repliedAt != null) {
            return RecipientStatus.REPLIED;
        }
        if (firstClickAt != null) {
            return RecipientStatus.CLICKED;
        }
        return openedAt != null ? RecipientStatus.OPENED : RecipientStatus.SENT;
    }

    /** A recipient's status, from least to most engaged. */
    public enum RecipientStatus {
        SENT,
        OPENED,
        CLICKED,
        REPLIED
    }
}
