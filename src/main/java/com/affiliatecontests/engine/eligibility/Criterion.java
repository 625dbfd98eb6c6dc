package com.affiliatecontests.engine.eligibility;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One group a partner can belong to, e.g. TAG GOLD_PARTNERS, or a derived group with its bound,
 * e.g. CONTEST_TOP of contest C1 with the top 10, or REVENUE above 1000 over the last 30 days.
 */
public record Criterion(Dimension dimension, String groupId, Threshold threshold) {

    public Criterion {
        Objects.requireNonNull(dimension, "dimension");
        if (dimension.namesGroup()) {
            Objects.requireNonNull(groupId, "groupId");
        }
        if (dimension.needsThreshold()) {
            Objects.requireNonNull(threshold, "threshold");
        }
    }

    public Criterion(Dimension dimension, String groupId) {
        this(dimension, groupId, null);
    }

    public static Criterion tag(String id) {
        return new Criterion(Dimension.TAG, id);
    }

    public static Criterion tier(String id) {
        return new Criterion(Dimension.TIER, id);
    }

    public static Criterion segment(String id) {
        return new Criterion(Dimension.SEGMENT, id);
    }

    public static Criterion contactList(String id) {
        return new Criterion(Dimension.CONTACT_LIST, id);
    }

    public static Criterion contestParticipants(String contestId) {
        return new Criterion(Dimension.CONTEST, contestId);
    }

    public static Criterion contestTop(String contestId, int places) {
        return new Criterion(Dimension.CONTEST_TOP, contestId, Threshold.top(places));
    }

    public static Criterion contestBelowGoal(String contestId) {
        return new Criterion(Dimension.CONTEST_BELOW_GOAL, contestId);
    }

    public static Criterion revenueAbove(BigDecimal value, int days) {
        return new Criterion(Dimension.REVENUE, null, Threshold.above(value, days));
    }

    public static Criterion revenueBelow(BigDecimal value, int days) {
        return new Criterion(Dimension.REVENUE, null, Threshold.below(value, days));
    }

    public static Criterion conversionsAbove(long value, int days) {
        return new Criterion(Dimension.CONVERSIONS, null, Threshold.above(BigDecimal.valueOf(value), days));
    }

    public static Criterion conversionsBelow(long value, int days) {
        return new Criterion(Dimension.CONVERSIONS, null, Threshold.below(BigDecimal.valueOf(value), days));
    }

    public static Criterion noSaleIn(int days) {
        return new Criterion(Dimension.NO_SALE, null, Threshold.days(days));
    }

    @Override
    public String toString() {
        String text = dimension + (groupId == null ? "" : ":" + groupId);
        return threshold == null ? text : text + ":" + threshold;
    }
}
