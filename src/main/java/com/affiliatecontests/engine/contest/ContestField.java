package com.affiliatecontests.engine.contest;

/** The parts of a contest an admin can edit, as named in the edit log. */
public enum ContestField {
    NAME,
    DESCRIPTION,
    START,
    END,
    TIME_ZONE,
    METRIC,
    KIND,
    RULES,
    PRIZES,
    ELIGIBILITY,
    DISPLAY,
    REVENUE
}
