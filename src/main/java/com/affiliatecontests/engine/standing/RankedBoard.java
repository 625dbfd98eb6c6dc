package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.ContestDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the winner selection reads of a contest: its rules, its ranking, and when partners reached a goal. */
public interface RankedBoard {

    ContestDefinition definition();

    List<Standing> ranking();

    /** When the partner's running score, over its still-valid orders in completion order, first reached the target. */
    Optional<Instant> goalReachedAt(String partnerId, BigDecimal target);
}
