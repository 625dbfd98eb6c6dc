/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.standing

import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.standing.BandSlices
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
 * sort key, indexed with the contest id), so that a page of a leaderboard of 100k partners is an
 * index range rather than a sort. A partner's place comes from the score-band counters
 * (StandingBands) plus the rows of its own band before it, never from counting the board. The
 * engine ranks each slice.
 */
class LeaderboardQuery {

    private final Delegator delegator
    private final String contestId
    private final Scoring scoring
    /** Rows of a key's band before it, by key: a partner's view asks for its own place twice (place, neighbours). */
    private final Map<String, Long> inSliceCounts = [:]
    private final StandingBands bands
    private final BandSlices slices

    LeaderboardQuery(Delegator delegator, String contestId, ContestDefinition definition) {
        this.delegator = delegator
        this.contestId = contestId
        this.scoring = new Scoring(definition)
        this.bands = new StandingBands(delegator, definition)
        this.slices = new BandSlices(scoring)
        bands.repairIfMissing(contestId)
    }

    long participants() {
        return bandSum(null)
    }

    GenericValue row(String partyId) {
        return EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId, 'partyId', partyId)
                .queryOne()
    }

    /** Rows from place {@code firstPlace} (1-based), at most {@code count}, ranked by the engine (admin pages). */
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

    /** The place of a row: one plus the rows whose key sorts before its own. */
    int placeOf(GenericValue row) {
        return (int) before(keyOf(row), 0).count + 1
    }

    /** The row's rank key; rows loaded from data files before their first crediting have none yet. */
    private String keyOf(GenericValue row) {
        return row.getString('rankKey') ?: scoring.sortKey(scoring.score(LedgerWriter.totalsOf(row)))
    }

    /**
     * A row at a known place and its neighbourhood: up to {@code neighbours} rows before it (but not
     * before place {@code fromPlace}) and after it, ranked by the engine. Read by key ranges in
     * ascending order only: on Derby a descending read sorts the whole range.
     */
    List<Standing> around(GenericValue row, int place, int neighbours, int fromPlace) {
        String key = keyOf(row)
        int wantedBefore = Math.max(0, Math.min(neighbours, place - fromPlace))
        Before preceding = before(key, wantedBefore + 1)
        List<String> after = neighbours <= 0 ? [] : EntityQuery.use(delegator).select('rankKey').from('AffContestStanding')
                .where(EntityCondition.makeCondition('contestId', contestId),
                        EntityCondition.makeCondition('rankKey', EntityOperator.GREATER_THAN, key))
                .orderBy('rankKey').offset(0).limit(neighbours).maxRows(neighbours).queryList()*.getString('rankKey').take(neighbours)
        List<ScoredPartner> scored = rowsOf(preceding.keys + [key] + after).collect { scoring.score(LedgerWriter.totalsOf(it)) }
        int firstPlace = place - wantedBefore
        Standing above = null
        if (preceding.keys.size() > wantedBefore) {
            above = standingOf(scored.remove(0), firstPlace - 1)
        }
        return scoring.rank(scored, scored.size(), above)
    }

    private List<GenericValue> page(int firstPlace, int count) {
        return EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId).orderBy('rankKey')
                .offset(firstPlace - 1).limit(count).maxRows(firstPlace - 1 + count).queryList()
    }

    /**
     * The rows of these rank keys, in their order, each read by its primary key (the partner is the
     * key's last part): Derby may answer a range or an IN list of rank keys over full rows through the
     * primary-key index and a sort of the whole contest.
     */
    private List<GenericValue> rowsOf(List<String> keys) {
        return keys.collect { String key ->
            EntityQuery.use(delegator).from('AffContestStanding')
                    .where('contestId', contestId, 'partyId', scoring.partnerIdOf(key)).queryOne()
        }
    }

    /**
     * How many rows sort before the key, and the last {@code wanted} of their keys in board order. The rows of
     * the key's own slice before it are counted, not read, and a slice holds at most a thousand rows when the
     * board was sliced: the band of the partners with no score holds most of a board of a million.
     */
    private Before before(String key, int wanted) {
        String slice = bands.sliceOf(contestId, key)
        String sliceStart = slices.firstKey(slice)
        long inSlice = inSliceCounts.computeIfAbsent(key) { countFrom(sliceStart, key) }
        List<String> last = lastKeysFrom(sliceStart, key, wanted)
        if (last.size() < wanted) {
            String upper = sliceStart
            for (String earlier : earlierSlices(slice, wanted - last.size())) {
                String lower = slices.firstKey(earlier)
                last = lastKeysFrom(lower, upper, wanted - last.size()) + last
                upper = lower
                if (last.size() >= wanted) {
                    break
                }
            }
        }
        return new Before(bandSum(slice) + inSlice, last)
    }

    /** How many rank keys lie in [lower, upper): at most one slice's, counted on the board index. */
    private long countFrom(String lower, String upper) {
        return EntityQuery.use(delegator).from('AffContestStanding').where(range(lower, upper)).queryCount()
    }

    /**
     * The last {@code count} rank keys in [lower, upper), in board order. Read backwards from the upper end:
     * at most {@code count} rows cross, and on Derby, which sorts a descending range, the sort covers at
     * most one slice.
     */
    private List<String> lastKeysFrom(String lower, String upper, int count) {
        if (count <= 0) {
            return []
        }
        return EntityQuery.use(delegator).select('rankKey').from('AffContestStanding').where(range(lower, upper))
                .orderBy('-rankKey').offset(0).limit(count).maxRows(count).queryList()*.getString('rankKey').take(count).reverse()
    }

    private List<EntityCondition> range(String lower, String upper) {
        return [EntityCondition.makeCondition('contestId', contestId),
                EntityCondition.makeCondition('rankKey', EntityOperator.GREATER_THAN_EQUAL_TO, lower),
                EntityCondition.makeCondition('rankKey', EntityOperator.LESS_THAN, upper)]
    }

    /** The non-empty slices just before a slice, nearest first, enough to hold {@code rows} rows. */
    private List<String> earlierSlices(String band, int rows) {
        return EntityQuery.use(delegator).from('AffContestScoreBand').where(
                EntityCondition.makeCondition('contestId', contestId),
                EntityCondition.makeCondition('bandKey', EntityOperator.LESS_THAN, band),
                EntityCondition.makeCondition('partners', EntityOperator.GREATER_THAN, 0L))
                .orderBy('-bandKey').maxRows(rows).queryList()*.getString('bandKey')
    }

    /** Participants in the slices before {@code band}, or in all of them when it is null. */
    private long bandSum(String band) {
        List<EntityCondition> conditions = [EntityCondition.makeCondition('contestId', contestId)]
        if (band != null) {
            conditions << EntityCondition.makeCondition('bandKey', EntityOperator.LESS_THAN, band)
        }
        GenericValue sum = EntityQuery.use(delegator).select('partners').from('AffContestBandSum')
                .where(conditions).queryFirst()
        return sum?.getLong('partners') ?: 0L
    }

    /** A partner's standing at a known place, with its competition rank and the gap to the next rank. */
    private Standing standingOf(ScoredPartner partner, int place) {
        Before outranking = before(scoring.scoreKey(partner), 1)
        BigDecimal gap = null
        if (outranking.keys) {
            ScoredPartner next = scoring.score(LedgerWriter.totalsOf(rowsOf(outranking.keys.take(1)).first()))
            if (next.qualified() == partner.qualified() && next.score() > partner.score()) {
                gap = next.score().subtract(partner.score())
            }
        }
        return new Standing(partner.partnerId(), (int) outranking.count + 1, place, partner.score(),
                partner.totals().conversions(), partner.totals().reachedAt(), partner.totals().visits(),
                partner.qualified(), scoring.progress(partner.score()), gap)
    }

    /** Rows before a key: how many, and the last few keys. */
    private static final class Before {

        final long count
        final List<String> keys

        Before(long count, List<String> keys) {
            this.count = count
            this.keys = keys
        }

    }

}
