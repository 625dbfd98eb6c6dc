/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.standing.ScoredPartner
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.engine.standing.Standing
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * Reads slices of a contest's leaderboard from the standing rows by their rank key (the engine's
 * sort key, indexed with the contest id), so that a page of a leaderboard of 100k partners, or a
 * partner's place, is an index range rather than a sort. The engine ranks each slice.
 */
class LeaderboardQuery {

    private final Delegator delegator
    private final String contestId
    private final Scoring scoring

    LeaderboardQuery(Delegator delegator, String contestId, ContestDefinition definition) {
        this.delegator = delegator
        this.contestId = contestId
        this.scoring = new Scoring(definition)
    }

    long participants() {
        return EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId).queryCount()
    }

    GenericValue row(String partyId) {
        return EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId, 'partyId', partyId)
                .queryOne()
    }

    /** Rows from place {@code firstPlace} (1-based), at most {@code count}, ranked by the engine. */
    List<Standing> slice(int firstPlace, int count) {
        if (count <= 0) {
            return []
        }
        int from = Math.max(1, firstPlace - 1)
        List<ScoredPartner> scored = page(from, count + firstPlace - from).collect { scoring.score(LedgerWriter.totalsOf(it)) }
        Standing above = null
        if (firstPlace > 1 && scored) {
            above = standingOf(scored.remove(0), firstPlace - 1)
        }
        return scoring.rank(scored, scored.size(), above)
    }

    /**
     * The neighbourhood of the row at {@code place}: up to {@code neighbours} rows before it (but not
     * before place {@code fromPlace}) and after it, ranked by the engine. Read in ascending key order
     * only: on Derby a descending read sorts the whole range.
     */
    List<Standing> around(int place, int neighbours, int fromPlace) {
        int firstPlace = Math.max(fromPlace, place - neighbours)
        return slice(firstPlace, place + neighbours - firstPlace + 1)
    }

    /** The place of a row: one plus the rows whose key sorts before its own. */
    int placeOf(GenericValue row) {
        return (int) countBefore(row.getString('rankKey')) + 1
    }

    private List<GenericValue> page(int firstPlace, int count) {
        return EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId).orderBy('rankKey')
                .offset(firstPlace - 1).limit(count).maxRows(firstPlace - 1 + count).queryList()
    }

    private long countBefore(String key) {
        return EntityQuery.use(delegator).from('AffContestStanding').where(
                EntityCondition.makeCondition('contestId', contestId),
                EntityCondition.makeCondition('rankKey', EntityOperator.LESS_THAN, key)).queryCount()
    }

    /** A partner's standing at a known place, with its competition rank and the gap to the next rank. */
    private Standing standingOf(ScoredPartner partner, int place) {
        String scoreKey = scoring.scoreKey(partner)
        long outranking = countBefore(scoreKey)
        BigDecimal gap = null
        if (outranking > 0) {
            ScoredPartner next = scoring.score(LedgerWriter.totalsOf(page((int) outranking, 1).first()))
            if (next.qualified() == partner.qualified() && next.score() > partner.score()) {
                gap = next.score().subtract(partner.score())
            }
        }
        return new Standing(partner.partnerId(), (int) outranking + 1, place, partner.score(),
                partner.totals().conversions(), partner.totals().reachedAt(), partner.totals().visits(),
                partner.qualified(), scoring.progress(partner.score()), gap)
    }

}
