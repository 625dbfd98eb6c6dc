package com.affiliatecontests.engine.contest;

/** Which amount of an order counts as revenue. */
public enum RevenueBasis {
    GRAND_TOTAL,
    NET_OF_TAX_AND_SHIPPING
}
