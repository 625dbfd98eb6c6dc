/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.ServiceUtil

/*
 * Screen actions of the rewards: the winners' rewards with their actions and the prize cost
 * (back office), the month's issued rewards (dashboard), the partner's own rewards (portal).
 * They call the reward services only; the services decide what each user may see.
 */

void winnerRewards(Map context) {
    Map rewards = dispatcher.runSync('getAffContestRewards', [contestId: context.contestId, userLogin: userLogin, locale: locale])
    context.rewardRows = ServiceUtil.isSuccess(rewards) ? rewards.rewards : []
    Map cost = dispatcher.runSync('getAffContestPrizeCost', [contestId: context.contestId, userLogin: userLogin, locale: locale])
    context.prizeCost = ServiceUtil.isSuccess(cost) ? cost : [:]
    context.canReward = security.hasPermission('AFFCONTEST_REWARD', userLogin)
}

void prizeRewards(Map context) {
    winnerRewards(context)
    context.prizeTiers = EntityQuery.use(delegator).from('AffContestPrize').where('contestId', context.contestId)
            .orderBy('fromPlace').queryList()
    context.prizeTerms = EntityQuery.use(delegator).from('AffContestPrizeReward').where('contestId', context.contestId)
            .queryList().collectEntries { [(it.prizeSeqId): it] }
    context.rewardKinds = EntityQuery.use(delegator).from('Enumeration').where('enumTypeId', 'AFFC_REWARD_KIND')
            .orderBy('sequenceId').cache().queryList()
    context.promotions = EntityQuery.use(delegator).from('ProductPromo').orderBy('promoName').queryList()
    context.prizeBudget = EntityQuery.use(delegator).from('AffContestPrizeBudget').where('contestId', context.contestId).queryOne()
}

void monthRewards(Map context) {
    Map totals = dispatcher.runSync('getAffContestRewardTotals', [userLogin: userLogin, locale: locale])
    context.rewardTotals = ServiceUtil.isSuccess(totals) ? totals.totals : []
}

void myRewards(Map context) {
    Map mine = dispatcher.runSync('getMyAffRewards', [userLogin: userLogin, locale: locale])
    context.myRewards = ServiceUtil.isSuccess(mine) ? mine.rewards : []
}
