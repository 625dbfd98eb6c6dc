package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.credit.CreditLedger.OrderChange;
import com.affiliatecontests.engine.credit.OrderValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A partner's running totals in one contest: the sum of its orders' values, how many still count
 * as conversions, its tracked visits, and when it reached its current score (the completion time
 * of its latest order that still counts). The same update serves the in-memory standings and the
 * OFBiz standing rows.
 */
public record PartnerTotals(String partnerId, BigDecimal total, long conversions, long visits, Instant reachedAt) {

    public PartnerTotals {
        Objects.requireNonNull(partnerId, "partnerId");
        total = total == null ? BigDecimal.ZERO : total;
    }

    public static PartnerTotals zero(String partnerId) {
        return new PartnerTotals(partnerId, BigDecimal.ZERO, 0, 0, null);
    }

    /**
     * The totals after one order's value moved. {@code latestContribution} is asked only when the
     * order that set "reached at" stopped counting; it must see the ledger after the change.
     */
    public PartnerTotals apply(OrderChange change, Supplier<Optional<Instant>> latestContribution) {
        if (!change.moved()) {
            return this;
        }
        OrderValue before = change.before();
        OrderValue after = change.after();
        BigDecimal newTotal = total.add(after.value()).subtract(before.value());
        long newConversions = conversions + (after.converted() ? 1 : 0) - (before.converted() ? 1 : 0);
        Instant newReachedAt = reachedAt;
        boolean sameMoment = before.contributes() && after.contributes()
                && before.completedAt().equals(after.completedAt());
        if (before.contributes() && !sameMoment && before.completedAt().equals(reachedAt)) {
            newReachedAt = latestContribution.get().orElse(null);
        } else if (after.contributes() && (reachedAt == null || after.completedAt().isAfter(reachedAt))) {
            newReachedAt = after.completedAt();
        }
        return new PartnerTotals(partnerId, newTotal, newConversions, visits, newReachedAt);
    }

    public PartnerTotals withVisits(long newVisits) {
        return new PartnerTotals(partnerId, total, conversions, newVisits, reachedAt);
    }
}
