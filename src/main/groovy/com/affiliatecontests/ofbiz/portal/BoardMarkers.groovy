/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import org.apache.ofbiz.base.util.cache.UtilCache
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.model.DynamicViewEntity
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * The change marker of a contest's leaderboard, which the portal's open contest pages poll: the
 * contest status and the latest update of any of its standing rows (every credit, reversal and
 * visits re-score stores the partner's row). It is read once per contest at most every
 * {@link #TTL_MILLIS} and shared by every partner watching the contest, so the cost of the polls
 * does not grow with the number of viewers; only a changed marker makes a page fetch the board.
 */
class BoardMarkers {

    /** A credit shows on open pages within this plus the pages' poll interval. */
    static final long TTL_MILLIS = 3000L

    private static final UtilCache<String, String> MARKERS = UtilCache.getOrCreateUtilCache(
            'affiliatecontests.portal.boardMarker', 1000, 1000, TTL_MILLIS, false)

    private final Delegator delegator

    BoardMarkers(Delegator delegator) {
        this.delegator = delegator
    }

    String marker(GenericValue contest) {
        String contestId = contest.getString('contestId')
        String key = "${delegator.delegatorName}:${contestId}"
        String stamp = MARKERS.get(key)
        if (stamp == null) {
            stamp = latestUpdate(contestId)
            MARKERS.put(key, stamp)
        }
        return "${contest.getString('statusId')}-${stamp}".toString()
    }

    /**
     * The marker read again now (and cached for the polls): what a push after a commit sends, so a
     * page told of a change never compares with a marker cached before it.
     */
    String fresh(GenericValue contest) {
        String contestId = contest.getString('contestId')
        String stamp = latestUpdate(contestId)
        MARKERS.put("${delegator.delegatorName}:${contestId}".toString(), stamp)
        return "${contest.getString('statusId')}-${stamp}".toString()
    }

    private String latestUpdate(String contestId) {
        DynamicViewEntity view = new DynamicViewEntity()
        view.addMemberEntity('ST', 'AffContestStanding')
        view.addAlias('ST', 'contestId', null, null, false, true, null)
        view.addAlias('ST', 'latestUpdate', 'lastUpdatedStamp', null, false, false, 'max')
        GenericValue row = EntityQuery.use(delegator).from(view).where('contestId', contestId).queryFirst()
        Timestamp latest = row?.getTimestamp('latestUpdate')
        return latest ? Long.toString(latest.time, 36) : '0'
    }

}
