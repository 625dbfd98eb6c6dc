/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

import com.affiliatecontests.engine.reward.PrizeBudget
import com.affiliatecontests.engine.reward.RewardKind
import com.affiliatecontests.engine.reward.RewardProblem
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
                            reward ? termsOf(reward, prize) : new RewardTerms(null, prize.amount, prize.currencyUomId, null, null))
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

    /**
     * A winner's prize as the winners' message states it: the tier's text followed by how OFBiz pays
     * it ("paid as store credit"), the tier chosen by the engine from the winner's place.
     */
    String prizeWithReward(String contestId, Long place, String prizeText, Locale locale) {
        RewardTier tier = place == null ? null : RewardTier.forPlace(tiers(contestId), place as int).orElse(null)
        if (tier?.terms()?.kind() == null) {
            return prizeText
        }
        String paid = RewardErrors.message('AffiliateContestsRewardInMessage_' + tier.terms().kind().name(), locale)
        return prizeText ? "${prizeText}, ${paid}".toString() : paid
    }

    /** The contest's budget (or {@code proposed}) against its prize table's cost: empty when it fits or there is no budget. */
    List<RewardProblem> budgetProblems(String contestId, PrizeBudget proposed) {
        GenericValue row = EntityQuery.use(delegator).from('AffContestPrizeBudget').where('contestId', contestId).queryOne()
        PrizeBudget budget = proposed ?: (row ? new PrizeBudget(row.getBigDecimal('budgetAmount'), row.currencyUomId) : null)
        if (!budget) {
            return []
        }
        List<RewardProblem> problems = budget.problems()
        return problems ?: budget.check(PrizeBudget.tableCost(tiers(contestId), winnerCap(contestId)))
    }

    /** The most places a contest pays: a goal contest's cap, a ranking's maximum winners (null: no cap). */
    Integer winnerCap(String contestId) {
        GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
        Long cap = contest?.kindEnumId == 'AFFCK_GOAL' ? contest?.getLong('goalCap') : contest?.getLong('maxWinners')
        return cap as Integer
    }
}
