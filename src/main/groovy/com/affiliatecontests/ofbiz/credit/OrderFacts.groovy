/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.credit

import com.affiliatecontests.engine.credit.AttributedOrder
import com.affiliatecontests.engine.credit.ReturnedItem
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.order.order.OrderReadHelper

/**
 * Reads what the engine needs to know about a sales order: its affiliate (OrderRole AFFILIATE, or
 * a tracking code mapped to an affiliate), its customer, amounts, and its status history.
 */
class OrderFacts {

    private final Delegator delegator

    OrderFacts(Delegator delegator) {
        this.delegator = delegator
    }

    GenericValue header(String orderId) {
        return EntityQuery.use(delegator).from('OrderHeader').where('orderId', orderId).queryOne()
    }

    String affiliateOf(String orderId) {
        GenericValue role = EntityQuery.use(delegator).from('OrderRole')
                .where('orderId', orderId, 'roleTypeId', 'AFFILIATE').queryFirst()
        if (role) {
            return role.getString('partyId')
        }
        List<GenericValue> trackedOrders = EntityQuery.use(delegator).from('TrackingCodeOrder')
                .where('orderId', orderId).queryList()
        for (GenericValue tracked : trackedOrders) {
            GenericValue mapping = EntityQuery.use(delegator).from('AffContestTrackingCode')
                    .where('trackingCodeId', tracked.getString('trackingCodeId')).queryOne()
            if (mapping) {
                return mapping.getString('partyId')
            }
        }
        return null
    }

    String customerOf(String orderId) {
        return EntityQuery.use(delegator).from('OrderRole')
                .where('orderId', orderId, 'roleTypeId', 'PLACING_CUSTOMER').queryFirst()?.getString('partyId')
    }

    /** Order-level status changes, oldest first. */
    List<GenericValue> statusHistory(String orderId) {
        return EntityQuery.use(delegator).from('OrderStatus')
                .where(EntityCondition.makeCondition('orderId', orderId),
                        EntityCondition.makeCondition('orderItemSeqId', EntityOperator.EQUALS, null),
                        EntityCondition.makeCondition('orderPaymentPreferenceId', EntityOperator.EQUALS, null))
                .orderBy('statusDatetime', 'orderStatusId').queryList()
    }

    /** The latest change of the order to the status, or null. */
    GenericValue latestChangeTo(String orderId, String statusId) {
        return statusHistory(orderId).findAll { it.getString('statusId') == statusId }.with { it ? it.last() : null }
    }

    /** Whether the customer completed another sales order before this completion. */
    boolean hadEarlierCompletedOrder(String customerId, String orderId, java.sql.Timestamp completedAt) {
        if (!customerId) {
            return false
        }
        List<String> others = EntityQuery.use(delegator).from('OrderRole')
                .where('partyId', customerId, 'roleTypeId', 'PLACING_CUSTOMER').queryList()*.getString('orderId')
                .findAll { it != orderId }
        if (!others) {
            return false
        }
        return EntityQuery.use(delegator).from('OrderStatus').where(
                EntityCondition.makeCondition('orderId', EntityOperator.IN, others),
                EntityCondition.makeCondition('statusId', 'ORDER_COMPLETED'),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.LESS_THAN, completedAt)).queryCount() > 0
    }

    /** The order as the engine values it, completed at the given status change. */
    AttributedOrder attributed(GenericValue header, GenericValue completion) {
        String orderId = header.getString('orderId')
        String customerId = customerOf(orderId)
        OrderReadHelper reader = new OrderReadHelper(header)
        return new AttributedOrder(orderId, affiliateOf(orderId), customerId,
                completion.getTimestamp('statusDatetime').toInstant(), header.getString('currencyUom'),
                header.getBigDecimal('grandTotal'), reader.getTaxTotal(), reader.getShippingTotal(),
                !hadEarlierCompletedOrder(customerId, orderId, completion.getTimestamp('statusDatetime')))
    }

    /** The lines of a return as the engine reads them; which of them take credit back is its decision. */
    List<ReturnedItem> returnedItems(String returnId) {
        return EntityQuery.use(delegator).from('ReturnItem').where('returnId', returnId).orderBy('returnItemSeqId')
                .queryList().collect { GenericValue item ->
            new ReturnedItem(item.getString('orderId'), item.getString('orderItemSeqId'), item.getString('returnItemTypeId'),
                    item.getString('statusId'), item.getBigDecimal('returnPrice'), item.getBigDecimal('returnQuantity'))
        }
    }

    /** The value of an order's items, against which a return is full or partial. */
    BigDecimal itemsTotal(GenericValue header) {
        return new OrderReadHelper(header).getOrderItemsSubTotal()
    }

}
