package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.eligibility.Dimension;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.eligibility.Threshold;
import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Checks a broadcast audience before it is stored (every named group exists, every bound makes
 * sense) and resolves it over the partners into the recipients and why each is in.
 */
public final class AudienceCheck {

    /**
     * Refuses criteria naming a group that does not exist ({@code known} says which exist, by
     * dimension and id) and bounds that are not positive (top N, days) or negative (values).
     */
    public void validate(AudienceRule rule, BiPredicate<Dimension, String> known) {
        Problems problems = new Problems();
        List<Criterion> criteria = rule.criteria().toList();
        for (Criterion criterion : criteria) {
            String field = "audience." + criterion;
            if (criterion.dimension().namesGroup()) {
                problems.check(known.test(criterion.dimension(), criterion.groupId()), field,
                        ValidationCode.UNKNOWN_GROUP, "no " + criterion.dimension() + " " + criterion.groupId());
            }
            Threshold threshold = criterion.threshold();
            if (threshold != null) {
                boolean daysOk = !criterion.dimension().isPerformance() || threshold.days() > 0;
                boolean valueOk = criterion.dimension() == Dimension.CONTEST_TOP
                        ? threshold.value().signum() > 0 : threshold.value().signum() >= 0;
                problems.check(daysOk && valueOk, field, ValidationCode.THRESHOLD_NOT_POSITIVE,
                        "the number of days, places or the value must be positive");
            }
        }
        problems.throwIfAny();
    }

    /** Who the rule takes among the partners, and why; refuses an audience that names nobody. */
    public SortedMap<String, String> recipients(AudienceRule rule, Collection<PartnerProfile> partners) {
        SortedMap<String, String> reasons = new TreeMap<>();
        for (PartnerProfile partner : partners) {
            rule.reasonFor(partner).ifPresent(reason -> reasons.put(partner.partyId(), reason));
        }
        if (reasons.isEmpty()) {
            throw ValidationException.of("audience", ValidationCode.AUDIENCE_MATCHES_NOBODY,
                    "the audience matches no affiliate");
        }
        return reasons;
    }
}
