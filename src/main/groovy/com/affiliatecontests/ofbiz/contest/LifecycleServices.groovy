/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.contest

import com.affiliatecontests.ofbiz.credit.PastOrders
import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.contest.ContestLifecycle
import com.affiliatecontests.engine.contest.ContestStatus
import com.affiliatecontests.ofbiz.live.BoardChanges
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.ServiceUtil

import groovy.transform.Field

import java.time.Instant

/**
 * The scheduled job: moves every contest whose time has come (scheduled to active, active to
 * ended, ended to finalized after its return window). Asking again changes nothing, so the job is
 * idempotent. Each contest is moved in a transaction of its own: a contest that fails is rolled
 * back alone, logged and counted on its row (JobFailures), and the others are moved. A contest
 * activated by the job (up to one job interval after its start) is then credited with the orders
 * completed since its start, through the crediting services as a recompute does, one order per
 * transaction, before any further move. The crediting outbox is processed first; a contest whose
 * orders still have events waiting (failing ones, retried later) is not finalized, and the refusal is
 * counted on its row until a later run finalizes it.
 */
Map advanceAffContests() {
    ContestLifecycle lifecycle = new ContestLifecycle()
    JobFailures failures = new JobFailures(delegator)
    // the crediting outbox first: a contest due is finalized on every order event that can be credited
    // now (finalization waits for those that cannot, see finalizeAffContest, and this job asks again later)
    Map outbox = dispatcher.runSync('affContestProcessOrderEvents', [:])
    if (ServiceUtil.isError(outbox)) {
        logError("Order events not processed before advancing the contests: ${ServiceUtil.getErrorMessage(outbox)}")
    }
    Instant now = Instant.now()
    int moved = 0
    int failed = 0
    ContestRecords records = new ContestRecords(delegator)
    List<String> contestIds = EntityQuery.use(delegator).from('AffContest').select('contestId').where(
            EntityCondition.makeCondition('statusId', EntityOperator.IN, ['AFFC_SCHEDULED', 'AFFC_ACTIVE', 'AFFC_ENDED']))
            .orderBy('contestId').queryList()*.getString('contestId')
    contestIds.each { String contestId ->
        String step = null
        boolean ok = failures.run(contestId, 'Advancing') { step = advanceOne(contestId, records, lifecycle, now) }
        if (ok && step == ACTIVATED) {
            ok = new PastOrders(delegator, dispatcher, userLogin).creditSinceStart(contestId, failures)
            ok = ok && failures.run(contestId, 'Advancing') { advanceOne(contestId, records, lifecycle, now) }
        }
        if (failures.settle(contestId, ok)) {
            moved += step ? 1 : 0
        } else {
            failed++
        }
    }
    return success([contestsMoved: moved, contestsFailed: failed, participantsRead: records.participantsRead])
}

@Field static final String ACTIVATED = 'ACTIVATED'
@Field static final String MOVED = 'MOVED'

/**
 * Applies the moves due by now to one contest, in the caller's transaction. A scheduled contest is
 * only activated (ACTIVATED: its past orders are credited before it moves on); otherwise every move
 * due is applied (MOVED). Null when nothing was due.
 */
private String advanceOne(String contestId, ContestRecords records, ContestLifecycle lifecycle, Instant now) {
    GenericValue value = records.contestValue(contestId)
    if (!value || !(value.getString('statusId') in ['AFFC_SCHEDULED', 'AFFC_ACTIVE', 'AFFC_ENDED'])) {
        return null
    }
    Contest contest = records.contest(value)
    Contest advanced = lifecycle.advance(contest, now)
    if (advanced.status() == contest.status()) {
        return null
    }
    new BoardChanges(delegator).afterCommit(contestId)
    // a move is due: made under the contest row's lock, unless a concurrent status change came first
    value = new ContestLocks(delegator).lockAndRead(contestId)
    if (value?.getString('statusId') != contest.status().statusId()) {
        return null
    }
    if (contest.status() == ContestStatus.SCHEDULED) {
        value.set('statusId', ContestStatus.ACTIVE.statusId())
        value.store()
        return ACTIVATED
    }
    if (advanced.status() == ContestStatus.FINALIZED) {
        if (contest.status() != ContestStatus.ENDED) {
            // a job that missed the end catches up: ended first, then finalized with its winners
            value.set('statusId', ContestStatus.ENDED.statusId())
            value.store()
        }
        Map result = dispatcher.runSync('finalizeAffContest', [contestId: contest.id(), userLogin: userLogin])
        if (ServiceUtil.isError(result)) {
            throw new IllegalStateException("not finalized: ${ServiceUtil.getErrorMessage(result)}".toString())
        }
    } else {
        value.set('statusId', advanced.status().statusId())
        value.store()
    }
    return MOVED
}
