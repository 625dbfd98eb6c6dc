package com.affiliatecontests.engine.eligibility;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine knows about an affiliate partner: its party id, names, the groups it belongs
 * to by dimension (tags, tiers, segments, contact lists) and, for audiences that name contests or
 * sales, what it did.
 */
public record PartnerProfile(String partyId, String name, String alias, Map<Dimension, Set<String>> groups,
                             PartnerActivity activity) {

    public PartnerProfile {
        Objects.requireNonNull(partyId, "partyId");
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        activity = activity == null ? PartnerActivity.NONE : activity;
    }

    public PartnerProfile(String partyId, String name, String alias, Map<Dimension, Set<String>> groups) {
        this(partyId, name, alias, groups, PartnerActivity.NONE);
    }

    public static PartnerProfile of(String partyId, String name) {
        return new PartnerProfile(partyId, name, null, Map.of());
    }

    public PartnerProfile withActivity(PartnerActivity what) {
        return new PartnerProfile(partyId, name, alias, groups, what);
    }

    public boolean belongsTo(Criterion criterion) {
        if (criterion.dimension() == Dimension.PARTY) {
            return partyId.equals(criterion.groupId());
        }
        if (criterion.dimension().isContest() || criterion.dimension().isPerformance()) {
            return activity.meets(criterion);
        }
        return groups.getOrDefault(criterion.dimension(), Set.of()).contains(criterion.groupId());
    }
}
