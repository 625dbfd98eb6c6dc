package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.ValidationCode;

/** How winners are decided. */
public enum ContestKind {
    /** A prize per place or place range. */
    RANKING,
    /** Everyone reaching the target wins, optionally only the first N to reach it. */
    GOAL,
    /** The target qualifies; the ranking among those qualified decides the prizes. */
    GOAL_THEN_RANKING;

    public static ContestKind parse(String value) {
        return Codes.parse(ContestKind.class, value, "kind", ValidationCode.UNKNOWN_KIND);
    }

    public boolean hasTarget() {
        return this != RANKING;
    }
}
