/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward.test

import com.affiliatecontests.ofbiz.test.ComponentTestCase
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.order.shoppingcart.product.ProductPromoWorker
import org.apache.ofbiz.service.ServiceAuthException
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit

/**
 * Prizes issued through OFBiz, through the component's services and read back through OFBiz's own:
 * each kind issued exactly once whatever the repeated and concurrent approvals and issues, a
 * failure kept with OFBiz's message and retried, voids while unused, a partner's own codes, bad
 * input and permissions. Each test makes its own finalized contest, winners and prize tiers.
 */
class RewardTests extends ComponentTestCase {

    private static final int THREADS = 6

    RewardTests(String name) {
        super(name)
    }

    // ---------------------------------------------------------------- store credit

    void testStoreCreditIsIssuedOnceWhateverTheRepeatedAndConcurrentApprovalsAndIssues() {
        String contestId = contest('SC', 'AFFC_RK_STORE_CREDIT')
        String a = winner(contestId, 'A', 1)
        List<Map> approvals = concurrently { runOk('approveAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()]) }
        assert approvals.every { it.statusId == 'AFFC_RWS_APPROVED' }
        assert from('AffContestReward').where('contestId', contestId).queryCount() == 1
        List<Map> issues = concurrently { dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()]) }
        issues << runOk('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        assert issues.count { ServiceUtil.isSuccess(it) && it.alreadyIssued != 'Y' } == 1
        // the others saw it issued, or being issued (a labelled refusal), never a second reward
        assert issues.every { ServiceUtil.isSuccess(it) || ServiceUtil.getErrorMessage(it).contains('Another admin') }
        GenericValue reward = reward(contestId, a)
        assert reward.statusId == 'AFFC_RWS_ISSUED' && reward.finAccountId && reward.finAccountTransId
        GenericValue account = from('FinAccount').where('finAccountId', reward.finAccountId).queryOne()
        assert account.finAccountTypeId == 'STORE_CREDIT_ACCT' && account.ownerPartyId == a
        assert from('FinAccountTrans').where('finAccountId', reward.finAccountId).queryCount() == 1
        Map balance = runOk('checkFinAccountBalance', [finAccountId: reward.finAccountId, userLogin: admin()])
        assert balance.balance == 150.00G && balance.availableBalance == 150.00G
    }

    void testAStoreCreditGoesToThePartnersExistingAccountAndIsVoidedWhileUnused() {
        String contestId = contest('SV', 'AFFC_RK_STORE_CREDIT')
        String a = winner(contestId, 'A', 1)
        approveAndIssue(contestId, a)
        String accountId = reward(contestId, a).finAccountId
        // a second contest's credit lands in the same store credit account
        String second = contest('SW', 'AFFC_RK_STORE_CREDIT')
        delegator.create('AffContestWinner', [contestId: second, partyId: a, placeNumber: 2L, rankNumber: 2L, score: 5.0G,
                prizeText: 'Runner-up', prizeAmount: 40.00G, currencyUomId: 'USD', rewardStatusId: 'AFFC_RW_PENDING'])
        approveAndIssue(second, a)
        assert reward(second, a).finAccountId == accountId
        assert runOk('checkFinAccountBalance', [finAccountId: accountId, userLogin: admin()]).balance == 190.00G

        Map noReason = dispatcher.runSync('voidAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        assert ServiceUtil.isError(noReason) && ServiceUtil.getErrorMessage(noReason).contains('reason for voiding')
        runOk('voidAffContestReward', [contestId: contestId, partyId: a, reason: 'Duplicate prize', userLogin: admin()])
        assert reward(contestId, a).statusId == 'AFFC_RWS_VOIDED'
        assert runOk('checkFinAccountBalance', [finAccountId: accountId, userLogin: admin()]).balance == 40.00G
        GenericValue log = from('AffContestEditLog').where('contestId', contestId, 'fieldName', 'REWARD_VOIDED').queryFirst()
        assert log?.newValue == 'Duplicate prize'
        // voided once: a second void and a new issue are refused and change nothing
        Map again = dispatcher.runSync('voidAffContestReward', [contestId: contestId, partyId: a, reason: 'again', userLogin: admin()])
        assert ServiceUtil.isError(again) && ServiceUtil.getErrorMessage(again).contains('Only an issued reward')
        Map reissue = dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        assert ServiceUtil.isError(reissue) && ServiceUtil.getErrorMessage(reissue).contains('voided')
        assert runOk('checkFinAccountBalance', [finAccountId: accountId, userLogin: admin()]).balance == 40.00G
    }

    void testAStoreCreditThePartnerSpentCannotBeVoided() {
        String contestId = contest('SU', 'AFFC_RK_STORE_CREDIT')
        String a = winner(contestId, 'A', 1)
        approveAndIssue(contestId, a)
        String accountId = reward(contestId, a).finAccountId
        runOk('finAccountWithdraw', [finAccountId: accountId, productStoreId: '9000', amount: 10.00G, partyId: a,
                currency: 'USD', userLogin: admin()])
        Map refused = dispatcher.runSync('voidAffContestReward', [contestId: contestId, partyId: a, reason: 'typo', userLogin: admin()])
        assert ServiceUtil.isError(refused) && ServiceUtil.getErrorMessage(refused).contains('already used')
        assert reward(contestId, a).statusId == 'AFFC_RWS_ISSUED'
        assert runOk('checkFinAccountBalance', [finAccountId: accountId, userLogin: admin()]).balance == 140.00G
    }

    void testAFailureKeepsOfbizsMessageAndIsRetried() {
        String contestId = contest('SF', 'AFFC_RK_STORE_CREDIT')
        String a = winner(contestId, 'A', 1)
        // the partner's store credit account exists but is frozen: OFBiz refuses the deposit
        String accountId = runOk('createFinAccountForStore', [finAccountTypeId: 'STORE_CREDIT_ACCT', productStoreId: '9000',
                ownerPartyId: a, finAccountName: 'frozen', userLogin: admin()]).finAccountId
        runOk('createFinAccountRole', [finAccountId: accountId, partyId: a, roleTypeId: 'OWNER', userLogin: admin()])
        frozen(accountId, 'FNACT_MANFROZEN')
        runOk('approveAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        Map failed = dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        assert ServiceUtil.isError(failed) && ServiceUtil.getErrorMessage(failed).startsWith('OFBiz refused')
        GenericValue failedReward = reward(contestId, a)
        assert failedReward.statusId == 'AFFC_RWS_FAILED' && failedReward.attempts == 1L
        assert failedReward.lastError && ServiceUtil.getErrorMessage(failed).contains(failedReward.lastError)
        assert from('FinAccountTrans').where('finAccountId', accountId).queryCount() == 0
        frozen(accountId, 'FNACT_ACTIVE')
        runOk('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        assert reward(contestId, a).statusId == 'AFFC_RWS_ISSUED'
        assert runOk('checkFinAccountBalance', [finAccountId: accountId, userLogin: admin()]).balance == 150.00G
    }

    // ---------------------------------------------------------------- other

    void testAnOtherRewardIsMarkedDoneWithItsNoteOnce() {
        String contestId = contest('OT', 'AFFC_RK_OTHER')
        String a = winner(contestId, 'A', 1)
        runOk('approveAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        concurrently { dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, note: 'Sent by courier', userLogin: admin()]) }
        GenericValue reward = reward(contestId, a)
        assert reward.statusId == 'AFFC_RWS_ISSUED' && reward.note == 'Sent by courier' && reward.amount == null
        assert !reward.finAccountId && !reward.invoiceId && !reward.productPromoCodeId
    }

    void testAnIssuedRewardQueuesOneRewardIssuedWebhookWhateverTheRepeatedIssues() {
        String endpointId = runOk('createAffWebhookEndpoint', [targetUrl: 'https://127.0.0.1:9/rewards', signingSecret: "reward-hook-secret-${run}",
                eventTypes: ['reward.issued'], allowInternal: 'Y', userLogin: admin()]).endpointId
        try {
            String contestId = contest('WH', 'AFFC_RK_OTHER')
            String a = winner(contestId, 'A', 1)
            runOk('approveAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
            assert from('AffWebhookDelivery').where('endpointId', endpointId).queryCount() == 0: 'queued before it was issued'
            concurrently { dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, note: 'Sent', userLogin: admin()]) }
            runOk('issueAffContestReward', [contestId: contestId, partyId: a, note: 'Sent', userLogin: admin()])
            List<GenericValue> deliveries = from('AffWebhookDelivery').where('endpointId', endpointId).queryList()
            assert deliveries.size() == 1: "deliveries: ${deliveries}"
            assert deliveries[0].eventType == 'reward.issued' && deliveries[0].contestId == contestId
            assert deliveries[0].payload.contains(a) && deliveries[0].payload.contains('AFFC_RK_OTHER')
        } finally {
            delegator.storeByCondition('AffWebhookEndpoint', [enabled: 'N'],
                    org.apache.ofbiz.entity.condition.EntityCondition.makeCondition('endpointId', endpointId))
        }
    }

    // ---------------------------------------------------------------- promo code

    void testAPromoCodeIsSingleUseForThePartnerOnlyAndExpiresWhenVoided() {
        String contestId = contest('PC', 'AFFC_RK_PROMO_CODE', '9011', 30L)
        String a = winner(contestId, 'A', 1)
        String b = newAffiliate("AFFRW${run}B", 'B')
        concurrently { dispatcher.runSync('approveAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()]) }
        concurrently { dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()]) }
        GenericValue reward = reward(contestId, a)
        assert reward.statusId == 'AFFC_RWS_ISSUED' && reward.productPromoCodeId
        assert from('ProductPromoCode').where('productPromoId', '9011', 'productPromoCodeId', reward.productPromoCodeId).queryCount() == 1
        assert from('ProductPromoCodeParty').where('productPromoCodeId', reward.productPromoCodeId).queryList()*.partyId == [a]
        GenericValue code = from('ProductPromoCode').where('productPromoCodeId', reward.productPromoCodeId).queryOne()
        assert code.useLimitPerCode == 1L && code.thruDate.after(UtilDateTime.nowTimestamp())
        // OFBiz's own check: the partner can use it, another partner cannot
        assert ProductPromoWorker.checkCanUsePromoCode(code.productPromoCodeId, a, delegator, Locale.ENGLISH) == null
        assert ProductPromoWorker.checkCanUsePromoCode(code.productPromoCodeId, b, delegator, Locale.ENGLISH) != null
        assert ProductPromoWorker.getProductPromoCodeUseLimit(code, a, delegator) == 1L

        runOk('voidAffContestReward', [contestId: contestId, partyId: a, reason: 'Wrong promotion', userLogin: admin()])
        assert ProductPromoWorker.checkCanUsePromoCode(code.productPromoCodeId, a, delegator, Locale.ENGLISH) != null
    }

    void testAPromoCodeUsedInAnOrderCannotBeVoided() {
        String contestId = contest('PU', 'AFFC_RK_PROMO_CODE', '9011', null)
        String a = winner(contestId, 'A', 1)
        approveAndIssue(contestId, a)
        String code = reward(contestId, a).productPromoCodeId
        String orderId = newOrder("AFFRW${run}O", a, newCustomer("AFFRW${run}C"), 20.00G)
        runOk('createOrderProductPromoCode', [orderId: orderId, productPromoCodeId: code, userLogin: admin()])
        // what OFBiz's order creation records for a promotion applied with the code (OrderServices)
        delegator.create('ProductPromoUse', [orderId: orderId, promoSequenceId: '00001', productPromoId: '9011',
                productPromoCodeId: code, partyId: a, totalDiscountAmount: -2.00G])
        assert ProductPromoWorker.getProductPromoCodeUseLimit(from('ProductPromoCode').where('productPromoCodeId', code).queryOne(),
                a, delegator) == 0L
        Map refused = dispatcher.runSync('voidAffContestReward', [contestId: contestId, partyId: a, reason: 'x', userLogin: admin()])
        assert ServiceUtil.isError(refused) && ServiceUtil.getErrorMessage(refused).contains('already used')
    }

    // ---------------------------------------------------------------- commission invoice

    void testACommissionInvoiceIsCreatedOnceFromThePartnerAndCancelledWhenVoided() {
        String contestId = contest('CI', 'AFFC_RK_COMMISSION')
        String a = winner(contestId, 'A', 1)
        runOk('approveAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        concurrently { dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()]) }
        String invoiceId = reward(contestId, a).invoiceId
        assert invoiceId && from('Invoice').where('partyIdFrom', a, 'invoiceTypeId', 'COMMISSION_INVOICE').queryCount() == 1
        Map read = runOk('getInvoice', [invoiceId: invoiceId, userLogin: admin()])
        assert read.invoice.partyIdFrom == a && read.invoice.partyId == 'Company' && read.invoice.statusId == 'INVOICE_RECEIVED'
        assert read.invoice.currencyUomId == 'USD'
        assert read.invoiceItems.size() == 1
        assert read.invoiceItems[0].invoiceItemTypeId == 'COMM_INV_ITEM' && read.invoiceItems[0].amount == 150.00G
        assert read.invoiceItems[0].quantity == 1.0G
        runOk('voidAffContestReward', [contestId: contestId, partyId: a, reason: 'Paid by hand', userLogin: admin()])
        assert runOk('getInvoice', [invoiceId: invoiceId, userLogin: admin()]).invoice.statusId == 'INVOICE_CANCELLED'
    }

    // ---------------------------------------------------------------- gift card

    void testAGiftCardIsCreatedOnceWithItsBalanceAndExpiredWhenVoided() {
        String contestId = contest('GC', 'AFFC_RK_GIFT_CARD')
        String a = winner(contestId, 'A', 1)
        runOk('approveAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()])
        concurrently { dispatcher.runSync('issueAffContestReward', [contestId: contestId, partyId: a, userLogin: admin()]) }
        GenericValue reward = reward(contestId, a)
        assert reward.statusId == 'AFFC_RWS_ISSUED' && reward.finAccountId
        GenericValue card = from('FinAccount').where('finAccountId', reward.finAccountId).queryOne()
        assert card.finAccountTypeId == 'GIFTCERT_ACCOUNT' && card.finAccountCode
        assert from('FinAccount').where('ownerPartyId', a, 'finAccountTypeId', 'GIFTCERT_ACCOUNT').queryCount() == 1
        assert runOk('checkFinAccountBalance', [finAccountId: card.finAccountId, userLogin: admin()]).balance == 150.00G
        Map mine = runOk('getMyAffRewards', [userLogin: partnerLogin(a)])
        assert mine.rewards[0].cardNumber == card.finAccountCode && mine.rewards[0].balance == 150.00G
        runOk('voidAffContestReward', [contestId: contestId, partyId: a, reason: 'Lost', userLogin: admin()])
        assert from('FinAccount').where('finAccountId', card.finAccountId).queryOne().thruDate != null
        assert runOk('getMyAffRewards', [userLogin: partnerLogin(a)]).rewards[0].cardNumber == null
    }

    // ---------------------------------------------------------------- partners, bad input, permissions

    void testAPartnerSeesOnlyItsOwnCodesAndAViewerOnlyStatuses() {
        String contestId = contest('PS', 'AFFC_RK_PROMO_CODE', '9011', null)
        String a = winner(contestId, 'A', 1)
        String b = winner(contestId, 'B', 2)
        approveAndIssue(contestId, a)
        approveAndIssue(contestId, b)
        String codeA = reward(contestId, a).productPromoCodeId
        String codeB = reward(contestId, b).productPromoCodeId
        List<Map> mineA = runOk('getMyAffRewards', [userLogin: partnerLogin(a)]).rewards
        List<Map> mineB = runOk('getMyAffRewards', [userLogin: partnerLogin(b)]).rewards
        assert mineA*.promoCode == [codeA] && mineB*.promoCode == [codeB]
        assert !mineA.toString().contains(codeB) && !mineB.toString().contains(codeA)
        List<Map> asViewer = runOk('getAffContestRewards', [contestId: contestId, userLogin: viewerLogin()]).rewards
        assert asViewer*.statusId == ['AFFC_RWS_ISSUED', 'AFFC_RWS_ISSUED']
        assert !asViewer.toString().contains(codeA) && asViewer.every { !it.canVoid && !it.canIssue }
        List<Map> asAdmin = runOk('getAffContestRewards', [contestId: contestId, userLogin: admin()]).rewards
        assert asAdmin*.productPromoCodeId == [codeA, codeB] && asAdmin.every { it.canVoid }
    }

    void testBadInputIsRefusedWithALabelAndIssuesNothing() {
        String contestId = contest('BI', 'AFFC_RK_STORE_CREDIT')
        String a = winner(contestId, 'A', 1)
        String loser = newAffiliate("AFFRW${run}L", 'Loser')
        assertRefused('approveAffContestReward', [contestId: contestId, partyId: loser], 'did not win')
        assertRefused('setAffContestPrizeReward', [contestId: contestId, prizeSeqId: '00001', rewardKindEnumId: 'AFFC_RK_PROMO_CODE',
                productPromoId: 'NO_SUCH_PROMO'], 'no such promotion')
        assertRefused('setAffContestPrizeReward', [contestId: contestId, prizeSeqId: '00001', rewardKindEnumId: 'AFFC_RK_NONE'],
                'Choose a reward kind')
        assertRefused('issueAffContestReward', [contestId: contestId, partyId: a], 'Approve the reward')
        // a negative, an absurd amount and a currency the store does not sell in, set on the tiers themselves
        [[-5.00G, 'USD', 'above zero'], [5000000.00G, 'USD', 'above 100,000'], [10.00G, 'EUR', 'does not sell in this currency']].each {
            BigDecimal amount, String currency, String label ->
            GenericValue tier = from('AffContestPrize').where('contestId', contestId, 'prizeSeqId', '00001').queryOne()
            tier.setFields([amount: amount, currencyUomId: currency])
            tier.store()
            assertRefused('approveAffContestReward', [contestId: contestId, partyId: a], label)
            assertRefused('setAffContestPrizeReward', [contestId: contestId, prizeSeqId: '00001', rewardKindEnumId: 'AFFC_RK_STORE_CREDIT'], label)
        }
        assert from('AffContestReward').where('contestId', contestId).queryCount() == 0
        assert from('FinAccount').where('ownerPartyId', a).queryCount() == 0
    }

    void testIssuingNeedsTheRewardPermissionBesidesAccountingRights() {
        String contestId = contest('PM', 'AFFC_RK_STORE_CREDIT')
        String a = winner(contestId, 'A', 1)
        // the component's admin group has AFFCONTEST_REWARD but no accounting rights; the viewer neither
        String contestAdmin = "affrw${run}adm".toLowerCase()
        delegator.create('UserLogin', [userLoginId: contestAdmin, enabled: 'Y'])
        delegator.create('UserLoginSecurityGroup', [userLoginId: contestAdmin, groupId: 'AFFCONTEST_ADMIN', fromDate: UtilDateTime.nowTimestamp()])
        [from('UserLogin').where('userLoginId', contestAdmin).queryOne(), viewerLogin(), partnerLogin(a)].each { GenericValue login ->
            ['approveAffContestReward', 'issueAffContestReward', 'voidAffContestReward'].each { String service ->
                try {
                    Map denied = dispatcher.runSync(service, [contestId: contestId, partyId: a, reason: 'x', userLogin: login])
                    assert ServiceUtil.isError(denied), "${service} allowed to ${login.userLoginId}"
                } catch (ServiceAuthException expected) {
                    assert expected.message.contains('AFFCONTEST_REWARD'), expected.message
                }
            }
        }
        assert from('AffContestReward').where('contestId', contestId).queryCount() == 0
    }

    void testTheMonthsIssuedRewardsAddUpByKindAndCurrency() {
        List<Map> before = runOk('getAffContestRewardTotals', [userLogin: admin()]).totals
        BigDecimal creditBefore = (before.find { it.kind == 'STORE_CREDIT' && it.currencyUomId == 'USD' }?.amount ?: 0.00G) as BigDecimal
        String contestId = contest('MT', 'AFFC_RK_STORE_CREDIT')
        approveAndIssue(contestId, winner(contestId, 'A', 1))
        approveAndIssue(contestId, winner(contestId, 'B', 2))
        List<Map> after = runOk('getAffContestRewardTotals', [userLogin: admin()]).totals
        assert after.find { it.kind == 'STORE_CREDIT' && it.currencyUomId == 'USD' }.amount == creditBefore + 190.00G
    }

    void testAPrizeBudgetRefusesATableThatCostsMoreAndShowsTodaysCost() {
        String contestId = contest('BU', 'AFFC_RK_STORE_CREDIT')
        assertRefused('setAffContestPrizeBudget', [contestId: contestId, budgetAmount: 189.99G, currencyUomId: 'USD'], 'costs more than the prize budget')
        assert from('AffContestPrizeBudget').where('contestId', contestId).queryCount() == 0
        runOk('setAffContestPrizeBudget', [contestId: contestId, budgetAmount: 190.00G, currencyUomId: 'USD', userLogin: admin()])
        Map cost = runOk('getAffContestPrizeCost', [contestId: contestId, userLogin: admin()])
        assert cost.tableCost == [[currencyUomId: 'USD', amount: 190.00G]] && cost.overBudget == []
        assert cost.costToday == []
        winner(contestId, 'A', 1)
        assert runOk('getAffContestPrizeCost', [contestId: contestId, userLogin: admin()]).costToday ==
                [[currencyUomId: 'USD', amount: 150.00G]]
    }

    void testAddingAPrizeTierOverTheBudgetIsRefusedWithALabel() {
        String contestId = contest('BD', 'AFFC_RK_STORE_CREDIT', null, null, 'AFFC_DRAFT')
        runOk('setAffContestPrizeBudget', [contestId: contestId, budgetAmount: 200.00G, currencyUomId: 'USD', userLogin: admin()])
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 3L, thruPlace: 3L, prizeText: 'Third', amount: 10.00G,
                currencyUomId: 'USD', userLogin: admin()])
        assertRefused('addAffContestPrize', [contestId: contestId, fromPlace: 4L, thruPlace: 4L, prizeText: 'Fourth', amount: 0.01G,
                currencyUomId: 'USD'], 'costs more than the prize budget')
        assert from('AffContestPrize').where('contestId', contestId).queryCount() == 3
    }

    void testTheWinnersMessageCarriesTheReward() {
        String contestId = contest('WM', 'AFFC_RK_STORE_CREDIT')
        String a = winner(contestId, 'A', 1)
        String broadcastId = runOk('draftAffContestWinnersBroadcast', [contestId: contestId, userLogin: admin()]).broadcastId
        String line = from('AffBroadcastAudience').where('broadcastId', broadcastId, 'groupId', a).queryFirst()?.personalLine
        assert line?.contains('First prize, paid as store credit in our store (150 USD)'), line
    }

    // ---------------------------------------------------------------- fixtures

    /** A finalized ranking contest whose first place wins 150 USD and second 40 USD, both of the given kind. */
    private String contest(String tag, String kind, String promoId = null, Long validDays = null, String statusId = 'AFFC_FINALIZED') {
        String contestId = "RW${tag}${run}"
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('AffContest', [contestId: contestId, contestName: "Rewards ${tag} ${run}", statusId: statusId,
                metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING', timeZoneId: 'UTC', fromDate: now,
                thruDate: new Timestamp(now.time + 30L * 86400000L), currencyUomId: 'USD', eligibleAll: 'Y',
                includeMatchEnumId: 'AFFCX_ANY', nameDisplayEnumId: 'AFFCN_ALIAS', showAmounts: 'Y'])
        [['00001', 1L, 150.00G, 'First prize'], ['00002', 2L, 40.00G, 'Runner-up']].each { String seq, Long place, BigDecimal amount, String text ->
            delegator.create('AffContestPrize', [contestId: contestId, prizeSeqId: seq, fromPlace: place, thruPlace: place,
                    prizeText: text, amount: amount, currencyUomId: 'USD'])
            runOk('setAffContestPrizeReward', [contestId: contestId, prizeSeqId: seq, rewardKindEnumId: kind, productPromoId: promoId,
                    validDays: validDays, userLogin: admin()])
        }
        return contestId
    }

    private String winner(String contestId, String tag, long place) {
        String partyId = "AFFRW${run}${tag}"
        if (!from('Party').where('partyId', partyId).queryOne()) {
            newAffiliate(partyId, tag)
        }
        delegator.create('AffContestWinner', [contestId: contestId, partyId: partyId, placeNumber: place, rankNumber: place,
                score: 10.0G - place, prizeText: place == 1L ? 'First prize' : 'Runner-up', prizeAmount: place == 1L ? 150.00G : 40.00G,
                currencyUomId: 'USD', rewardStatusId: 'AFFC_RW_PENDING'])
        return partyId
    }

    private void approveAndIssue(String contestId, String partyId) {
        runOk('approveAffContestReward', [contestId: contestId, partyId: partyId, userLogin: admin()])
        runOk('issueAffContestReward', [contestId: contestId, partyId: partyId, userLogin: admin()])
    }

    private void frozen(String finAccountId, String statusId) {
        GenericValue account = from('FinAccount').where('finAccountId', finAccountId).queryOne()
        account.set('statusId', statusId)
        account.store()
    }

    private GenericValue reward(String contestId, String partyId) {
        return from('AffContestReward').where('contestId', contestId, 'partyId', partyId).queryFirst()
    }

    private GenericValue partnerLogin(String partyId) {
        return from('UserLogin').where('userLoginId', partyId.toLowerCase()).queryOne()
    }

    private GenericValue viewerLogin() {
        return from('UserLogin').where('userLoginId', 'affviewer').queryOne()
    }

    private void assertRefused(String service, Map input, String label) {
        Map result = dispatcher.runSync(service, input + [userLogin: admin()])
        assert ServiceUtil.isError(result), "${service} ${input} was not refused"
        assert ServiceUtil.getErrorMessage(result).contains(label), ServiceUtil.getErrorMessage(result)
    }

    /** Runs the call on THREADS threads released at once; returns every result. */
    private List<Map> concurrently(Closure<Map> call) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS)
        CountDownLatch start = new CountDownLatch(1)
        try {
            List<Future<Map>> futures = (1..THREADS).collect {
                pool.submit({ start.await(); call() } as Callable<Map>)
            }
            start.countDown()
            return futures.collect { it.get(120, TimeUnit.SECONDS) }
        } finally {
            pool.shutdownNow()
        }
    }
}
