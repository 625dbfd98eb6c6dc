package com.affiliatecontests.engine.credit;

/** Why a credit is taken back. */
public enum ReversalKind {
    /** The completed order was reopened (ORDER_COMPLETED to ORDER_APPROVED): the whole credit goes. */
    REOPENED,
    /** The order was cancelled: the whole credit goes. */
    CANCELLED,
    /** Goods were returned: revenue goes down by the returned amount; a count goes only when all is returned. */
    RETURNED,
    /**
     * An admin excluded the order from the contest after a fraud review: the whole credit goes for good; a later
     * completion, reopening or return of the order changes nothing in this contest.
     */
    EXCLUDED
}
