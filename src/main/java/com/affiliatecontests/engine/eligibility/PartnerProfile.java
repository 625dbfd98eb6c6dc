package com.affiliatecontests.engine.eligibility;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine knows about an affiliate partner: its party id, names, and the groups it belongs
 * to by dimension (tags, tiers, segments, contact lists).
 */
public record PartnerProfile(String partyId, String name, String alias, Map<Dimension, Set<String>> groups) {

    public PartnerProfile {
        Objects.requireNonNull(partyId, "partyId");
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    public static PartnerProfile of(String partyId, String name) {
        return new PartnerProfile(partyId, name, null, Map.of());
    }

    public boolean belongsTo(Criterion criterion) {
        return groups.getOrDefault(criterion.dimension(), Set.of()).contains(criterion.groupId());
    }
}
