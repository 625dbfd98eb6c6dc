package com.affiliatecontests.engine.eligibility;

import java.util.Objects;

/** One group a partner can belong to, e.g. TAG GOLD_PARTNERS. */
public record Criterion(Dimension dimension, String groupId) {

    public Criterion {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(groupId, "groupId");
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

    @Override
    public String toString() {
        return dimension + ":" + groupId;
    }
}
