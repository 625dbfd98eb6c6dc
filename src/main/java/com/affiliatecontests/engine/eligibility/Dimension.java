package com.affiliatecontests.engine.eligibility;

/**
 * A way partners are grouped, which eligibility and audience rules can name. The first four are
 * OFBiz groups a partner belongs to; the others are derived from what the partner did (contests,
 * sales) and take a {@link Threshold}.
 */
public enum Dimension {
    /** A PartyClassificationGroup used as a tag. */
    TAG,
    /** A PartyClassificationGroup used as a partner tier. */
    TIER,
    /** A SegmentGroup. */
    SEGMENT,
    /** A ContactList. */
    CONTACT_LIST,
    /** The participants of a contest (the group id is the contest id). */
    CONTEST,
    /** The participants of a contest placed at most the threshold's value (the top N). */
    CONTEST_TOP,
    /** The participants of a contest who have not reached its goal. */
    CONTEST_BELOW_GOAL,
    /** Revenue brought over the threshold's last days, above or below its value. */
    REVENUE,
    /** Conversions (completed orders) over the threshold's last days, above or below its value. */
    CONVERSIONS,
    /** No completed order over the threshold's last days. */
    NO_SALE,
    /** One partner named explicitly (the group id is its party id), e.g. a contest's winners. */
    PARTY;

    /** Whether the criterion names a group (a tag, a segment, a contest...). */
    public boolean namesGroup() {
        return this != REVENUE && this != CONVERSIONS && this != NO_SALE;
    }

    /** Whether the criterion needs a threshold (a top N, a value and a number of days...). */
    public boolean needsThreshold() {
        return this == CONTEST_TOP || this == REVENUE || this == CONVERSIONS || this == NO_SALE;
    }

    /** Whether membership is read from the partner's contests. */
    public boolean isContest() {
        return this == CONTEST || this == CONTEST_TOP || this == CONTEST_BELOW_GOAL;
    }

    /** Whether membership is read from the partner's sales over a number of days. */
    public boolean isPerformance() {
        return this == REVENUE || this == CONVERSIONS || this == NO_SALE;
    }
}
