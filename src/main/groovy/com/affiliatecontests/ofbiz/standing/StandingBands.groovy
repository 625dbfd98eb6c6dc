/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.standing

import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.engine.standing.ScoreBand
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * Keeps a contest's score-band counters (AffContestScoreBand) in step with its standing rows, in
 * the caller's transaction, so that LeaderboardQuery finds a place from a few counters and one
 * band's rows instead of counting the board.
 */
class StandingBands {

    private static final String MODULE = StandingBands.name

    private final Delegator delegator

    StandingBands(Delegator delegator) {
        this.delegator = delegator
    }

    /**
     * Sets the contest's counters to the counts of these rank keys (launch, recompute, bulk loads).
     * Counters are zeroed rather than removed (a removed row stays locked until this transaction
     * ends), and each is written by its primary key: an UPDATE over the contest's rows may lock the
     * whole table on Derby, and a band created in its own transaction by a move would then wait for
     * this one.
     */
    void reset(String contestId, Collection<String> rankKeys) {
        Map<String, Long> counts = new TreeMap<>()
        rankKeys.each { String key -> counts.merge(ScoreBand.of(key), 1L, Long::sum) }
        List<GenericValue> existing = EntityQuery.use(delegator).from('AffContestScoreBand').where('contestId', contestId)
                .queryList()
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
     * Moves one partner from the band of its old key to the band of its new one. The counters are
     * locked in key order, so two moves between the same bands cannot deadlock; a band seen for the
     * first time is created empty under the contest row's lock, so two partners entering it at once
     * do not collide on the insert.
     */
    void move(String contestId, String oldKey, String newKey) {
        String from = ScoreBand.of(oldKey)
        String to = ScoreBand.of(newKey)
        if (from == to) {
            return
        }
        ensureExists(contestId, to)
        [from, to].sort().each { String band ->
            // the update takes the counter's row lock before it is read, as LedgerWriter does for standings
            delegator.storeByCondition('AffContestScoreBand', [lockedStamp: UtilDateTime.nowTimestamp()],
                    EntityCondition.makeCondition([contestId: contestId, bandKey: band]))
            GenericValue counter = EntityQuery.use(delegator).from('AffContestScoreBand')
                    .where('contestId', contestId, 'bandKey', band).queryOne()
            if (counter == null) {
                // a board whose counters were never built (reset) is rebuilt by the next recompute
                Debug.logWarning("No score band ${band} in contest ${contestId}", MODULE)
                return
            }
            counter.set('partners', (counter.getLong('partners') ?: 0L) + (band == to ? 1L : -1L))
            counter.store()
        }
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
