package com.affiliatecontests.engine.fraud;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One partner's credits counted hour by hour as they come, oldest first, in what the spike rule needs
 * and nothing more: how many hours had each count (for the hourly median), and the hours busy enough to
 * be a spike with their first order. Its size grows with the partner's distinct hourly counts and busy
 * hours, not with its credits.
 */
public final class HourlyCredits {

    /** An hour with at least the spike rule's minimum count of credits, and its first credited order. */
    public record BusyHour(Instant hour, int credits, String firstOrderId) {
    }

    private final int busyFrom;
    private final TreeMap<Integer, Integer> hoursByCount = new TreeMap<>();
    private final List<BusyHour> busy = new ArrayList<>();
    private Instant hour;
    private int count;
    private Instant firstAt;
    private String firstOrderId;

    HourlyCredits(int busyFrom) {
        this.busyFrom = busyFrom;
    }

    /** Counts a credit; credits must come oldest first (an earlier one than the last is a caller's error). */
    public void add(Instant at, String orderId) {
        Instant itsHour = FraudDetector.hourOf(at);
        if (!itsHour.equals(hour)) {
            close();
            hour = itsHour;
            count = 0;
            firstAt = at;
            firstOrderId = orderId;
        } else if (at.equals(firstAt)) {
            // the hour's first order is the earliest, then the smallest id, as over all credits
            firstOrderId = Collections.min(List.of(firstOrderId, orderId));
        }
        count++;
    }

    private void close() {
        if (hour != null) {
            hoursByCount.merge(count, 1, Integer::sum);
            if (count >= busyFrom) {
                busy.add(new BusyHour(hour, count, firstOrderId));
            }
        }
    }

    /** The busy hours so far, oldest first, the current one included. */
    List<BusyHour> busyHours() {
        List<BusyHour> all = new ArrayList<>(busy);
        if (hour != null && count >= busyFrom) {
            all.add(new BusyHour(hour, count, firstOrderId));
        }
        return all;
    }

    /** The median of the counts of the hours with credits, the current one included. */
    double medianCount() {
        TreeMap<Integer, Integer> counts = new TreeMap<>(hoursByCount);
        if (hour != null) {
            counts.merge(count, 1, Integer::sum);
        }
        int hours = counts.values().stream().mapToInt(Integer::intValue).sum();
        return hours % 2 == 1 ? countAt(counts, hours / 2)
                : (countAt(counts, hours / 2 - 1) + countAt(counts, hours / 2)) / 2.0;
    }

    /** The count of the hour at this index when all hours are sorted by count. */
    private static int countAt(TreeMap<Integer, Integer> counts, int index) {
        int seen = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("no hour at " + index);
    }
}
