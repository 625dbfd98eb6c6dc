package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that turn scores into winners.
 *
 * @param minimumToQualify score a partner needs to be eligible for a prize (0 for none)
 * @param target           the goal for GOAL and GOAL_THEN_RANKING contests, null for RANKING
 * @param maxWinners       at most this many winners, null for no cap beyond the prize tiers
 * @param goalCap          GOAL contests only: only the first N partners to reach the target win
 * @param minimumVisits    CONVERSION_RATE contests only: visits needed to qualify
 * @param tieBreaks        order of tie-break criteria; the partner id is always appended last
 * @param returnWindow     how long after the end reversals (returns) still move standings
 */
public record ContestRules(BigDecimal minimumToQualify, BigDecimal target, Integer maxWinners, Integer goalCap,
                           long minimumVisits, List<TieBreak> tieBreaks, Duration returnWindow) {

    public static final List<TieBreak> DEFAULT_TIE_BREAKS =
            List.of(TieBreak.EARLIEST_TO_SCORE, TieBreak.MORE_CONVERSIONS, TieBreak.PARTNER_ID);

    public ContestRules {
        minimumToQualify = minimumToQualify == null ? BigDecimal.ZERO : minimumToQualify;
        returnWindow = returnWindow == null ? Duration.ZERO : returnWindow;
        tieBreaks = normalise(tieBreaks);
    }

    public static ContestRules ranking() {
        return new ContestRules(BigDecimal.ZERO, null, null, null, 0, DEFAULT_TIE_BREAKS, Duration.ZERO);
    }

    public static ContestRules goal(BigDecimal target) {
        return new ContestRules(BigDecimal.ZERO, target, null, null, 0, DEFAULT_TIE_BREAKS, Duration.ZERO);
    }

    public ContestRules withMinimumToQualify(BigDecimal minimum) {
        return new ContestRules(minimum, target, maxWinners, goalCap, minimumVisits, tieBreaks, returnWindow);
    }

    public ContestRules withMaxWinners(Integer max) {
        return new ContestRules(minimumToQualify, target, max, goalCap, minimumVisits, tieBreaks, returnWindow);
    }

    public ContestRules withGoalCap(Integer cap) {
        return new ContestRules(minimumToQualify, target, maxWinners, cap, minimumVisits, tieBreaks, returnWindow);
    }

    public ContestRules withMinimumVisits(long visits) {
        return new ContestRules(minimumToQualify, target, maxWinners, goalCap, visits, tieBreaks, returnWindow);
    }

    public ContestRules withTieBreaks(List<TieBreak> order) {
        return new ContestRules(minimumToQualify, target, maxWinners, goalCap, minimumVisits, order, returnWindow);
    }

    public ContestRules withReturnWindow(Duration window) {
        return new ContestRules(minimumToQualify, target, maxWinners, goalCap, minimumVisits, tieBreaks, window);
    }

    private static List<TieBreak> normalise(List<TieBreak> order) {
        List<TieBreak> chain = new ArrayList<>(order == null || order.isEmpty() ? DEFAULT_TIE_BREAKS : order);
        chain.remove(TieBreak.PARTNER_ID);
        List<TieBreak> unique = new ArrayList<>(chain.stream().distinct().toList());
        unique.add(TieBreak.PARTNER_ID);
        return List.copyOf(unique);
    }

    void validate(ContestKind kind, Metric metric, Problems problems) {
        problems.check(minimumToQualify.signum() >= 0, "rules.minimumToQualify", ValidationCode.MINIMUM_NEGATIVE,
                "the minimum to qualify cannot be negative");
        if (kind != null && kind.hasTarget()) {
            if (target == null) {
                problems.add("rules.target", ValidationCode.TARGET_REQUIRED, "a goal contest needs a target");
            } else {
                problems.check(target.signum() > 0, "rules.target", ValidationCode.TARGET_NOT_POSITIVE,
                        "the target must be greater than zero");
            }
        } else if (target != null) {
            problems.check(target.signum() > 0, "rules.target", ValidationCode.TARGET_NOT_POSITIVE,
                    "the target must be greater than zero");
        }
        problems.check(maxWinners == null || maxWinners > 0, "rules.maxWinners",
                ValidationCode.MAX_WINNERS_NOT_POSITIVE, "the maximum number of winners must be at least 1");
        problems.check(goalCap == null || goalCap > 0, "rules.goalCap", ValidationCode.GOAL_CAP_NOT_POSITIVE,
                "the number of first partners to reach the goal must be at least 1");
        problems.check(minimumVisits >= 0, "rules.minimumVisits", ValidationCode.MINIMUM_VISITS_NEGATIVE,
                "the minimum number of visits cannot be negative");
        problems.check(!returnWindow.isNegative(), "rules.returnWindow", ValidationCode.RETURN_WINDOW_NEGATIVE,
                "the return window cannot be negative");
    }
}
