package com.affiliatecontests.engine.eligibility;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds of audience criteria, each at its value and one step past it. */
class ThresholdEdgesTest {

    private static PartnerProfile with(PartnerActivity activity) {
        return PartnerProfile.of("P1", "Ann Lee").withActivity(activity);
    }

    private static PartnerActivity sales(String revenue, long conversions) {
        return new PartnerActivity(Map.of(), Map.of(30, new PartnerActivity.Sales(new BigDecimal(revenue), conversions)));
    }

    @Test
    void aboveBelowAndAtMostAtTheirValue() {
        Threshold above = Threshold.above(BigDecimal.valueOf(5), 30);
        assertFalse(above.admits(BigDecimal.valueOf(5)));
        assertTrue(above.admits(BigDecimal.valueOf(6)));
        Threshold below = Threshold.below(BigDecimal.valueOf(5), 30);
        assertFalse(below.admits(BigDecimal.valueOf(5)));
        assertTrue(below.admits(BigDecimal.valueOf(4)));
        Threshold top = Threshold.top(3);
        assertTrue(top.admits(BigDecimal.valueOf(3)));
        assertFalse(top.admits(BigDecimal.valueOf(4)));
    }

    @Test
    void conversionsBelowAndAboveCountThePartnersSales() {
        assertTrue(with(sales("0", 2)).belongsTo(Criterion.conversionsBelow(3, 30)));
        assertFalse(with(sales("0", 3)).belongsTo(Criterion.conversionsBelow(3, 30)));
        assertTrue(with(sales("0", 4)).belongsTo(Criterion.conversionsAbove(3, 30)));
        assertFalse(with(sales("0", 3)).belongsTo(Criterion.conversionsAbove(3, 30)));
        assertFalse(PartnerProfile.of("P1", "Ann Lee").belongsTo(Criterion.conversionsAbove(0, 30)),
                "no activity, no sales");
    }

    @Test
    void theTopOfAContestNeedsARealPlace() {
        PartnerActivity unranked = new PartnerActivity(Map.of("C1", new PartnerActivity.ContestPosition(0, false)), Map.of());
        assertFalse(with(unranked).belongsTo(Criterion.contestTop("C1", 3)), "place 0: not ranked yet");
        assertTrue(with(unranked).belongsTo(Criterion.contestParticipants("C1")));
        PartnerActivity first = new PartnerActivity(Map.of("C1", new PartnerActivity.ContestPosition(1, true)), Map.of());
        assertTrue(with(first).belongsTo(Criterion.contestTop("C1", 3)));
        assertFalse(with(first).belongsTo(Criterion.contestBelowGoal("C1")));
    }

    @Test
    void aSnapshotContainsOnlyItsPartners() {
        EligibilitySnapshot snapshot = EligibilitySnapshot.of(Instant.EPOCH, Map.of("P1", "ALL_AFFILIATES"));
        assertTrue(snapshot.contains("P1"));
        assertFalse(snapshot.contains("P2"));
        assertEquals(java.util.Set.of("P1"), snapshot.partners());
    }
}
