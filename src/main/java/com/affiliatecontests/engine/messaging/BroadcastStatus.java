package com.affiliatecontests.engine.messaging;

import java.util.EnumSet;
import java.util.Set;

/**
 * A broadcast's lifecycle: DRAFT, SCHEDULED (to be sent at its time), SENDING (recipients being
 * written), SENT, CANCELLED. Only drafts and scheduled broadcasts can be edited or cancelled.
 */
public enum BroadcastStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    SENT,
    CANCELLED;

    public Set<BroadcastStatus> next() {
        return switch (this) {
        case DRAFT -> EnumSet.of(SCHEDULED, SENDING, CANCELLED);
        case SCHEDULED -> EnumSet.of(DRAFT, SENDING, CANCELLED);
        case SENDING -> EnumSet.of(SENT);
        case SENT, CANCELLED -> EnumSet.noneOf(BroadcastStatus.class);
        };
    }

    public boolean canMoveTo(BroadcastStatus target) {
        return next().contains(target);
    }

    public boolean isEditable() {
        return this == DRAFT || this == SCHEDULED;
    }

    /** The OFBiz StatusItem id, e.g. AFFB_SENT. */
    public String statusId() {
        return "AFFB_" + name();
    }

    public static BroadcastStatus fromStatusId(String statusId) {
        return valueOf(statusId.substring("AFFB_".length()));
    }
}
