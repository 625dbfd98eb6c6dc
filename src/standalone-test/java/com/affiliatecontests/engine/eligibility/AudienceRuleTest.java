package com.affiliatecontests.engine.eligibility;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudienceRuleTest {

    private final PartnerProfile goldEu = new PartnerProfile("P1", "Ann", null, Map.of(
            Dimension.TAG, Set.of("GOLD"), Dimension.SEGMENT, Set.of("EU")));
    private final PartnerProfile goldUs = new PartnerProfile("P2", "Bob", null, Map.of(
            Dimension.TAG, Set.of("GOLD"), Dimension.SEGMENT, Set.of("US"), Dimension.TIER, Set.of("WHOLESALE")));
    private final PartnerProfile silverEu = new PartnerProfile("P3", "Cy", null, Map.of(
            Dimension.TAG, Set.of("SILVER"), Dimension.SEGMENT, Set.of("EU"), Dimension.CONTACT_LIST,
            Set.of("NEWSLETTER")));
    private final List<PartnerProfile> all = List.of(goldEu, goldUs, silverEu);

    private Set<String> members(AudienceRule rule) {
        return EligibilitySnapshot.take(rule, all, Instant.EPOCH).partners();
    }

    @Test
    void anyAndAllSemantics() {
        assertEquals(Set.of("P1", "P2", "P3"), members(AudienceRule.anyOf(Criterion.tag("GOLD"),
                Criterion.segment("EU"))));
        assertEquals(Set.of("P1"), members(AudienceRule.allOf(Criterion.tag("GOLD"), Criterion.segment("EU"))));
        assertEquals(Set.of("P3"), members(AudienceRule.anyOf(Criterion.contactList("NEWSLETTER"))));
    }

    @Test
    void exclusionsWinOverInclusions() {
        AudienceRule rule = AudienceRule.allAffiliates().excluding(Criterion.tier("WHOLESALE")).excludingPartners("P3");
        assertEquals(Set.of("P1"), members(rule));
    }

    @Test
    void theReasonSaysWhichCriteriaMatched() {
        AudienceRule rule = AudienceRule.anyOf(Criterion.tag("GOLD"), Criterion.segment("EU"));
        assertEquals(Optional.of("TAG:GOLD, SEGMENT:EU"), rule.reasonFor(goldEu));
        assertEquals(Optional.of("ALL_AFFILIATES"), AudienceRule.allAffiliates().reasonFor(goldEu));
    }

    @Test
    void theSnapshotIsFrozen() {
        PartnerProfile[] mutable = {goldEu};
        EligibilitySnapshot snapshot = EligibilitySnapshot.take(AudienceRule.anyOf(Criterion.tag("GOLD")),
                List.of(mutable), Instant.EPOCH);
        mutable[0] = silverEu;
        assertTrue(snapshot.contains("P1"));
        assertEquals(1, snapshot.size());
    }
}
