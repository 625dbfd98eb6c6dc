package com.affiliatecontests.engine.reward;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rewards issued in a period added up by kind and currency (the dashboard's month). */
public final class RewardTotals {

    private RewardTotals() {
    }

    /** One issued reward: its kind, amount (null for OTHER) and currency. */
    public record Issued(RewardKind kind, BigDecimal amount, String currency) {
    }

    /** A kind and a currency (empty for OTHER, which is counted, not summed). */
    public record Key(RewardKind kind, String currency) {
    }

    /** A total: how many rewards and their amount. */
    public record Total(long count, BigDecimal amount) {
    }

    public static Map<Key, Total> sum(List<Issued> issued) {
        Map<Key, Total> totals = new TreeMap<>(Comparator.comparing(Key::kind).thenComparing(Key::currency));
        for (Issued reward : issued) {
            boolean paid = reward.kind().paysAmount() && reward.amount() != null;
            Key key = new Key(reward.kind(), paid && reward.currency() != null ? reward.currency() : "");
            BigDecimal amount = paid ? reward.amount() : BigDecimal.ZERO;
            totals.merge(key, new Total(1, amount),
                    (a, b) -> new Total(a.count() + b.count(), a.amount().add(b.amount())));
        }
        return totals;
    }
}
