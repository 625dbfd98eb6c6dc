package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.Metric;

import java.math.BigDecimal;

/**
 * The leaderboard columns a contest uses beside rank, partner and score: progress to the goal only
 * where the kind has a target; "qualified" only where something beyond a score above zero qualifies
 * (a target, a minimum score, or the minimum visits of a conversion-rate contest).
 */
public record BoardColumns(boolean progress, boolean qualified) {

    public static BoardColumns of(ContestKind kind, Metric metric, BigDecimal minimumToQualify, long minimumVisits) {
        boolean minimum = minimumToQualify != null && minimumToQualify.signum() > 0;
        boolean visits = metric == Metric.CONVERSION_RATE && minimumVisits > 0;
        return new BoardColumns(kind.hasTarget(), kind.hasTarget() || minimum || visits);
    }
}
