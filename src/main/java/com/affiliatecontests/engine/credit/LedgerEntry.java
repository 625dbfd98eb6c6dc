package com.affiliatecontests.engine.credit;

import java.time.Instant;

/**
 * One line of a contest's credit ledger. Its {@link #key()} is unique per contest: recording the
 * same key twice changes nothing, which is what makes crediting exactly-once under retries.
 */
public sealed interface LedgerEntry permits Credit, Reversal {

    String contestId();

    String orderId();

    Instant occurredAt();

    /** The source event (e.g. the OFBiz OrderStatus or ReturnHeader id) that produced this line. */
    String sourceId();

    String key();

    /** Lines of one order are replayed in time order; at the same instant credits go before reversals. */
    int sequence();
}
