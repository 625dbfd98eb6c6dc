/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.contest.ContestLifecycle
import com.affiliatecontests.engine.contest.ContestStatus
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
        // a move is due: made under the contest row's lock, unless a concurrent status change came first
        value = new ContestLocks(delegator).lockAndRead(contest.id())
        if (value?.getString('statusId') != contest.status().statusId()) {
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
