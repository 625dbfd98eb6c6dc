package com.affiliatecontests.engine.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Takes a credit back, fully or in part. {@code amount} is only for returns: the returned value in
 * contest currency, or null when everything was returned.
 */
public record Reversal(String contestId, String orderId, ReversalKind kind, BigDecimal amount, Instant occurredAt,
                       String sourceId) implements LedgerEntry {

    public Reversal {
        Objects.requireNonNull(contestId, "contestId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        sourceId = sourceId == null ? "" : sourceId;
        if (kind != ReversalKind.RETURNED) {
            amount = null;
        }
    }

    public static Reversal full(String contestId, String orderId, ReversalKind kind, Instant at, String sourceId) {
        return new Reversal(contestId, orderId, kind, null, at, sourceId);
    }

    public static Reversal partialReturn(String contestId, String orderId, BigDecimal amount, Instant at,
                                         String sourceId) {
        return new Reversal(contestId, orderId, ReversalKind.RETURNED, amount, at, sourceId);
    }

    /** The source of every exclusion line: an order is excluded from a contest once, whichever flag led to it. */
    public static final String EXCLUSION_SOURCE = "EXCLUSION";

    /** An admin's exclusion of the order from the contest: its ledger key is the same for every exclusion of it. */
    public static Reversal exclusion(String contestId, String orderId, Instant at) {
        return new Reversal(contestId, orderId, ReversalKind.EXCLUDED, null, at, EXCLUSION_SOURCE);
    }

    public boolean isFull() {
        return amount == null;
    }

    @Override
    public String key() {
        return kind + "|" + orderId + "|" + sourceId;
    }

    @Override
    public int sequence() {
        return 1;
    }
}
