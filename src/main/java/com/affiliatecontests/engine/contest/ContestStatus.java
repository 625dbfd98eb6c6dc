package com.affiliatecontests.engine.contest;

import java.util.EnumSet;
import java.util.Set;

/**
 * A contest's lifecycle. ENDED is provisional: during the return window reversals still move the
 * standings; FINALIZED fixes the winners. CANCELLED is possible from any state before FINALIZED.
 */
public enum ContestStatus {
    DRAFT,
    SCHEDULED,
    ACTIVE,
    ENDED,
    FINALIZED,
    CANCELLED;

    public Set<ContestStatus> next() {
        return switch (this) {
        case DRAFT -> EnumSet.of(SCHEDULED, ACTIVE, CANCELLED);
        case SCHEDULED -> EnumSet.of(DRAFT, ACTIVE, CANCELLED);
        case ACTIVE -> EnumSet.of(ENDED, CANCELLED);
        case ENDED -> EnumSet.of(FINALIZED, CANCELLED);
        case FINALIZED, CANCELLED -> EnumSet.noneOf(ContestStatus.class);
        };
    }

    public boolean canMoveTo(ContestStatus target) {
        return next().contains(target);
    }

    /** Whether credits and reversals still change standings in this state. */
    public boolean acceptsCredits() {
        return this == ACTIVE || this == ENDED;
    }

    /** The OFBiz StatusItem id, e.g. AFFC_ACTIVE. */
    public String statusId() {
        return "AFFC_" + name();
    }

    public static ContestStatus fromStatusId(String statusId) {
        return valueOf(statusId.substring("AFFC_".length()));
    }
}
