package com.affiliatecontests.engine.standing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One partner's row in a ranked contest.
 *
 * @param rank            competition rank by score: equal scores share a rank (1, 2, 2, 4)
 * @param place           strict position after the tie-breaks (1, 2, 3, 4); prizes go by place
 * @param qualified       whether the partner meets the minimum (and, where relevant, visits or target)
 * @param progressPercent progress to the target, 0 to 100, null when the contest has no target
 * @param gapToNext       score still needed to reach the next higher rank, null for the top rank
 */
public record Standing(String partnerId, int rank, int place, BigDecimal score, long conversions,
                       Instant reachedAt, long visits, boolean qualified, BigDecimal progressPercent,
                       BigDecimal gapToNext) {
}
