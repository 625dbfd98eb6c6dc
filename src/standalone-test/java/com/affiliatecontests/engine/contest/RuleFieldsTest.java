package com.affiliatecontests.engine.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuleFieldsTest {

    @Test
    void aRevenueRankingAsksForWinnersAndCurrencyNotForATarget() {
        assertEquals(new RuleFields(false, false, false, true), RuleFields.of(Metric.REVENUE, ContestKind.RANKING));
    }

    @Test
    void aGoalContestAsksForTheTargetAndOnlyAPureGoalForTheFirstN() {
        assertEquals(new RuleFields(true, true, false, false), RuleFields.of(Metric.CONVERSIONS, ContestKind.GOAL));
        assertEquals(new RuleFields(true, false, false, false), RuleFields.of(Metric.REFERRALS, ContestKind.GOAL_THEN_RANKING));
    }

    @Test
    void onlyAConversionRateContestAsksForMinimumVisits() {
        assertEquals(new RuleFields(false, false, true, false), RuleFields.of(Metric.CONVERSION_RATE, ContestKind.RANKING));
    }
}
