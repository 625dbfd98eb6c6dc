/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.test

import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceAuthException
import org.apache.ofbiz.service.ServiceUtil

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit

/**
 * Issue 13.6: the admin dismisses a fraud flag or excludes its order from the contest, exactly once, through the
 * services the leaderboard's buttons post to; the standing moves through the crediting path; a view-only admin
 * cannot; an excluded order stays out whatever happens to it later. Each test makes its own partners and contest.
 */
class FraudReviewTests extends ComponentTestCase {

    FraudReviewTests(String name) {
        super(name)
    }

    void testDismissingAFlagKeepsTheCreditAndIsAuditedOnce() {
        Map f = flagged('D', '70.00')
        Map done = runOk('dismissAffContestFraudFlag', key(f) + [note: 'known customer', userLogin: admin()])
        assert done.reviewStatusId == 'AFFC_FL_CLEARED'
        GenericValue flag = flag(f)
        assert flag.reviewStatusId == 'AFFC_FL_CLEARED' && flag.reviewedByUserLogin == 'admin' && flag.reviewedDate
        assert flag.reviewNote == 'known customer'
        assert score(f) == new BigDecimal('70.00'), 'the credit stays'
        Map again = dispatcher.runSync('dismissAffContestFraudFlag', key(f) + [userLogin: admin()])
        assert ServiceUtil.isError(again) && ServiceUtil.getErrorMessage(again).contains('already been reviewed'), ServiceUtil.getErrorMessage(again)
    }

    void testExcludingAnOrderReversesItOnceWithItsReasonAndASecondExclusionIsRefused() {
        Map f = flagged('E', '90.00')
        runOk('excludeAffContestFlaggedOrder', key(f) + [reason: 'placed by the partner itself', userLogin: admin()])
        assert score(f) == BigDecimal.ZERO.setScale(score(f).scale())
        List<GenericValue> lines = from('AffContestCredit').where('contestId', f.contestId, 'orderId', f.orderId, 'lineKind', 'EXCLUDED').queryList()
        assert lines.size() == 1 && lines[0].note == 'placed by the partner itself' && lines[0].createdByUserLogin == 'admin'
        GenericValue flag = flag(f)
        assert flag.reviewStatusId == 'AFFC_FL_CONFIRMED' && flag.reviewedByUserLogin == 'admin' && flag.reviewNote == 'placed by the partner itself'

        Map twice = dispatcher.runSync('excludeAffContestFlaggedOrder', key(f) + [reason: 'again', userLogin: admin()])
        assert ServiceUtil.isError(twice) && ServiceUtil.getErrorMessage(twice).contains('already excluded'), ServiceUtil.getErrorMessage(twice)
        // through another flag of the same order (a spike flag written by hand): refused alike
        delegator.create('AffContestFraudFlag', [contestId: f.contestId, partyId: f.partyId, orderId: f.orderId,
                reasonEnumId: 'AFFCZ_SPIKE', flaggedDate: UtilDateTime.nowTimestamp(), reviewStatusId: 'AFFC_FL_OPEN'])
        Map other = dispatcher.runSync('excludeAffContestFlaggedOrder', key(f) + [reasonEnumId: 'AFFCZ_SPIKE', reason: 'spike', userLogin: admin()])
        assert ServiceUtil.isError(other) && ServiceUtil.getErrorMessage(other).contains('already excluded')
        assert from('AffContestCredit').where('contestId', f.contestId, 'orderId', f.orderId, 'lineKind', 'EXCLUDED').queryCount() == 1
        assert score(f) == BigDecimal.ZERO.setScale(score(f).scale())
    }

    void testAnExclusionWithoutReasonIsRefusedAndStoresNothing() {
        Map f = flagged('R', '40.00')
        Map refused = dispatcher.runSync('excludeAffContestFlaggedOrder', key(f) + [reason: '  ', userLogin: admin()])
        assert ServiceUtil.isError(refused) && ServiceUtil.getErrorMessage(refused).contains('reason')
        assert flag(f).reviewStatusId == 'AFFC_FL_OPEN' && score(f) == new BigDecimal('40.00')
        assert from('AffContestCredit').where('contestId', f.contestId, 'orderId', f.orderId, 'lineKind', 'EXCLUDED').queryCount() == 0
    }

    /** Four admins click "Exclude" at once: one reversal, the standing moved once, three refusals. */
    void testConcurrentExclusionsReverseTheOrderOnce() {
        Map f = flagged('C', '55.00')
        ExecutorService pool = Executors.newFixedThreadPool(4)
        CountDownLatch start = new CountDownLatch(1)
        try {
            List<Future<Map>> clicks = (1..4).collect { int i ->
                pool.submit({
                    start.await()
                    dispatcher.runSync('excludeAffContestFlaggedOrder', key(f) + [reason: "click ${i}".toString(), userLogin: admin()])
                } as Callable<Map>)
            }
            start.countDown()
            List<Map> results = clicks.collect { it.get(120, TimeUnit.SECONDS) }
            assert results.count { ServiceUtil.isSuccess(it) } == 1, results.collect { ServiceUtil.getErrorMessage(it) }
            assert results.findAll { ServiceUtil.isError(it) }.every { ServiceUtil.getErrorMessage(it).contains('already excluded') },
                    results.collect { ServiceUtil.getErrorMessage(it) }
        } finally {
            pool.shutdownNow()
        }
        assert from('AffContestCredit').where('contestId', f.contestId, 'orderId', f.orderId, 'lineKind', 'EXCLUDED').queryCount() == 1
        assert score(f) == BigDecimal.ZERO.setScale(score(f).scale())
        GenericValue standing = from('AffContestStanding').where('contestId', f.contestId, 'partyId', f.partyId).queryOne()
        assert standing.getLong('conversions') == 0L
    }

    void testAViewOnlyAdminCannotDismissOrExclude() {
        Map f = flagged('V', '33.00')
        GenericValue viewer = getUserLogin('affviewer')
        ['dismissAffContestFraudFlag', 'excludeAffContestFlaggedOrder'].each { String service ->
            boolean refused
            try {
                refused = ServiceUtil.isError(dispatcher.runSync(service, key(f) + [reason: 'viewer', userLogin: viewer]))
            } catch (ServiceAuthException e) {
                refused = true
            }
            assert refused, service
        }
        assert flag(f).reviewStatusId == 'AFFC_FL_OPEN' && !flag(f).reviewedByUserLogin
        assert score(f) == new BigDecimal('33.00')
        assert from('AffContestCredit').where('contestId', f.contestId, 'orderId', f.orderId, 'lineKind', 'EXCLUDED').queryCount() == 0
    }

    /** Reopened, completed again and returned after its exclusion: the order never counts again, nothing is reversed twice. */
    void testAnExcludedOrderReopenedCompletedAgainOrReturnedStaysOut() {
        Map f = flagged('L', '120.00')
        Map keep = flagged('K', '10.00', f.contestId as String, f.partyId as String)
        assert score(f) == new BigDecimal('130.00')
        runOk('excludeAffContestFlaggedOrder', key(f) + [reason: 'fraud', userLogin: admin()])
        assert score(f) == new BigDecimal('10.00')

        orderStatus(f.orderId as String, 'ORDER_APPROVED')
        assert score(f) == new BigDecimal('10.00'), 'reopened after the exclusion: nothing more taken back'
        orderStatus(f.orderId as String, 'ORDER_COMPLETED')
        assert score(f) == new BigDecimal('10.00'), 'completed again: still excluded'
        String returnId = runOk('createReturnHeader', [returnHeaderTypeId: 'CUSTOMER_RETURN', fromPartyId: f.partyId,
                toPartyId: 'Company', currencyUomId: 'USD', userLogin: admin()]).returnId
        runOk('createReturnItem', [returnId: returnId, orderId: f.orderId, orderItemSeqId: '00001', returnTypeId: 'RTN_REFUND',
                returnItemTypeId: 'RET_FPROD_ITEM', returnReasonId: 'RTN_NOT_WANT', productId: 'WG-1111',
                returnQuantity: BigDecimal.ONE, returnPrice: new BigDecimal('120.00'), userLogin: admin()])
        runOk('updateReturnHeader', [returnId: returnId, statusId: 'RETURN_RECEIVED', userLogin: admin()])
        runOk('updateReturnHeader', [returnId: returnId, statusId: 'RETURN_COMPLETED', userLogin: admin()])
        awaitReturnEvents(returnId)
        assert score(f) == new BigDecimal('10.00'), 'returned after the exclusion: nothing more taken back'
        assert score(keep) == new BigDecimal('10.00')
        GenericValue standing = from('AffContestStanding').where('contestId', f.contestId, 'partyId', f.partyId).queryOne()
        assert standing.getLong('conversions') == 1L
    }

    // ------------------------------------------------------------------ fixtures

    /**
     * A self-referral (the affiliate placed the order itself) completed through changeOrderStatus and credited in a
     * running contest, which flags it; returns contestId, orderId, partyId and the flag's reason.
     */
    private Map flagged(String suffix, String total, String contestId = null, String partyId = null) {
        String affiliate = partyId
        if (!affiliate) {
            affiliate = newAffiliate("FR${run}${suffix}", "Partner ${suffix}")
            delegator.create('PartyRole', [partyId: affiliate, roleTypeId: 'PLACING_CUSTOMER'])
            delegator.create('PartyRole', [partyId: affiliate, roleTypeId: 'BILL_TO_CUSTOMER'])
        }
        String contest = contestId ?: runningContest(affiliate)
        String orderId = newOrder("FO${run}${suffix}", affiliate, affiliate, new BigDecimal(total))
        orderStatus(orderId, 'ORDER_COMPLETED')
        Map f = [contestId: contest, orderId: orderId, partyId: affiliate, reasonEnumId: 'AFFCZ_SELF_REFERRAL']
        assert flag(f)?.reviewStatusId == 'AFFC_FL_OPEN', "self-referral ${orderId} flagged"
        return f
    }

    private static Map key(Map f) {
        return [contestId: f.contestId, orderId: f.orderId, reasonEnumId: f.reasonEnumId]
    }

    private GenericValue flag(Map f) {
        return from('AffContestFraudFlag').where(key(f)).queryOne()
    }

    private BigDecimal score(Map f) {
        return from('AffContestStanding').where('contestId', f.contestId, 'partyId', f.partyId).queryOne().getBigDecimal('score')
    }

    /** A running revenue contest over this partner only (tagged for it). */
    private String runningContest(String partyId) {
        String contestId = draftContest("Fraud review ${run}", [eligibleAll: 'N'])
        onlyPartners(contestId, "FT${run}${contestId}", [partyId])
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold', userLogin: admin()])
        assert runOk('launchAffContest', [contestId: contestId, userLogin: admin()]).statusId == 'AFFC_ACTIVE'
        return contestId
    }
}
