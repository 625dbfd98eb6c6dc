package com.affiliatecontests.engine.credit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a completed return takes back from each of its orders. Only goods the store actually got
 * back count: an item received, completed, or awaiting a manual refund after receipt; a requested,
 * accepted or cancelled item takes nothing back. Adjustment lines (OFBiz's return item types ending
 * in {@code _ADJ}: shipping, tax, promotions) are not goods and take nothing back either. An order
 * whose counted items reach the value of its items is returned in full.
 */
public final class ReturnAssessment {

    /** The return statuses of an item whose goods are back in the store. */
    public static final Set<String> COUNTED_STATUSES = Set.of("RETURN_RECEIVED", "RETURN_COMPLETED", "RETURN_MAN_REFUND");

    private static final String ADJUSTMENT_SUFFIX = "_ADJ";

    /** What one order loses: the returned amount (order currency), or all of it. */
    public record OrderReturn(String orderId, BigDecimal amount, boolean full) {
    }

    /**
     * The orders the return takes something back from, by order id. {@code itemsTotal} gives an
     * order's items value (the order items' subtotal), against which a return is full or partial.
     */
    public List<OrderReturn> assess(Collection<ReturnedItem> items, Function<String, BigDecimal> itemsTotal) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (ReturnedItem item : items) {
            if (counts(item)) {
                amounts.merge(item.orderId(), item.price().multiply(item.quantity()), BigDecimal::add);
            }
        }
        return amounts.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(e -> {
            BigDecimal total = itemsTotal.apply(e.getKey());
            return new OrderReturn(e.getKey(), e.getValue(), total != null && e.getValue().compareTo(total) >= 0);
        }).toList();
    }

    /** Whether the line gives goods back to the store. */
    public boolean counts(ReturnedItem item) {
        return item.orderId() != null && item.orderItemSeqId() != null
                && item.price() != null && item.quantity() != null
                && COUNTED_STATUSES.contains(item.statusId())
                && (item.itemTypeId() == null || !item.itemTypeId().endsWith(ADJUSTMENT_SUFFIX));
    }
}
