package com.affiliatecontests.engine.winner;

import com.affiliatecontests.engine.contest.PrizeTier;

import java.math.BigDecimal;

/**
 * A partner who won: its winning place (for goal contests, the order in which it reached the goal),
 * its rank and score, and the prize tier it won (null when a goal contest's tiers do not reach that far).
 */
public record Winner(String partnerId, int place, int rank, BigDecimal score, PrizeTier prize) {
}
