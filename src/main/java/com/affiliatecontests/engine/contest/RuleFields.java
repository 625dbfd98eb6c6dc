package com.affiliatecontests.engine.contest;

/**
 * The rules a contest's metric and kind use, for the wizard's "Metric and rules" step: a target where
 * the kind has a goal, the cap of the first N only for goal contests, minimum visits for conversion
 * rates, the revenue basis and currencies for revenue. The minimum to qualify, the maximum of winners,
 * the tie-breaks and the return window apply to every contest.
 */
public record RuleFields(boolean target, boolean goalCap, boolean minimumVisits, boolean revenue) {

    public static RuleFields of(Metric metric, ContestKind kind) {
        return new RuleFields(kind.hasTarget(), kind == ContestKind.GOAL, metric == Metric.CONVERSION_RATE,
                metric == Metric.REVENUE);
    }
}
