/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.LocalDispatcher
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp

/**
 * Credits a contest from orders completed before (a contest created after the fact, or recomputed)
 * by running the live crediting services over each order's history: its completion, a later
 * reopening or cancellation, and its completed returns.
 */
class PastOrders {

    private final Delegator delegator
    private final LocalDispatcher dispatcher
    private final GenericValue userLogin

    PastOrders(Delegator delegator, LocalDispatcher dispatcher, GenericValue userLogin) {
        this.delegator = delegator
        this.dispatcher = dispatcher
        this.userLogin = userLogin
    }

    int replay(String contestId, GenericValue contest) {
        Set<String> participants = EntityQuery.use(delegator).select('partyId').from('AffContestParticipant')
                .where('contestId', contestId).queryList()*.getString('partyId') as Set<String>
        List<String> orderIds = completedIn(contest.getTimestamp('fromDate'), contest.getTimestamp('thruDate'))
                .findAll { it.getString('partyId') in participants }*.getString('orderId').unique()
        OrderFacts facts = new OrderFacts(delegator)
        orderIds.each { String orderId ->
            check(dispatcher.runSync('affContestCreditOrder', [orderId: orderId, contestId: contestId,
                    userLogin: userLogin]))
            GenericValue header = facts.header(orderId)
            String current = header?.getString('statusId')
            if (current && current != 'ORDER_COMPLETED') {
                check(dispatcher.runSync('affContestReverseOrder', [orderId: orderId, statusId: current,
                        oldStatusId: 'ORDER_COMPLETED', userLogin: userLogin]))
            }
            List<String> returnIds = EntityQuery.use(delegator).from('ReturnItem').where('orderId', orderId)
                    .queryList()*.getString('returnId').unique()
            returnIds.each { String returnId ->
                GenericValue returnHeader = EntityQuery.use(delegator).from('ReturnHeader')
                        .where('returnId', returnId).queryOne()
                if (returnHeader?.getString('statusId') == 'RETURN_COMPLETED') {
                    check(dispatcher.runSync('affContestReverseReturn', [returnId: returnId, userLogin: userLogin]))
                }
            }
        }
        return orderIds.size()
    }

    /**
     * Completions in a window of orders attributed to an affiliate (OrderRole AFFILIATE or a tracking
     * code of one), with the affiliate, oldest first: the store's other orders are never read.
     */
    List<GenericValue> completedIn(Timestamp from, Timestamp thru) {
        List<EntityCondition> window = [EntityCondition.makeCondition('statusId', 'ORDER_COMPLETED'),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.GREATER_THAN_EQUAL_TO, from),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.LESS_THAN, thru)]
        List<GenericValue> completions = EntityQuery.use(delegator).from('AffContestRoleOrder')
                .where(window + [EntityCondition.makeCondition('roleTypeId', 'AFFILIATE')]).queryList()
        completions.addAll(EntityQuery.use(delegator).from('AffContestTrackedOrder').where(window).queryList())
        return completions.sort { it.getTimestamp('statusDatetime') }
    }

    private static void check(Map result) {
        if (ServiceUtil.isError(result)) {
            throw new IllegalStateException(ServiceUtil.getErrorMessage(result))
        }
    }

}
