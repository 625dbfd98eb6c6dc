package com.affiliatecontests.engine.credit;

import java.math.BigDecimal;

/**
 * One line of a store return as OFBiz records it (a ReturnItem): the order and order item it
 * returns, its type, its status, and its price and quantity. Which lines take credit back is
 * {@link ReturnAssessment}'s decision.
 */
public record ReturnedItem(String orderId, String orderItemSeqId, String itemTypeId, String statusId,
                           BigDecimal price, BigDecimal quantity) {
}
