/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.contest.ContestLifecycle
import com.affiliatecontests.engine.contest.ContestStatus
import com.affiliatecontests.engine.standing.ScoredPartner
import com.affiliatecontests.engine.standing.Scoring
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.ServiceUtil

import java.time.Instant

/**
 * The scheduled job: moves every contest whose time has come (scheduled to active, active to
 * ended, ended to finalized after its return window). Asking again changes nothing, so the job is
 * idempotent.
 */
Map advanceAffContests() {
    ContestRecords records = new ContestRecords(delegator)
    ContestLifecycle lifecycle = new ContestLifecycle()
    Instant now = Instant.now()
    int moved = 0
    List<GenericValue> contests = EntityQuery.use(delegator).from('AffContest').where(EntityCondition.makeCondition('statusId',
            EntityOperator.IN, ['AFFC_SCHEDULED', 'AFFC_ACTIVE', 'AFFC_ENDED'])).orderBy('contestId').queryList()
    contests.each { GenericValue value ->
        Contest contest = records.contest(value)
        Contest advanced = lifecycle.advance(contest, now)
        if (advanced.status() == contest.status()) {
            return
        }
        if (advanced.status() == ContestStatus.FINALIZED) {
            if (contest.status() != ContestStatus.ENDED) {
                // a job that missed the end catches up: ended first, then finalized with its winners
                value.set('statusId', ContestStatus.ENDED.statusId())
                value.store()
            }
            Map result = dispatcher.runSync('finalizeAffContest', [contestId: contest.id(), userLogin: userLogin])
            if (ServiceUtil.isError(result)) {
                logError("Contest ${contest.id()} could not be finalized: ${ServiceUtil.getErrorMessage(result)}")
                return
            }
        } else {
            value.set('statusId', advanced.status().statusId())
            value.store()
        }
        moved++
    }
    return success([contestsMoved: moved])
}

/**
 * Conversion-rate contests: counts each participant's tracked visits in the window (TrackingCodeVisit
 * of the tracking codes mapped to it in AffContestTrackingCode) and lets the engine re-score its row.
 * Visits are absolute counts, so running it again changes nothing.
 */
Map updateAffContestVisits() {
    ContestRecords records = new ContestRecords(delegator)
    int updated = 0
    List<GenericValue> contests = from('AffContest').where(EntityCondition.makeCondition('statusId',
            EntityOperator.IN, ['AFFC_ACTIVE', 'AFFC_ENDED'])).queryList()
    Map<String, List<String>> codesByPartner = from('AffContestTrackingCode').queryList()
            .groupBy { it.partyId }.collectEntries { partyId, rows -> [(partyId): rows*.trackingCodeId] }
    contests.findAll { records.code(it.metricEnumId) == 'CONVERSION_RATE' }.each { GenericValue contest ->
        Scoring scoring = new Scoring(records.definition(contest))
        List<GenericValue> standings = from('AffContestStanding').where('contestId', contest.contestId).queryList()
        standings.each { GenericValue row ->
            List<String> codes = codesByPartner[row.partyId] ?: []
            long visits = codes ? from('TrackingCodeVisit').where(
                    EntityCondition.makeCondition('trackingCodeId', EntityOperator.IN, codes),
                    EntityCondition.makeCondition('fromDate', EntityOperator.GREATER_THAN_EQUAL_TO, contest.fromDate),
                    EntityCondition.makeCondition('fromDate', EntityOperator.LESS_THAN, contest.thruDate)).queryCount() : 0L
            if (visits != (row.getLong('visits') ?: 0L)) {
                ScoredPartner scored = scoring.score(LedgerWriter.totalsOf(row).withVisits(visits))
                row.setNonPKFields([visits: visits, score: scored.score(), qualified: scored.qualified() ? 'Y' : 'N',
                        rankKey: scoring.sortKey(scored)])
                row.store()
                updated++
            }
        }
    }
    return success([standingsUpdated: updated])
}

