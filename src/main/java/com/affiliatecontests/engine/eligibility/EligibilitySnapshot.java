package com.affiliatecontests.engine.eligibility;

import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who competes in a contest, and why, frozen at launch: later tag or tier changes change nothing.
 */
public record EligibilitySnapshot(Instant takenAt, SortedMap<String, String> reasons) {

    public EligibilitySnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        reasons = Collections.unmodifiableSortedMap(new TreeMap<>(reasons));
    }

    /** Applies the rule to the partners; refuses a rule that matches nobody. */
    public static EligibilitySnapshot take(AudienceRule rule, Collection<PartnerProfile> partners, Instant at) {
        if (rule.isEmpty()) {
            throw ValidationException.of("eligibility", ValidationCode.ELIGIBILITY_EMPTY,
                    "choose all affiliates or at least one tag, tier, segment or contact list");
        }
        TreeMap<String, String> reasons = new TreeMap<>();
        for (PartnerProfile partner : partners) {
            rule.reasonFor(partner).ifPresent(reason -> reasons.put(partner.partyId(), reason));
        }
        if (reasons.isEmpty()) {
            throw ValidationException.of("eligibility", ValidationCode.ELIGIBILITY_MATCHES_NOBODY,
                    "the eligibility rules match no affiliate");
        }
        return new EligibilitySnapshot(at, reasons);
    }

    public static EligibilitySnapshot of(Instant at, Map<String, String> reasons) {
        return new EligibilitySnapshot(at, new TreeMap<>(reasons));
    }

    public boolean contains(String partyId) {
        return reasons.containsKey(partyId);
    }

    public Set<String> partners() {
        return reasons.keySet();
    }

    public int size() {
        return reasons.size();
    }
}
