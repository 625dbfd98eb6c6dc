/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

import com.affiliatecontests.engine.reward.RewardKind
import com.affiliatecontests.engine.reward.RewardTerms
import com.affiliatecontests.engine.reward.RewardTier
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

/** Reads a contest's prize tiers and their reward terms for the engine, and the store they are issued in. */
class RewardRecords {

    static final String DEFAULT_STORE = '9000'

    private final Delegator delegator

    RewardRecords(Delegator delegator) {
        this.delegator = delegator
    }

    List<RewardTier> tiers(String contestId) {
        Map<String, GenericValue> terms = EntityQuery.use(delegator).from('AffContestPrizeReward')
                .where('contestId', contestId).queryList().collectEntries { [(it.prizeSeqId): it] }
        return EntityQuery.use(delegator).from('AffContestPrize').where('contestId', contestId).orderBy('fromPlace')
                .queryList().collect { GenericValue prize ->
                    GenericValue reward = terms[prize.prizeSeqId]
                    new RewardTier(prize.prizeSeqId, (prize.fromPlace ?: 1) as int, prize.thruPlace as Integer,
                            reward ? termsOf(reward, prize) : null)
                }
    }

    static RewardTerms termsOf(GenericValue reward, GenericValue prize) {
        return new RewardTerms(RewardKind.fromEnumId(reward.rewardKindEnumId).orElse(null), prize.amount,
                prize.currencyUomId, reward.productPromoId, reward.validDays as Integer)
    }

    GenericValue store(String productStoreId) {
        return EntityQuery.use(delegator).from('ProductStore').where('productStoreId', productStoreId ?: DEFAULT_STORE)
                .cache().queryOne()
    }

    /** The currencies a store sells in: OFBiz's store has one, its default. */
    Set<String> currencies(GenericValue store) {
        return store?.defaultCurrencyUomId ? [store.defaultCurrencyUomId] as Set<String> : [] as Set<String>
    }

    boolean promotionExists(String productPromoId) {
        return productPromoId && EntityQuery.use(delegator).from('ProductPromo').where('productPromoId', productPromoId)
                .queryOne() != null
    }

    GenericValue reward(String contestId, String partyId) {
        return EntityQuery.use(delegator).from('AffContestReward').where('contestId', contestId, 'partyId', partyId).queryFirst()
    }
}
