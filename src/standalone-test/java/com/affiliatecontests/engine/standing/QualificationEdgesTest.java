package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.Metric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who qualifies, at each limit: a score above zero, the minimum, the minimum visits, the target. */
class QualificationEdgesTest {

    private static Scoring scoring(Metric metric, ContestKind kind, ContestRules rules) {
        return new Scoring(new ContestDefinition("Edges", null, Fixtures.NOVEMBER, metric, kind, rules, null, null, null,
                null));
    }

    private static PartnerTotals totals(long conversions, long visits) {
        return new PartnerTotals("P", BigDecimal.valueOf(conversions), conversions, visits, null);
    }

    @Test
    void aScoreOfZeroNeverQualifies() {
        Scoring noMinimum = scoring(Metric.CONVERSIONS, ContestKind.RANKING, ContestRules.ranking());
        assertFalse(noMinimum.score(totals(0, 0)).qualified());
        assertTrue(noMinimum.score(totals(1, 0)).qualified());
    }

    @Test
    void exactlyTheMinimumQualifies() {
        Scoring minimumFive = scoring(Metric.CONVERSIONS, ContestKind.RANKING,
                ContestRules.ranking().withMinimumToQualify(BigDecimal.valueOf(5)));
        assertTrue(minimumFive.score(totals(5, 0)).qualified());
        assertFalse(minimumFive.score(totals(4, 0)).qualified());
    }

    @Test
    void exactlyTheMinimumVisitsQualifies() {
        Scoring rate = scoring(Metric.CONVERSION_RATE, ContestKind.RANKING, ContestRules.ranking().withMinimumVisits(10));
        ScoredPartner atTen = rate.score(totals(2, 10));
        assertTrue(atTen.qualified());
        assertEquals(new BigDecimal("0.200000"), atTen.score());
        assertFalse(rate.score(totals(2, 9)).qualified());
        assertEquals(new BigDecimal("0.000000"), rate.score(totals(0, 0)).score());
    }

    @Test
    void exactlyTheTargetQualifiesInGoalThenRanking() {
        Scoring goal = scoring(Metric.CONVERSIONS, ContestKind.GOAL_THEN_RANKING, ContestRules.goal(BigDecimal.valueOf(20)));
        assertTrue(goal.score(totals(20, 0)).qualified());
        assertFalse(goal.score(totals(19, 0)).qualified());
        assertEquals(new BigDecimal("95.0"), goal.progress(BigDecimal.valueOf(19)));
        assertEquals(new BigDecimal("100.0"), goal.progress(BigDecimal.valueOf(40)), "progress stops at 100");
        Scoring ranking = scoring(Metric.CONVERSIONS, ContestKind.RANKING, ContestRules.ranking());
        assertEquals(null, ranking.progress(BigDecimal.ONE));
    }
}
