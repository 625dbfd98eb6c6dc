/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

import com.affiliatecontests.engine.reward.PrizeBudget
import com.affiliatecontests.engine.reward.RewardError
import com.affiliatecontests.engine.reward.RewardKind
import com.affiliatecontests.engine.reward.RewardProblem
import com.affiliatecontests.engine.reward.RewardStatus
import com.affiliatecontests.engine.reward.RewardTerms
import com.affiliatecontests.engine.reward.RewardTier
import com.affiliatecontests.engine.reward.RewardTotals
import com.affiliatecontests.engine.reward.RewardVoid
import com.affiliatecontests.engine.webhook.WebhookEvent
import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.webhook.WebhookOutbox
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/*
 * Prizes issued through OFBiz. The engine decides (which tier a winner's place wins, whether its
 * terms can be issued, which status moves are allowed, whether a reward is still unused, what the
 * prizes cost); these services read and write the rows and call OFBiz's services (RewardIssuers).
 * Exactly once: a reward's key is (contest, partner, tier); issuing starts with the conditional
 * update of an APPROVED or FAILED row to ISSUING in a transaction of its own, which one caller
 * alone can make, whatever the retries, double clicks or admins at once.
 */

/** AFFCONTEST_REWARD besides OFBiz's accounting rights (the OFBiz services called check their own as well). */
Map affContestRewardPermissionCheck() {
    boolean granted = security.hasPermission('AFFCONTEST_REWARD', userLogin) &&
            security.hasEntityPermission('ACCOUNTING', '_CREATE', userLogin)
    Map result = success()
    result.hasPermission = granted
    if (!granted) {
        result.failMessage = RewardErrors.message('AffiliateContestsRewardPermissionError', locale)
    }
    return result
}

/** What a prize tier pays: its kind, the store, the promotion of a promo code and its validity. */
Map setAffContestPrizeReward() {
    RewardRecords records = new RewardRecords(delegator)
    GenericValue prize = from('AffContestPrize').where('contestId', parameters.contestId, 'prizeSeqId', parameters.prizeSeqId).queryOne()
    if (!prize) {
        return RewardErrors.of(RewardError.NO_REWARD_FOR_TIER, locale)
    }
    GenericValue store = records.store(parameters.productStoreId)
    RewardTerms terms = new RewardTerms(RewardKind.fromEnumId(parameters.rewardKindEnumId).orElse(null), prize.amount,
            prize.currencyUomId, parameters.productPromoId, parameters.validDays as Integer)
    List<RewardProblem> problems = terms.problems(records.currencies(store), records.promotionExists(parameters.productPromoId))
    if (problems) {
        return RewardErrors.of(problems, locale)
    }
    delegator.createOrStore(delegator.makeValue('AffContestPrizeReward', [contestId: prize.contestId, prizeSeqId: prize.prizeSeqId,
            rewardKindEnumId: parameters.rewardKindEnumId, productStoreId: store.productStoreId,
            productPromoId: terms.kind().needsPromotion() ? parameters.productPromoId : null, validDays: parameters.validDays]))
    return success()
}

/** Approves a winner's reward: the row (contest, partner, tier) with the tier's terms, once. */
Map approveAffContestReward() {
    RewardRecords records = new RewardRecords(delegator)
    GenericValue winner = from('AffContestWinner').where('contestId', parameters.contestId, 'partyId', parameters.partyId).queryOne()
    List<RewardTier> tiers = records.tiers(parameters.contestId)
    Integer place = winner?.placeNumber as Integer
    Optional<RewardTier> tier = place == null ? Optional.empty() : RewardTier.forPlace(tiers, place)
    GenericValue termsRow = tier.isPresent() ? from('AffContestPrizeReward')
            .where('contestId', parameters.contestId, 'prizeSeqId', tier.get().prizeSeqId()).queryOne() : null
    GenericValue store = records.store(termsRow?.productStoreId)
    List<RewardProblem> problems = RewardTier.approvalProblems(place, tiers, records.currencies(store),
            records.promotionExists(termsRow?.productPromoId))
    if (problems) {
        return RewardErrors.of(problems, locale)
    }
    RewardTerms terms = tier.get().terms()
    Map key = [contestId: parameters.contestId, partyId: parameters.partyId, prizeSeqId: tier.get().prizeSeqId()]
    GenericValue existing = from('AffContestReward').where(key).queryOne()
    if (!existing) {
        try {
            OwnTransaction.run('approve reward') {
                delegator.create('AffContestReward', key + [rewardKindEnumId: terms.kind().enumId(),
                        statusId: RewardStatus.APPROVED.statusId(), amount: terms.kind().paysAmount() ? terms.amount() : null,
                        currencyUomId: terms.kind().paysAmount() ? terms.currency() : null, productStoreId: store.productStoreId,
                        productPromoId: termsRow.productPromoId, validDays: termsRow.validDays, prizeText: winner.prizeText,
                        attempts: 0L, approvedByUserLogin: userLogin.userLoginId, approvedDate: UtilDateTime.nowTimestamp()])
            }
        } catch (Exception e) {
            // another admin approved it at the same moment: its row is the one
            existing = from('AffContestReward').where(key).queryOne()
            if (!existing) {
                throw e
            }
        }
    }
    Map result = success()
    result.prizeSeqId = key.prizeSeqId
    result.statusId = (existing ?: from('AffContestReward').where(key).queryOne()).statusId
    return result
}

/** Issues an approved (or failed) reward through OFBiz, exactly once; a failure keeps OFBiz's message and can be retried. */
Map issueAffContestReward() {
    GenericValue reward = new RewardRecords(delegator).reward(parameters.contestId, parameters.partyId)
    if (!reward) {
        return RewardErrors.of(RewardError.NOT_APPROVED, locale)
    }
    Map key = [contestId: reward.contestId, partyId: reward.partyId, prizeSeqId: reward.prizeSeqId]
    int claimed = 0
    OwnTransaction.run('claim reward') {
        List<String> claimable = RewardStatus.ISSUING.from().collect { it.statusId() }
        claimed = delegator.storeByCondition('AffContestReward', [statusId: RewardStatus.ISSUING.statusId()],
                EntityCondition.makeCondition(EntityCondition.makeCondition(key),
                        EntityCondition.makeCondition('statusId', EntityOperator.IN, claimable)))
    }
    if (claimed != 1) {
        GenericValue now = from('AffContestReward').where(key).queryOne()
        switch (RewardStatus.fromStatusId(now.statusId).orElseThrow().issueStep()) {
            case RewardStatus.IssueStep.ALREADY_ISSUED:
                return success() + [statusId: now.statusId, alreadyIssued: 'Y']
            case RewardStatus.IssueStep.IN_PROGRESS:
                return RewardErrors.of(RewardError.ISSUE_IN_PROGRESS, locale)
            default:
                return RewardErrors.of(RewardError.VOIDED, locale)
        }
    }
    reward.refresh()
    String contestName = from('AffContest').where('contestId', reward.contestId).queryOne()?.contestName
    try {
        OwnTransaction.run('issue reward') {
            Map refs = new RewardIssuers(dispatcher, userLogin, locale).issue(reward, contestName, parameters.note)
            int issued = delegator.storeByCondition('AffContestReward', refs + [statusId: RewardStatus.ISSUED.statusId(),
                    issuedByUserLogin: userLogin.userLoginId, issuedDate: UtilDateTime.nowTimestamp(), lastError: null],
                    EntityCondition.makeCondition(key + [statusId: RewardStatus.ISSUING.statusId()]))
            if (issued != 1) {
                throw new IllegalStateException("reward ${key} left ISSUING while it was issued")
            }
            // queued in the issuing transaction: the event exists exactly when the reward does
            WebhookOutbox.queue(delegator, WebhookEvent.REWARD_ISSUED, reward.contestId, "${reward.partyId}:${reward.prizeSeqId}",
                    reward.contestId, [contestId: reward.contestId, partyId: reward.partyId, prizeSeqId: reward.prizeSeqId,
                                       rewardKindEnumId: reward.rewardKindEnumId, amount: reward.amount, currencyUomId: reward.currencyUomId])
        }
    } catch (Exception e) {
        String message = e instanceof RewardIssueException ? e.message : e.toString()
        Debug.logWarning("Reward ${key} not issued: ${message}", 'RewardServices')
        OwnTransaction.run('reward failed') {
            delegator.storeByCondition('AffContestReward', [statusId: RewardStatus.FAILED.statusId(), lastError: message,
                    attempts: ((reward.attempts ?: 0L) as long) + 1L],
                    EntityCondition.makeCondition(key + [statusId: RewardStatus.ISSUING.statusId()]))
        }
        return RewardErrors.of(RewardError.ISSUE_FAILED, locale, [message: message])
    }
    return success() + [statusId: RewardStatus.ISSUED.statusId()]
}

/** Voids an issued reward while the partner has not used it; the reason goes to the contest's log. */
Map voidAffContestReward() {
    GenericValue reward = new RewardRecords(delegator).reward(parameters.contestId, parameters.partyId)
    if (!reward) {
        return RewardErrors.of(RewardError.NOT_ISSUED, locale)
    }
    Map key = [contestId: reward.contestId, partyId: reward.partyId, prizeSeqId: reward.prizeSeqId]
    RewardIssuers issuers = new RewardIssuers(dispatcher, userLogin, locale)
    try {
        Map refusal = null
        OwnTransaction.run('void reward') {
            // the row's lock first: a second void or an issue waits, then sees VOIDED
            delegator.storeByCondition('AffContestReward', [voidReason: reward.voidReason], EntityCondition.makeCondition(key))
            GenericValue locked = from('AffContestReward').where(key).queryOne()
            Optional<RewardError> refused = RewardVoid.refusal(RewardStatus.fromStatusId(locked.statusId).orElseThrow(),
                    locked.statusId == RewardStatus.ISSUED.statusId() && issuers.used(locked), parameters.reason)
            if (refused.isPresent()) {
                refusal = RewardErrors.of(refused.get(), locale)
                return
            }
            issuers.voidReward(locked, parameters.reason)
            Timestamp now = UtilDateTime.nowTimestamp()
            locked.setFields([statusId: RewardStatus.VOIDED.statusId(), voidedByUserLogin: userLogin.userLoginId,
                    voidedDate: now, voidReason: parameters.reason])
            locked.store()
            GenericValue line = delegator.makeValue('AffContestEditLog', [contestId: reward.contestId, changedDate: now,
                    changedByUserLogin: userLogin.userLoginId, fieldName: 'REWARD_VOIDED',
                    oldValue: "${reward.partyId} ${RewardIssuers.kind(locked)} ${locked.amount ?: ''} ${locked.currencyUomId ?: ''}".toString().trim(),
                    newValue: parameters.reason])
            delegator.setNextSubSeqId(line, 'editSeqId', 5, 1)
            line.create()
        }
        return refusal ?: success()
    } catch (RewardIssueException e) {
        return RewardErrors.of(RewardError.ISSUE_FAILED, locale, [message: e.message])
    }
}

/** The winners of a contest with their rewards; codes, cards and documents only for AFFCONTEST_REWARD holders. */
Map getAffContestRewards() {
    boolean details = security.hasPermission('AFFCONTEST_REWARD', userLogin)
    Map<String, GenericValue> rewards = from('AffContestReward').where('contestId', parameters.contestId).queryList()
            .collectEntries { [(it.partyId): it] }
    List<RewardTier> tiers = new RewardRecords(delegator).tiers(parameters.contestId)
    List<Map> rows = from('AffContestWinner').where('contestId', parameters.contestId).orderBy('placeNumber').queryList()
            .collect { GenericValue winner ->
                GenericValue reward = rewards[winner.partyId]
                RewardTier tier = winner.placeNumber == null ? null
                        : RewardTier.forPlace(tiers, winner.placeNumber as int).orElse(null)
                Map row = [partyId: winner.partyId, placeNumber: winner.placeNumber, prizeText: winner.prizeText,
                           kind: (reward ? RewardIssuers.kind(reward) : tier?.terms()?.kind())?.name(),
                           amount: reward ? reward.amount : tier?.terms()?.amount(),
                           currencyUomId: reward ? reward.currencyUomId : tier?.terms()?.currency(),
                           statusId: reward?.statusId, lastError: reward?.lastError, voidReason: reward?.voidReason]
                RewardStatus status = reward ? RewardStatus.fromStatusId(reward.statusId).orElse(null) : null
                row.canApprove = details && !reward && tier?.terms()?.kind() != null
                row.canIssue = details && status?.canMoveTo(RewardStatus.ISSUING)
                row.canVoid = details && status?.canMoveTo(RewardStatus.VOIDED)
                if (details && reward) {
                    row += [finAccountId: reward.finAccountId, productPromoCodeId: reward.productPromoCodeId,
                            invoiceId: reward.invoiceId, note: reward.note]
                }
                return row
            }
    return success() + [rewards: rows]
}

/** The partner's own rewards, with their codes, cards and balances: the caller's party only. */
Map getMyAffRewards() {
    if (!userLogin?.partyId) {
        return success() + [rewards: []]
    }
    List<Map> rows = from('AffContestReward').where('partyId', userLogin.partyId).orderBy('-approvedDate').queryList()
            .collect { GenericValue reward ->
                GenericValue account = reward.finAccountId ? from('FinAccount').where('finAccountId', reward.finAccountId).queryOne() : null
                boolean live = reward.statusId == RewardStatus.ISSUED.statusId()
                [contestId: reward.contestId, contestName: from('AffContest').where('contestId', reward.contestId).cache().queryOne()?.contestName,
                 kind: RewardIssuers.kind(reward).name(), amount: reward.amount, currencyUomId: reward.currencyUomId,
                 statusId: reward.statusId, prizeText: reward.prizeText, note: live ? reward.note : null,
                 promoCode: live ? reward.productPromoCodeId : null,
                 cardNumber: live && RewardIssuers.kind(reward) == RewardKind.GIFT_CARD ? (account?.finAccountCode ?: account?.finAccountId) : null,
                 cardPin: live && RewardIssuers.kind(reward) == RewardKind.GIFT_CARD ? account?.finAccountPin : null,
                 balance: live ? account?.actualBalance : null, invoiceId: live ? reward.invoiceId : null]
            }
    return success() + [rewards: rows]
}

/** A contest's prize budget: refused when the prize table already costs more. */
Map setAffContestPrizeBudget() {
    List<RewardProblem> problems = new RewardRecords(delegator).budgetProblems(parameters.contestId,
            new PrizeBudget(parameters.budgetAmount, parameters.currencyUomId))
    if (problems) {
        return RewardErrors.of(problems, locale)
    }
    delegator.createOrStore(delegator.makeValue('AffContestPrizeBudget', [contestId: parameters.contestId,
            budgetAmount: parameters.budgetAmount, currencyUomId: parameters.currencyUomId]))
    return success()
}

/** What a contest's prizes cost: the whole table, and at today's standings (winners so far, up to the cap). */
Map getAffContestPrizeCost() {
    List<RewardTier> tiers = new RewardRecords(delegator).tiers(parameters.contestId)
    Integer cap = new RewardRecords(delegator).winnerCap(parameters.contestId)
    // finalized: its winners; running: the partners qualified so far (a goal contest's, those who reached the goal)
    long winnersToday = from('AffContestWinner').where('contestId', parameters.contestId).queryCount() ?:
            from('AffContestStanding').where('contestId', parameters.contestId, 'qualified', 'Y').queryCount()
    PrizeBudget.Cost table = PrizeBudget.tableCost(tiers, cap)
    PrizeBudget.Cost today = PrizeBudget.costAtStandings(tiers, winnersToday as int, cap)
    GenericValue budgetRow = from('AffContestPrizeBudget').where('contestId', parameters.contestId).queryOne()
    Map result = success() + [tableCost: amounts(table), tableBounded: table.bounded() ? 'Y' : 'N',
            costToday: amounts(today), winnersToday: winnersToday]
    if (budgetRow) {
        PrizeBudget budget = new PrizeBudget(budgetRow.budgetAmount, budgetRow.currencyUomId)
        result += [budgetAmount: budgetRow.budgetAmount, budgetCurrencyUomId: budgetRow.currencyUomId,
                   overBudget: budget.check(table).collect { RewardErrors.message(it.error().labelKey(), locale) }]
    }
    return result
}

/** The rewards issued this month (server time), added up by kind and currency. */
Map getAffContestRewardTotals() {
    Timestamp monthStart = UtilDateTime.getMonthStart(UtilDateTime.nowTimestamp())
    List<RewardTotals.Issued> issued = from('AffContestReward').where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('statusId', RewardStatus.ISSUED.statusId()),
            EntityCondition.makeCondition('issuedDate', EntityOperator.GREATER_THAN_EQUAL_TO, monthStart)])).queryList()
            .collect { new RewardTotals.Issued(RewardIssuers.kind(it), it.amount, it.currencyUomId) }
    List<Map> totals = RewardTotals.sum(issued).collect { key, total ->
        [kind: key.kind().name(), currencyUomId: key.currency(), count: total.count(), amount: total.amount()]
    }
    return success() + [totals: totals]
}

/** A cost as rows the screens list: [currencyUomId, amount], by currency. */
private static List<Map> amounts(PrizeBudget.Cost cost) {
    return cost.byCurrency().sort().collect { currency, amount -> [currencyUomId: currency, amount: amount] }
}
