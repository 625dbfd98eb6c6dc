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
                .collect(Collectors.groupingBy(c -> c.occurredAt().truncatedTo(ChronoUnit.HOURS), TreeMap::new,
                        Collectors.toList()));
        double median = median(hours.values().stream().mapToInt(List::size).sorted().toArray());
        List<FraudFlag> flags = new ArrayList<>();
        hours.forEach((hour, inHour) -> {
            if (inHour.size() >= spikeRule.minimumCount() && inHour.size() > spikeRule.multiple() * median) {
                flags.add(new FraudFlag(partner, inHour.get(0).orderId(), FraudReason.SPIKE, hour,
                        inHour.size() + " credits in one hour, hourly median " + median));
            }
        });
        return flags;
    }

    private static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
