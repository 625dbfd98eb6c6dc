package com.affiliatecontests.engine.contest;

/** What happens to an order in another currency than the contest's. */
public enum ForeignCurrency {
    /** Converted at the rate supplied for its currency; an order with no rate is refused. */
    CONVERT,
    /** Not credited. */
    EXCLUDE
}
