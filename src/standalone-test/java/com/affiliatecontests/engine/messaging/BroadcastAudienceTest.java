package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.eligibility.Dimension;
import com.affiliatecontests.engine.eligibility.Match;
import com.affiliatecontests.engine.eligibility.PartnerActivity;
import com.affiliatecontests.engine.eligibility.PartnerActivity.ContestPosition;
import com.affiliatecontests.engine.eligibility.PartnerActivity.Sales;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broadcast audiences: groups, contest participants, performance segments, any/all, exclusions. */
class BroadcastAudienceTest {

    private final AudienceCheck check = new AudienceCheck();

    private static PartnerProfile partner(String id, Set<String> tags, Map<String, ContestPosition> contests,
                                          BigDecimal revenue30, long orders30, long orders90) {
        return new PartnerProfile(id, id, null, Map.of(Dimension.TAG, tags), new PartnerActivity(contests,
                Map.of(30, new Sales(revenue30, orders30), 90, new Sales(revenue30, orders90))));
    }

    // A: blogger, 1st in C1 (goal reached), 1200 over 30 days
    private final PartnerProfile a = partner("A", Set.of("BLOGGER"), Map.of("C1", new ContestPosition(1, true)),
            new BigDecimal("1200"), 6, 9);
    // B: coupon, 2nd in C1 (goal not reached), 300 over 30 days
    private final PartnerProfile b = partner("B", Set.of("COUPON"), Map.of("C1", new ContestPosition(2, false)),
            new BigDecimal("300"), 2, 4);
    // C: blogger, 3rd in C1 (not reached), no sale in 30 days, one in 90
    private final PartnerProfile c = partner("C", Set.of("BLOGGER"), Map.of("C1", new ContestPosition(3, false)),
            BigDecimal.ZERO, 0, 1);
    // D: coupon, not in C1, no sale at all
    private final PartnerProfile d = new PartnerProfile("D", "D", null, Map.of(Dimension.TAG, Set.of("COUPON")));
    private final List<PartnerProfile> all = List.of(a, b, c, d);

    private Set<String> recipients(AudienceRule rule) {
        return check.recipients(rule, all).keySet();
    }

    @Test
    void contestParticipantsAllTopNAndBelowGoal() {
        assertEquals(Set.of("A", "B", "C"), recipients(AudienceRule.anyOf(Criterion.contestParticipants("C1"))));
        assertEquals(Set.of("A", "B"), recipients(AudienceRule.anyOf(Criterion.contestTop("C1", 2))));
        assertEquals(Set.of("B", "C"), recipients(AudienceRule.anyOf(Criterion.contestBelowGoal("C1"))));
    }

    @Test
    void performanceSegments() {
        assertEquals(Set.of("A"), recipients(AudienceRule.anyOf(Criterion.revenueAbove(new BigDecimal("1000"), 30))));
        assertEquals(Set.of("B", "C", "D"), recipients(AudienceRule.anyOf(Criterion.revenueBelow(new BigDecimal("1000"), 30))));
        assertEquals(Set.of("A"), recipients(AudienceRule.anyOf(Criterion.conversionsAbove(2, 30))));
        assertEquals(Set.of("C", "D"), recipients(AudienceRule.anyOf(Criterion.noSaleIn(30))));
        assertEquals(Set.of("D"), recipients(AudienceRule.anyOf(Criterion.noSaleIn(90))));
    }

    @Test
    void anyAllAndExclusionsCombine() {
        AudienceRule bloggersBelowGoal = AudienceRule.allOf(Criterion.tag("BLOGGER"), Criterion.contestBelowGoal("C1"));
        assertEquals(Set.of("C"), recipients(bloggersBelowGoal));
        AudienceRule anyButTop = AudienceRule.anyOf(Criterion.tag("BLOGGER"), Criterion.tag("COUPON"))
                .excluding(Criterion.contestTop("C1", 1)).excludingPartners("D");
        assertEquals(Set.of("B", "C"), recipients(anyButTop));
        assertEquals(Set.of("B", "C", "D"), recipients(AudienceRule.allAffiliates()
                .excluding(Criterion.revenueAbove(new BigDecimal("1000"), 30))));
    }

    @Test
    void namedPartnersAndTheReasonWhy() {
        AudienceRule rule = AudienceRule.anyOf(new Criterion(Dimension.PARTY, "B"), new Criterion(Dimension.PARTY, "D"));
        assertEquals(Map.of("B", "PARTY:B", "D", "PARTY:D"), check.recipients(rule, all));
        assertEquals("REVENUE:ABOVE:1000:30d", Criterion.revenueAbove(new BigDecimal("1000"), 30).toString());
        assertEquals("CONTEST_TOP:C1:AT_MOST:3", Criterion.contestTop("C1", 3).toString());
    }

    @Test
    void theRuleSaysWhichContestsAndWindowsToRead() {
        AudienceRule rule = new AudienceRule(false, Match.ANY, List.of(Criterion.contestTop("C1", 3),
                Criterion.noSaleIn(60)), List.of(Criterion.revenueAbove(BigDecimal.TEN, 30), Criterion.tag("X")), Set.of());
        assertEquals(Set.of("C1"), rule.contestIds());
        assertEquals(Set.of(30, 60), rule.salesWindows());
    }

    @Test
    void anAudienceMatchingNobodyIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> recipients(AudienceRule.anyOf(Criterion.tag("NOBODY"))));
        assertTrue(e.has(ValidationCode.AUDIENCE_MATCHES_NOBODY));
    }

    @Test
    void unknownGroupsAndSenselessBoundsAreRefused() {
        AudienceRule rule = new AudienceRule(false, Match.ANY, List.of(Criterion.segment("NO_SUCH"), Criterion.tag("BLOGGER"),
                Criterion.contestTop("C1", 0), Criterion.noSaleIn(0), Criterion.revenueAbove(new BigDecimal("-1"), 30)),
                List.of(Criterion.contestParticipants("C9")), Set.of());
        ValidationException e = assertThrows(ValidationException.class, () -> check.validate(rule,
                (dimension, id) -> Set.of("BLOGGER", "C1").contains(id)));
        assertEquals(List.of("audience.SEGMENT:NO_SUCH", "audience.CONTEST_TOP:C1:AT_MOST:0",
                "audience.NO_SALE:AT_MOST:0", "audience.REVENUE:ABOVE:-1:30d", "audience.CONTEST:C9"),
                e.errors().stream().map(x -> x.field()).toList());
        assertEquals(List.of(ValidationCode.UNKNOWN_GROUP, ValidationCode.THRESHOLD_NOT_POSITIVE,
                ValidationCode.THRESHOLD_NOT_POSITIVE, ValidationCode.THRESHOLD_NOT_POSITIVE, ValidationCode.UNKNOWN_GROUP),
                e.errors().stream().map(x -> x.code()).toList());
    }

    @Test
    void aRuleOfKnownGroupsAndSoundBoundsPasses() {
        AudienceRule rule = AudienceRule.anyOf(Criterion.tag("BLOGGER"), Criterion.contestTop("C1", 10),
                Criterion.revenueBelow(BigDecimal.ZERO, 7));
        check.validate(rule, (dimension, id) -> true);
        assertEquals(Set.of("C1"), rule.contestIds());
    }
}
