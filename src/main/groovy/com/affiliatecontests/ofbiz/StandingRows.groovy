/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.standing.ScoredPartner
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.engine.standing.Standing
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.util.EntityQuery

/** Reads a contest's standing rows and lets the engine rank them. */
class StandingRows {

    private final Delegator delegator

    StandingRows(Delegator delegator) {
        this.delegator = delegator
    }

    List<Standing> ranking(String contestId, ContestDefinition definition) {
        Scoring scoring = new Scoring(definition)
        List<ScoredPartner> scored = EntityQuery.use(delegator).from('AffContestStanding')
                .where('contestId', contestId).queryList()
                .collect { scoring.score(LedgerWriter.totalsOf(it)) }
        scored.sort(scoring.order())
        return scoring.rank(scored, scored.size())
    }
}
