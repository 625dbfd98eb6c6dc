package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.ValidationCode;

/** What a contest counts for each partner. */
public enum Metric {
    /** Attributed completed orders whose customer had no earlier completed sales order. */
    REFERRALS,
    /** Attributed completed orders. */
    CONVERSIONS,
    /** Attributed order amount in the contest currency, on the contest's revenue basis. */
    REVENUE,
    /** Conversions per tracked visit; a minimum number of visits is needed to qualify. */
    CONVERSION_RATE;

    public static Metric parse(String value) {
        return Codes.parse(Metric.class, value, "metric", ValidationCode.UNKNOWN_METRIC);
    }

    /** Whether a partner's tracked visits enter its score. */
    public boolean scoresVisits() {
        return this == CONVERSION_RATE;
    }

    /** Whether an order counts as one unit (rather than its amount). */
    public boolean countsOrders() {
        return this != REVENUE;
    }

    /** What the scores of this metric are: money, a count or a rate. */
    public ScoreUnit scoreUnit() {
        return ScoreUnit.of(this);
    }
}
