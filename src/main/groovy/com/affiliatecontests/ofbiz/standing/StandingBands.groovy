/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.standing

import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.standing.BandSlices
import com.affiliatecontests.engine.standing.ScoreBand
import com.affiliatecontests.engine.standing.Scoring
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * Keeps a contest's score-band counters (AffContestScoreBand, one per slice of a band: BandSlices) in
 * step with its standing rows, in the caller's transaction, so that LeaderboardQuery finds a place from
 * a few counters and one slice's rows instead of counting the board.
 */
class StandingBands {

    private static final String MODULE = StandingBands.name

    private final Delegator delegator
    private final BandSlices slices

    StandingBands(Delegator delegator, ContestDefinition definition) {
        this.delegator = delegator
        this.slices = new BandSlices(new Scoring(definition))
    }

    /**
     * Sets the contest's counters to the counts of these rank keys (launch, recompute, bulk loads), a band
     * of many partners cut into slices. Slices are only added here, while no partner has moved yet or
     * under a recompute, never by a move: a move finds its slices without a lock. Counters are zeroed
     * rather than removed (a removed row stays locked until this transaction ends), and each is written
     * by its primary key: an UPDATE over the contest's rows may lock the whole table on Derby, and a band
     * created in its own transaction by a move would then wait for this one.
     */
    void reset(String contestId, Collection<String> rankKeys) {
        List<GenericValue> existing = EntityQuery.use(delegator).from('AffContestScoreBand').where('contestId', contestId)
                .queryList()
        Map<String, Long> counts = slices.count(rankKeys, existing*.getString('bandKey'), BandSlices.SLICE)
        existing.each { GenericValue counter ->
            Long partners = counts.remove(counter.getString('bandKey')) ?: 0L
            if (counter.getLong('partners') != partners) {
                counter.set('partners', partners)
                counter.store()
            }
        }
        counts.each { String band, Long partners ->
            delegator.create('AffContestScoreBand', [contestId: contestId, bandKey: band, partners: partners])
        }
    }

    /** Builds the counters of a contest whose standing rows were loaded without them (data files, upgrades). */
    void repairIfMissing(String contestId) {
        if (EntityQuery.use(delegator).from('AffContestScoreBand').where('contestId', contestId).queryFirst()) {
            return
        }
        List<String> keys = EntityQuery.use(delegator).select('rankKey').from('AffContestStanding')
                .where('contestId', contestId).queryList()*.getString('rankKey').findAll()
        if (keys) {
            reset(contestId, keys)
        }
    }

    /**
     * Moves one partner from the slice of its old key to the slice of its new one. The counters are
     * locked in key order, so two moves between the same slices cannot deadlock; a band seen for the
     * first time is created empty under the contest row's lock, so two partners entering it at once
     * do not collide on the insert.
     */
    void move(String contestId, String oldKey, String newKey) {
        if (oldKey == newKey) {
            return
        }
        String from = sliceOf(contestId, oldKey)
        String to = sliceOf(contestId, newKey)
        if (from == to) {
            return
        }
        ensureExists(contestId, to)
        List<String> moved = [from, to].sort()
        // the update takes the counter's row lock before it is read, as LedgerWriter does for standings
        moved.each { String slice ->
            delegator.storeByCondition('AffContestScoreBand', [lockedStamp: UtilDateTime.nowTimestamp()],
                    EntityCondition.makeCondition([contestId: contestId, bandKey: slice]))
        }
        if (sliceOf(contestId, oldKey) != from || sliceOf(contestId, newKey) != to) {
            // a recompute sliced the board while this move waited for the counters: the caller's transaction
            // rolls back and its crediting is retried against the new slices
            throw new IllegalStateException("The score bands of contest ${contestId} were sliced during a move")
        }
        moved.each { String slice ->
            GenericValue counter = EntityQuery.use(delegator).from('AffContestScoreBand')
                    .where('contestId', contestId, 'bandKey', slice).queryOne()
            if (counter == null) {
                // a board whose counters were never built (reset) is rebuilt by the next recompute
                Debug.logWarning("No score band ${slice} in contest ${contestId}", MODULE)
                return
            }
            counter.set('partners', (counter.getLong('partners') ?: 0L) + (slice == to ? 1L : -1L))
            counter.store()
        }
    }

    /** The counter a rank key is counted in: the last slice of its band at or before it. */
    String sliceOf(String contestId, String rankKey) {
        String band = ScoreBand.of(rankKey)
        GenericValue last = EntityQuery.use(delegator).select('bandKey').from('AffContestScoreBand').where(
                EntityCondition.makeCondition('contestId', contestId),
                EntityCondition.makeCondition('bandKey', EntityOperator.GREATER_THAN_EQUAL_TO, band),
                EntityCondition.makeCondition('bandKey', EntityOperator.LESS_THAN_EQUAL_TO, slices.lookupKey(rankKey)))
                .orderBy('-bandKey').queryFirst()
        return slices.sliceOf(rankKey, new TreeSet<String>(last ? [last.getString('bandKey')] : []))
    }

    private void ensureExists(String contestId, String band) {
        if (exists(contestId, band)) {
            return
        }
        // Creating a band is rare. The contest row's lock makes concurrent creators queue, so none collides
        // on the insert; it is taken in this transaction, which may already hold it (recompute, demo setup).
        delegator.storeByCondition('AffContest', [lastUpdatedStamp: UtilDateTime.nowTimestamp()],
                EntityCondition.makeCondition('contestId', contestId))
        if (!exists(contestId, band)) {
            delegator.create('AffContestScoreBand', [contestId: contestId, bandKey: band, partners: 0L])
        }
    }

    private boolean exists(String contestId, String band) {
        return EntityQuery.use(delegator).from('AffContestScoreBand').where('contestId', contestId, 'bandKey', band)
                .queryOne() != null
    }

}
