package com.affiliatecontests.engine.credit;

import com.affiliatecontests.engine.contest.Metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What one order is worth to its partner in a contest now, computed from all its ledger lines
 * replayed in time order. Because it depends only on the set of lines, the order in which they
 * arrive never changes the result.
 *
 * @param value       the order's contribution to the score (0 when reversed)
 * @param converted   whether it still counts as a conversion
 * @param completedAt when it was (last) completed, null if never
 */
public record OrderValue(BigDecimal value, boolean converted, Instant completedAt) {

    public static final OrderValue NONE = new OrderValue(BigDecimal.ZERO, false, null);

    static final Comparator<LedgerEntry> REPLAY_ORDER = Comparator.comparing(LedgerEntry::occurredAt)
            .thenComparingInt(LedgerEntry::sequence)
            .thenComparing(LedgerEntry::key);

    public static OrderValue of(List<? extends LedgerEntry> lines, Metric metric) {
        boolean active = false;
        boolean fullyReturned = false;
        boolean excluded = false;
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        Instant completedAt = null;
        List<? extends LedgerEntry> replay = lines.size() == 1 ? lines : lines.stream().sorted(REPLAY_ORDER).toList();
        for (LedgerEntry line : replay) {
            if (line instanceof Credit credit) {
                active = true;
                base = credit.value();
                completedAt = credit.occurredAt();
            } else if (line instanceof Reversal reversal) {
                switch (reversal.kind()) {
                case REOPENED, CANCELLED -> {
                    active = false;
                }
                case EXCLUDED -> {
                    excluded = true;
                }
                case RETURNED -> {
                    if (reversal.isFull()) {
                        fullyReturned = true;
                    } else {
                        returned = returned.add(reversal.amount());
                    }
                }
                }
            }
        }
        if (!active || fullyReturned || excluded) {
            return new OrderValue(BigDecimal.ZERO, false, completedAt);
        }
        if (metric.countsOrders()) {
            return new OrderValue(base, true, completedAt);
        }
        BigDecimal net = base.subtract(returned).max(BigDecimal.ZERO);
        return new OrderValue(net, net.signum() > 0, completedAt);
    }

    /** Whether this order holds up its partner's score (used for "earliest to reach the score"). */
    public boolean contributes() {
        return converted && value.signum() > 0;
    }
}
