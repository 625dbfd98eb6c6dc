package com.affiliatecontests.engine.credit;

import com.affiliatecontests.engine.contest.Metric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger lines of one contest, keyed so that a line recorded twice is a no-op, with each
 * order's current value. A reversal that arrives before its credit is kept and takes effect when
 * the credit comes, so arrival order never matters.
 */
public final class CreditLedger {

    /** How recording a line moved one order's value. */
    public record OrderChange(String partnerId, String orderId, OrderValue before, OrderValue after) {

        public boolean moved() {
            return !before.equals(after);
        }
    }

    private static final class OrderAccount {
        private String partnerId;
        private final List<LedgerEntry> lines = new ArrayList<>(2);
        private OrderValue value = OrderValue.NONE;
    }

    private final Metric metric;
    // Lines are kept per order (an order has a handful): one map for the whole ledger, not two.
    private final Map<String, OrderAccount> orders = new LinkedHashMap<>();
    private final Map<String, List<OrderAccount>> ordersByPartner = new HashMap<>();

    public CreditLedger(Metric metric) {
        this.metric = metric;
    }

    public boolean contains(LedgerEntry line) {
        OrderAccount account = orders.get(line.orderId());
        if (account == null) {
            return false;
        }
        String key = line.key();
        for (LedgerEntry recorded : account.lines) {
            if (recorded.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The partner already credited for this order, if any. */
    public Optional<String> partnerOf(String orderId) {
        OrderAccount account = orders.get(orderId);
        return account == null ? Optional.empty() : Optional.ofNullable(account.partnerId);
    }

    /**
     * Records a line that is not yet in the ledger (check {@link #contains} and the partner first) and
     * returns how its order's value moved; the partner is null while a reversal waits for its credit.
     */
    public OrderChange record(LedgerEntry line) {
        if (contains(line)) {
            throw new IllegalStateException("line already recorded: " + line.key());
        }
        OrderAccount account = orders.computeIfAbsent(line.orderId(), id -> new OrderAccount());
        if (line instanceof Credit credit && account.partnerId == null) {
            account.partnerId = credit.partnerId();
            ordersByPartner.computeIfAbsent(credit.partnerId(), p -> new ArrayList<>()).add(account);
        }
        account.lines.add(line);
        OrderValue before = account.value;
        account.value = OrderValue.of(account.lines, metric);
        return new OrderChange(account.partnerId, line.orderId(), before, account.value);
    }

    /** The completion time of the partner's latest order that still holds up its score. */
    public Optional<Instant> latestContribution(String partnerId) {
        Instant latest = null;
        for (OrderAccount account : ordersByPartner.getOrDefault(partnerId, List.of())) {
            if (account.value.contributes()
                    && (latest == null || account.value.completedAt().isAfter(latest))) {
                latest = account.value.completedAt();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The current value of each order credited to the partner. */
    public List<OrderValue> orderValues(String partnerId) {
        return ordersByPartner.getOrDefault(partnerId, List.of()).stream().map(a -> a.value).toList();
    }

    /** Every line recorded, order by order. */
    public List<LedgerEntry> lines() {
        List<LedgerEntry> all = new ArrayList<>();
        orders.values().forEach(account -> all.addAll(account.lines));
        return Collections.unmodifiableList(all);
    }
}
