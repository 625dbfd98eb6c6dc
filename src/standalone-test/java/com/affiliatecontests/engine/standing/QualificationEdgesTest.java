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

    /** The same rate, one partner without enough visits: the unqualified one has no gap to close by score. */
    @Test
    void anEqualScoreBelowAQualifiedPartnerHasNoGap() {
        Scoring rate = scoring(Metric.CONVERSION_RATE, ContestKind.RANKING, ContestRules.ranking().withMinimumVisits(4));
        java.util.List<ScoredPartner> sorted = new java.util.ArrayList<>(java.util.List.of(
                rate.score(new PartnerTotals("B", BigDecimal.ONE, 1, 2, null)),
                rate.score(new PartnerTotals("A", BigDecimal.valueOf(2), 2, 4, null))));
        sorted.sort(rate.order());
        java.util.List<Standing> ranking = rate.rank(sorted, 2);
        assertEquals("A", ranking.get(0).partnerId());
        assertEquals(ranking.get(0).score(), ranking.get(1).score());
        assertFalse(ranking.get(1).qualified());
        assertEquals(2, ranking.get(1).rank(), "qualified and unqualified never share a rank");
        assertEquals(null, ranking.get(1).gapToNext());
    }

    @Test
    void theScoreKeyIsTheStartOfTheSortKey() {
        Scoring ranking = scoring(Metric.CONVERSIONS, ContestKind.RANKING, ContestRules.ranking());
        ScoredPartner partner = ranking.score(totals(12, 0));
        assertEquals(ranking.sortKey(partner).substring(0, 19), ranking.scoreKey(partner));
        assertEquals("0" + "999999999987999999", ranking.scoreKey(partner));
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
