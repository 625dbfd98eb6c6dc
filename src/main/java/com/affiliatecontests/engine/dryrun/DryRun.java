package com.affiliatecontests.engine.dryrun;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.fraud.FraudDetector;

import java.time.Instant;
import java.util.Collection;

/**
 * Evaluates a draft contest over past orders, through the same valuation, admission rules, totals and
 * winner selection as live crediting and finalization, so that the admin sees the leaderboard and
 * winners it would have produced. The orders are given one at a time to a {@link DryRunTally}, which
 * keeps one small record per partner: a window of any size is never held in memory.
 */
public final class DryRun {

    private final FraudDetector fraud;

    public DryRun(FraudDetector fraud) {
        this.fraud = fraud;
    }

    /** A tally of the contest over the partners eligible now, to which the window's orders are then given. */
    public DryRunTally start(ContestDefinition contest, Collection<PartnerProfile> partners, Instant now) {
        contest.validated();
        return new DryRunTally(contest, EligibilitySnapshot.take(contest.eligibility(), partners, now).partners(),
                fraud);
    }
}
