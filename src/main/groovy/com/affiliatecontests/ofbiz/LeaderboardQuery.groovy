/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.contest.TieBreak
import com.affiliatecontests.engine.standing.ScoredPartner
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.engine.standing.Standing
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * Reads slices of a contest's leaderboard straight from the standing rows, in the engine's order
 * (qualified first, score, then the contest's tie-break chain), so that a leaderboard of 100k
 * partners costs a few indexed queries instead of reading every row. The engine ranks each slice.
 */
class LeaderboardQuery {

    private final Delegator delegator
    private final String contestId
    private final ContestDefinition definition
    private final Scoring scoring

    LeaderboardQuery(Delegator delegator, String contestId, ContestDefinition definition) {
        this.delegator = delegator
        this.contestId = contestId
        this.definition = definition
        this.scoring = new Scoring(definition)
    }

    /** The ORDER BY that mirrors the engine's order. */
    List<String> orderBy() {
        List<String> order = ['-qualified', '-score']
        definition.rules().tieBreaks().each { TieBreak tieBreak ->
            switch (tieBreak) {
                case TieBreak.EARLIEST_TO_SCORE: order << 'reachedDate'; break
                case TieBreak.MORE_CONVERSIONS: order << '-conversions'; break
                case TieBreak.PARTNER_ID: order << 'partyId'; break
            }
        }
        return order
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
        List<GenericValue> rows = EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId)
                .orderBy(orderBy()).offset(firstPlace - 1).limit(count).maxRows(firstPlace - 1 + count).queryList()
        List<ScoredPartner> scored = rows.collect { scoring.score(LedgerWriter.totalsOf(it)) }
        Standing above = firstPlace > 1 ? standingAt(firstPlace - 1) : null
        return scoring.rank(scored, scored.size(), above)
    }

    /** The place of a row: one plus the rows ordered before it. */
    int placeOf(GenericValue row) {
        return (int) EntityQuery.use(delegator).from('AffContestStanding')
                .where(EntityCondition.makeCondition('contestId', contestId), orderedBefore(row)).queryCount() + 1
    }

    /** The standing of the row at a place, with its competition rank and gap. */
    private Standing standingAt(int place) {
        GenericValue row = EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId)
                .orderBy(orderBy()).offset(place - 1).limit(1).maxRows(place).queryFirst()
        ScoredPartner partner = scoring.score(LedgerWriter.totalsOf(row))
        long better = EntityQuery.use(delegator).from('AffContestStanding').where(
                EntityCondition.makeCondition('contestId', contestId), strictlyBetterScore(row)).queryCount()
        GenericValue next = EntityQuery.use(delegator).from('AffContestStanding').where(
                EntityCondition.makeCondition('contestId', contestId),
                EntityCondition.makeCondition('qualified', row.getString('qualified')),
                EntityCondition.makeCondition('score', EntityOperator.GREATER_THAN, row.getBigDecimal('score')))
                .orderBy('score').maxRows(1).queryFirst()
        BigDecimal gap = next ? scoring.score(LedgerWriter.totalsOf(next)).score().subtract(partner.score()) : null
        return new Standing(partner.partnerId(), (int) better + 1, place, partner.score(), partner.totals().conversions(),
                partner.totals().reachedAt(), partner.totals().visits(), partner.qualified(),
                scoring.progress(partner.score()), gap)
    }

    /** Rows with a better (qualified, score) pair: those that outrank the row. */
    private EntityCondition strictlyBetterScore(GenericValue row) {
        List<EntityCondition> any = [EntityCondition.makeCondition([
                EntityCondition.makeCondition('qualified', row.getString('qualified')),
                EntityCondition.makeCondition('score', EntityOperator.GREATER_THAN, row.getBigDecimal('score'))])]
        if (row.getString('qualified') == 'N') {
            any << EntityCondition.makeCondition('qualified', 'Y')
        }
        return EntityCondition.makeCondition(any, EntityOperator.OR)
    }

    /** Rows that come before the row in the leaderboard order, level by level of the order. */
    private EntityCondition orderedBefore(GenericValue row) {
        List<EntityCondition> any = [strictlyBetterScore(row)]
        List<EntityCondition> same = [EntityCondition.makeCondition('qualified', row.getString('qualified')),
                                      EntityCondition.makeCondition('score', row.getBigDecimal('score'))]
        definition.rules().tieBreaks().each { TieBreak tieBreak ->
            EntityCondition better
            EntityCondition equal
            switch (tieBreak) {
                case TieBreak.EARLIEST_TO_SCORE:
                    def at = row.getTimestamp('reachedDate')
                    better = at == null ? EntityCondition.makeCondition('reachedDate', EntityOperator.NOT_EQUAL, null)
                            : EntityCondition.makeCondition('reachedDate', EntityOperator.LESS_THAN, at)
                    equal = EntityCondition.makeCondition('reachedDate', at)
                    break
                case TieBreak.MORE_CONVERSIONS:
                    better = EntityCondition.makeCondition('conversions', EntityOperator.GREATER_THAN,
                            row.getLong('conversions'))
                    equal = EntityCondition.makeCondition('conversions', row.getLong('conversions'))
                    break
                default:
                    better = EntityCondition.makeCondition('partyId', EntityOperator.LESS_THAN, row.getString('partyId'))
                    equal = EntityCondition.makeCondition('partyId', row.getString('partyId'))
            }
            any << EntityCondition.makeCondition(same + [better])
            same = same + [equal]
        }
        return EntityCondition.makeCondition(any, EntityOperator.OR)
    }
}
