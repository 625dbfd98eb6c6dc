/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil

/*
 * Demo rewards (job AFFC_DEMO_REWARDS, data/AffiliateContestsRewardDemoJobs.xml): once the setup
 * job has finalized the September sprint, its winner's store credit is approved and issued and the
 * runner-up's approved, pending, through the same services as the back office.
 */

Map setupAffContestRewardDemo() {
    String contestId = 'AFFC_DEMO_SEPT'
    long deadline = System.currentTimeMillis() + 300000L
    List<GenericValue> winners = []
    // the setup job finalizes the sprint at the same first start: wait for its winners
    while ((winners = from('AffContestWinner').where('contestId', contestId).orderBy('placeNumber').queryList()).size() < 2) {
        if (System.currentTimeMillis() > deadline) {
            return error("the September sprint has no winners yet")
        }
        Thread.sleep(1000L)
    }
    GenericValue system = from('UserLogin').where('userLoginId', 'system').queryOne()
    for (Map call : [[service: 'approveAffContestReward', partyId: winners[0].partyId],
                     [service: 'issueAffContestReward', partyId: winners[0].partyId],
                     [service: 'approveAffContestReward', partyId: winners[1].partyId]]) {
        Map result = dispatcher.runSync(call.service, [contestId: contestId, partyId: call.partyId, userLogin: system])
        if (!ServiceUtil.isSuccess(result)) {
            return error("${call.service} ${call.partyId}: ${ServiceUtil.getErrorMessage(result)}")
        }
    }
    return success()
}
