package com.affiliatecontests.engine.fraud;

import com.affiliatecontests.engine.credit.AttributedOrder;
import com.affiliatecontests.engine.credit.Credit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Flags credits that an admin should look at before they count towards prizes. */
public final class FraudDetector {

    private final SpikeRule spikeRule;

    public FraudDetector(SpikeRule spikeRule) {
        this.spikeRule = spikeRule;
    }

    public Optional<FraudFlag> selfReferral(AttributedOrder order) {
        if (!order.isSelfReferral()) {
            return Optional.empty();
        }
        return Optional.of(new FraudFlag(order.affiliateId(), order.orderId(), FraudReason.SELF_REFERRAL,
                order.completedAt(), "the affiliate placed the order itself"));
    }

    /** Hours in which a partner's credits spiked, over all the given credits. */
    public List<FraudFlag> spikes(Collection<Credit> credits) {
        List<FraudFlag> flags = new ArrayList<>();
        Map<String, List<Credit>> byPartner = credits.stream()
                .collect(Collectors.groupingBy(Credit::partnerId, TreeMap::new, Collectors.toList()));
        byPartner.forEach((partner, own) -> flags.addAll(spikesOf(partner, own)));
        return flags;
    }

    private List<FraudFlag> spikesOf(String partner, List<Credit> credits) {
        TreeMap<Instant, List<Credit>> hours = credits.stream()
                .sorted(Comparator.comparing(Credit::occurredAt).thenComparing(Credit::orderId))
                .collect(Collectors.groupingBy(c -> hourOf(c.occurredAt()), TreeMap::new, Collectors.toList()));
        SortedMap<Instant, Integer> counts = new TreeMap<>();
        hours.forEach((hour, inHour) -> counts.put(hour, inHour.size()));
        return spikingHours(counts).stream()
                .map(spike -> flag(partner, hours.get(spike.hour()).get(0).orderId(), spike)).toList();
    }

    /** The hour a credit counts in: the spike rule compares a partner's hours. */
    public static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * The hours that spiked, from a partner's number of credits in each hour in which it had any (the
     * counters the crediting path keeps, so a credit never re-reads all of the partner's credits).
     */
    public List<Spike> spikingHours(SortedMap<Instant, Integer> creditsByHour) {
        if (creditsByHour.isEmpty()) {
            return List.of();
        }
        double median = median(creditsByHour.values().stream().mapToInt(Integer::intValue).sorted().toArray());
        List<Spike> spikes = new ArrayList<>();
        creditsByHour.forEach((hour, count) -> {
            if (isSpike(count, median)) {
                spikes.add(new Spike(hour, count, median));
            }
        });
        return spikes;
    }

    private boolean isSpike(int count, double median) {
        return count >= spikeRule.minimumCount() && count > spikeRule.multiple() * median;
    }

    /** A partner's hourly counters for credits that come oldest first (a dry run's). */
    public HourlyCredits hourlyCredits() {
        return new HourlyCredits(spikeRule.minimumCount());
    }

    /** The flags of the hours in which the partner's credits, counted as they came, spiked. */
    public List<FraudFlag> spikes(String partner, HourlyCredits hours) {
        double median = hours.medianCount();
        // the hours kept as busy are those at the rule's minimum count already
        return hours.busyHours().stream().filter(busy -> busy.credits() > spikeRule.multiple() * median)
                .map(busy -> flag(partner, busy.firstOrderId(), new Spike(busy.hour(), busy.credits(), median)))
                .toList();
    }

    /** The flag of a spike, on the hour's first credited order. */
    public FraudFlag flag(String partner, String firstOrderId, Spike spike) {
        return new FraudFlag(partner, firstOrderId, FraudReason.SPIKE, spike.hour(),
                spike.credits() + " credits in one hour, hourly median " + spike.median());
    }

    /** An hour in which a partner's credits spiked: its start, its credits, and the partner's hourly median. */
    public record Spike(Instant hour, int credits, double median) {
    }

    private static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
