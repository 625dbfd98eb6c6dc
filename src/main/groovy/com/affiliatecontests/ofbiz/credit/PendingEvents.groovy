/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.credit

import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * The events still waiting in the crediting outbox that may move a contest's credits, which its
 * finalization must wait for: a completion, in the contest's window, of an order attributed to one of
 * its participants; a reopening or cancellation of an order it has credited; a return of such an order.
 * The outbox holds a handful of rows (each is processed right after its order's commit), so each is
 * looked at in turn.
 */
class PendingEvents {

    private final Delegator delegator

    PendingEvents(Delegator delegator) {
        this.delegator = delegator
    }

    long affecting(String contestId, Timestamp from, Timestamp thru) {
        OrderFacts orders = new OrderFacts(delegator)
        return EntityQuery.use(delegator).from('AffContestOrderEvent').queryList().count { GenericValue event ->
            if (event.getString('returnId')) {
                return EntityQuery.use(delegator).from('ReturnItem').where('returnId', event.getString('returnId'))
                        .queryList()*.getString('orderId').unique().any { credited(contestId, it) }
            }
            String orderId = event.getString('orderId')
            if (event.getString('statusId') == 'ORDER_COMPLETED') {
                // the event is written in the completion's own transaction: its date is the completion's
                Timestamp at = event.getTimestamp('createdDate')
                return !at.before(from) && at.before(thru) && competes(contestId, orders.affiliateOf(orderId))
            }
            return credited(contestId, orderId)
        } as long
    }

    private boolean credited(String contestId, String orderId) {
        return orderId && EntityQuery.use(delegator).from('AffContestCredit').where('contestId', contestId, 'orderId', orderId)
                .queryCount() > 0
    }

    private boolean competes(String contestId, String partyId) {
        return partyId && EntityQuery.use(delegator).from('AffContestParticipant')
                .where('contestId', contestId, 'partyId', partyId).queryCount() > 0
    }

}
