package com.affiliatecontests.engine.credit;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A completed sales order as the engine needs it: who it is attributed to, who bought, when it was
 * completed, its amounts, and whether it was the customer's first completed sales order.
 */
public record AttributedOrder(String orderId, String affiliateId, String customerId, Instant completedAt,
                              String currency, BigDecimal grandTotal, BigDecimal taxTotal,
                              BigDecimal shippingTotal, boolean customersFirstOrder) {

    public AttributedOrder {
        grandTotal = grandTotal == null ? BigDecimal.ZERO : grandTotal;
        taxTotal = taxTotal == null ? BigDecimal.ZERO : taxTotal;
        shippingTotal = shippingTotal == null ? BigDecimal.ZERO : shippingTotal;
    }

    public boolean isSelfReferral() {
        return affiliateId != null && affiliateId.equals(customerId);
    }
}
