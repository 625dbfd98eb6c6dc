/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.contest

import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.service.ServiceUtil

import groovy.transform.Field

/*
 * The demo's one-time setup, run by the job AFFC_DEMO_SETUP (data/AffiliateContestsDemoJobs.xml) at
 * the first start after the demo data is loaded. The demo data holds completed orders and launched
 * contests but no credit line: the orders are credited here by recomputeAffContest, that is by the
 * same crediting services as live orders, then advanceAffContests finalizes the demo contest that
 * has already ended. Running it again rebuilds the same credits and standings.
 */

@Field static final String DEMO_PREFIX = 'AFFC_DEMO_'
@Field static final List<String> RUNNING = ['AFFC_ACTIVE', 'AFFC_ENDED']

/** Credits the demo orders in the running demo contests, then finalizes the ended one. */
Map setupAffContestDemo() {
    GenericValue system = from('UserLogin').where('userLoginId', 'system').queryOne()
    List<String> contestIds = from('AffContest')
            .where(EntityCondition.makeCondition('contestId', EntityOperator.LIKE, DEMO_PREFIX + '%'))
            .orderBy('contestId').queryList()*.getString('contestId').findAll { it.startsWith(DEMO_PREFIX) }
    if (!contestIds) {
        return success([contestsRecomputed: 0, contestsMoved: 0])
    }
    int recomputed = 0
    int orders = 0
    boolean began = TransactionUtil.begin(3600)
    try {
        // Locks the demo contests' rows until the credits are committed: the scheduled
        // advanceAffContests, if it runs meanwhile, waits and then finalizes from the whole ledger.
        delegator.storeByCondition('AffContest', [lastUpdatedStamp: UtilDateTime.nowTimestamp()],
                EntityCondition.makeCondition('contestId', EntityOperator.IN, contestIds))
        List<GenericValue> contests = from('AffContest')
                .where(EntityCondition.makeCondition('contestId', EntityOperator.IN, contestIds))
                .orderBy('contestId').queryList()
        contests.each { GenericValue contest ->
            if (finalizedUncredited(contest)) {
                backToEnded(contest)
            }
            if (contest.getString('statusId') in RUNNING) {
                Map result = dispatcher.runSync('recomputeAffContest', [contestId: contest.getString('contestId'),
                        userLogin: system])
                if (ServiceUtil.isError(result)) {
                    throw new IllegalStateException("contest ${contest.getString('contestId')}: "
                            + ServiceUtil.getErrorMessage(result))
                }
                recomputed++
                orders += (result.ordersReplayed ?: 0) as int
            }
        }
        TransactionUtil.commit(began)
    } catch (Exception e) {
        TransactionUtil.rollback(began, 'Affiliate contest demo setup failed', e)
        return error("Affiliate contest demo setup failed: ${e.message}")
    }
    Map advanced = dispatcher.runSync('advanceAffContests', [userLogin: system])
    if (ServiceUtil.isError(advanced)) {
        return error('Affiliate contest demo credited, but advancing the contests failed: '
                + ServiceUtil.getErrorMessage(advanced))
    }
    logInfo("Affiliate contest demo: ${recomputed} contests credited from ${orders} orders, "
            + "${advanced.contestsMoved} moved on")
    return success([contestsRecomputed: recomputed, contestsMoved: advanced.contestsMoved])
}

/**
 * A demo contest the scheduled advanceAffContests finalized before this setup credited it (at the
 * first start, or after the demo data was loaded again): finalized while no standing has a conversion.
 */
private boolean finalizedUncredited(GenericValue contest) {
    return contest.getString('statusId') == 'AFFC_FINALIZED' && from('AffContestStanding').where(
            EntityCondition.makeCondition('contestId', contest.getString('contestId')),
            EntityCondition.makeCondition('conversions', EntityOperator.GREATER_THAN, 0L)).queryCount() == 0
}

/** Takes such a contest back to ENDED, without its empty winners, so that it is credited and finalized again. */
private void backToEnded(GenericValue contest) {
    delegator.removeByAnd('AffContestWinner', [contestId: contest.getString('contestId')])
    contest.set('statusId', 'AFFC_ENDED')
    contest.set('finalizedDate', null)
    contest.store()
}
