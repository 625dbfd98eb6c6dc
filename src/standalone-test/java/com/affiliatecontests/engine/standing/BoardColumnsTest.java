package com.affiliatecontests.engine.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.Metric;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoardColumnsTest {

    @Test
    void aRankingContestShowsNoProgressToAGoalItDoesNotHave() {
        assertEquals(new BoardColumns(false, false), BoardColumns.of(ContestKind.RANKING, Metric.REVENUE, BigDecimal.ZERO, 0));
        assertEquals(new BoardColumns(false, false), BoardColumns.of(ContestKind.RANKING, Metric.REVENUE, null, 0));
    }

    @Test
    void qualifiedIsShownWhereSomethingQualifies() {
        assertEquals(new BoardColumns(false, true), BoardColumns.of(ContestKind.RANKING, Metric.REVENUE, new BigDecimal("100"), 0));
        assertEquals(new BoardColumns(false, true), BoardColumns.of(ContestKind.RANKING, Metric.CONVERSION_RATE, BigDecimal.ZERO, 50));
        assertEquals(new BoardColumns(false, false), BoardColumns.of(ContestKind.RANKING, Metric.CONVERSIONS, BigDecimal.ZERO, 50));
    }

    @Test
    void goalContestsShowProgressAndQualified() {
        assertEquals(new BoardColumns(true, true), BoardColumns.of(ContestKind.GOAL, Metric.CONVERSIONS, BigDecimal.ZERO, 0));
        assertEquals(new BoardColumns(true, true), BoardColumns.of(ContestKind.GOAL_THEN_RANKING, Metric.REVENUE, BigDecimal.ZERO, 0));
    }

    @Test
    void aConversionRateContestWithoutMinimumVisitsQualifiesNothingMore() {
        assertEquals(new BoardColumns(false, false), BoardColumns.of(ContestKind.RANKING, Metric.CONVERSION_RATE, null, 0));
        assertEquals(new BoardColumns(false, true), BoardColumns.of(ContestKind.RANKING, Metric.CONVERSION_RATE, null, 1));
    }
}
