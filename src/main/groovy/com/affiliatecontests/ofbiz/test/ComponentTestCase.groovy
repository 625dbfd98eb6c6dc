/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.test

import com.affiliatecontests.engine.standing.BandSlices
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.ofbiz.contest.ContestRecords
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil
import org.apache.ofbiz.service.testtools.OFBizTestCase

import java.sql.Timestamp
import java.time.LocalDateTime
import java.time.ZoneId

/** What every in-OFBiz test of the component uses: the admin's login and a service call that must succeed. */
class ComponentTestCase extends OFBizTestCase {

    /** This run's mark in the ids a test makes, so that runs on the same data never collide. */
    protected final String run = Long.toString(System.nanoTime() % 100000000L, 36).toUpperCase()

    protected ComponentTestCase(String name) {
        super(name)
    }

    protected GenericValue admin() {
        return getUserLogin('admin')
    }

    /** A new affiliate person with a login named after its party id (lower case); returns the party id. */
    protected String newAffiliate(String partyId, String lastName) {
        delegator.create('Party', [partyId: partyId, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('Person', [partyId: partyId, firstName: 'Test', lastName: lastName])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
        delegator.create('UserLogin', [userLoginId: partyId.toLowerCase(), partyId: partyId, enabled: 'Y'])
        return partyId
    }

    /** A customer person who can place and pay sales orders; returns the party id. */
    protected String newCustomer(String partyId) {
        delegator.create('Party', [partyId: partyId, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'PLACING_CUSTOMER'])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'BILL_TO_CUSTOMER'])
        return partyId
    }

    /** An approved one-item USD sales order attributed (OrderRole AFFILIATE) to the affiliate; returns its id. */
    protected String newOrder(String orderId, String affiliateId, String customerId, BigDecimal total) {
        return newOrder(orderId, affiliateId, customerId, [total])
    }

    /** An approved USD sales order attributed to the affiliate, one item (quantity 1) per price; returns its id. */
    protected String newOrder(String orderId, String affiliateId, String customerId, List<BigDecimal> prices) {
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER', statusId: 'ORDER_APPROVED',
                currencyUom: 'USD', grandTotal: prices.sum() as BigDecimal, orderDate: now, entryDate: now])
        delegator.create('OrderStatus', [orderStatusId: delegator.getNextSeqId('OrderStatus'), orderId: orderId,
                statusId: 'ORDER_APPROVED', statusDatetime: now])
        // OFBiz recomputes the grand total from the items when the order completes
        prices.eachWithIndex { BigDecimal price, int i ->
            delegator.create('OrderItem', [orderId: orderId, orderItemSeqId: String.format('%05d', i + 1),
                    orderItemTypeId: 'PRODUCT_ORDER_ITEM', productId: 'WG-1111', quantity: BigDecimal.ONE,
                    unitPrice: price, statusId: 'ITEM_APPROVED'])
        }
        // the roles OFBiz's own completion services (payment from order) expect of a sales order
        [[affiliateId, 'AFFILIATE'], [customerId, 'PLACING_CUSTOMER'], [customerId, 'BILL_TO_CUSTOMER'],
         ['Company', 'BILL_FROM_VENDOR']].each { String partyId, String role ->
            delegator.create('OrderRole', [orderId: orderId, partyId: partyId, roleTypeId: role])
        }
        return orderId
    }

    /** Changes the order's status through OFBiz's changeOrderStatus, then waits for the crediting outbox. */
    protected void orderStatus(String orderId, String statusId) {
        runOk('changeOrderStatus', [orderId: orderId, statusId: statusId, setItemStatus: 'N', userLogin: admin()])
        awaitOrderEvents(orderId)
    }

    /** Waits until the order's events in the crediting outbox have been processed after the commit. */
    protected void awaitOrderEvents(String orderId) {
        awaitNoEvents('orderId', orderId, "order events of ${orderId}")
    }

    /** Waits until the return's events in the crediting outbox have been processed after the commit. */
    protected void awaitReturnEvents(String returnId) {
        awaitNoEvents('returnId', returnId, "events of return ${returnId}")
    }

    private void awaitNoEvents(String field, String value, String what) {
        long deadline = System.currentTimeMillis() + 30000
        while (from('AffContestOrderEvent').where(field, value).queryCount() > 0) {
            assert System.currentTimeMillis() < deadline: "${what} still queued after 30 s"
            Thread.sleep(100)
        }
    }

    /**
     * A draft revenue ranking contest in USD from yesterday for 30 days (Paris time), over all
     * affiliates unless {@code extra} says otherwise; returns its id.
     */
    protected String draftContest(String contestName, Map extra = [:]) {
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone)
        Map fields = [contestName: contestName, metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING',
                startLocal: now.minusDays(1).toString(), endLocal: now.plusDays(30).toString(),
                timeZoneId: zone.id, currencyUomId: 'USD', eligibleAll: 'Y', userLogin: admin()] + extra
        return runOk('createAffContest', fields).contestId
    }

    /** Makes only these partners eligible for the draft contest, through a partner tag of that id made for them. */
    protected void onlyPartners(String contestId, String tag, List<String> partyIds) {
        delegator.create('PartyClassificationGroup', [partyClassificationGroupId: tag,
                partyClassificationTypeId: 'AFFC_PARTNER_TAG', description: 'Test partners'])
        partyIds.each { String partyId ->
            delegator.create('PartyClassification', [partyId: partyId, partyClassificationGroupId: tag,
                    fromDate: UtilDateTime.nowTimestamp()])
        }
        runOk('addAffContestEligibility', [contestId: contestId, ruleTypeEnumId: 'AFFCE_INCLUDE',
                dimensionEnumId: 'AFFCD_TAG', groupId: tag, userLogin: admin()])
    }

    /** Each score-band counter counts the standing rows of its slice. */
    protected void assertBandCountersMatchTheBoard(String contestId) {
        List<GenericValue> counters = from('AffContestScoreBand').where('contestId', contestId).queryList()
        TreeSet<String> slices = new TreeSet<>(counters*.getString('bandKey'))
        BandSlices bandSlices = new BandSlices(new Scoring(new ContestRecords(delegator).definition(
                from('AffContest').where('contestId', contestId).queryOne())))
        Map<String, Long> counted = bandSlices.tally(from('AffContestStanding').where('contestId', contestId).queryList()
                *.getString('rankKey'), slices)
        assert counters.findAll { it.getLong('partners') > 0 }
                .collectEntries { [(it.getString('bandKey')): it.getLong('partners')] } == counted
    }

    protected Map runOk(String service, Map input) {
        Map result = dispatcher.runSync(service, input)
        assert ServiceUtil.isSuccess(result), "${service} failed: ${ServiceUtil.getErrorMessage(result)}"
        return result
    }

}
