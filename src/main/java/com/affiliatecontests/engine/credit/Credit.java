package com.affiliatecontests.engine.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order completion credited to a partner in a contest: one unit for count metrics, the order
 * amount in contest currency for revenue. A reopened order completed again gets a new credit with
 * a new source id.
 */
public record Credit(String contestId, String partnerId, String orderId, BigDecimal value, Instant occurredAt,
                     String sourceId) implements LedgerEntry {

    public Credit {
        Objects.requireNonNull(contestId, "contestId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(occurredAt, "occurredAt");
        sourceId = sourceId == null ? "" : sourceId;
    }

    @Override
    public String key() {
        return "CREDIT|" + orderId + "|" + sourceId;
    }

    @Override
    public int sequence() {
        return 0;
    }
}
