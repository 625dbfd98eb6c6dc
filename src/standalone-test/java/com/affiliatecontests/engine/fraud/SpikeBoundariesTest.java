package com.affiliatecontests.engine.fraud;

import com.affiliatecontests.engine.credit.Credit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edges of the spike rule: the minimum count, the multiple of the median, even and odd medians. */
class SpikeBoundariesTest {

    private final FraudDetector detector = new FraudDetector(new SpikeRule(3.0, 4));
    private final Instant monday = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void exactlyTheMinimumCountAboveTheMultipleIsASpike() {
        List<FraudFlag> flags = detector.spikes(hours(1, 1, 1, 1, 4));
        assertEquals(1, flags.size());
        assertEquals(monday.plus(Duration.ofHours(4)), flags.get(0).at());
        assertEquals("4 credits in one hour, hourly median 1.0", flags.get(0).detail());
    }

    @Test
    void exactlyTheMultipleOfTheMedianIsNotASpike() {
        assertTrue(detector.spikes(hours(2, 2, 2, 6)).isEmpty(), "6 is not more than 3 x 2");
        assertEquals(1, detector.spikes(hours(2, 2, 2, 7)).size());
    }

    @Test
    void anEvenNumberOfHoursTakesTheMeanOfTheTwoMiddleCounts() {
        // sorted 1, 1, 3, 6: median 2, and 6 is not more than 3 x 2
        assertTrue(detector.spikes(hours(1, 3, 1, 6)).isEmpty());
        // sorted 1, 1, 1, 7: median 1, and 7 is more than 3 x 1
        List<FraudFlag> flags = detector.spikes(hours(1, 1, 1, 7));
        assertEquals(1, flags.size());
        assertEquals("7 credits in one hour, hourly median 1.0", flags.get(0).detail());
    }

    @Test
    void anOddNumberOfHoursTakesTheMiddleCount() {
        // sorted 1, 2, 6: median 2
        assertTrue(detector.spikes(hours(2, 1, 6)).isEmpty());
        assertEquals("7 credits in one hour, hourly median 2.0", detector.spikes(hours(2, 1, 7)).get(0).detail());
    }

    @Test
    void aRuleNeedsAMultipleAboveOneAndACountOfAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new SpikeRule(1.0, 5));
        assertThrows(IllegalArgumentException.class, () -> new SpikeRule(0.5, 5));
        assertThrows(IllegalArgumentException.class, () -> new SpikeRule(2.0, 0));
        assertDoesNotThrow(() -> new SpikeRule(1.01, 1));
        assertEquals(new SpikeRule(5.0, 5), SpikeRule.standard());
    }

    @Test
    void theHourlyCountersGiveTheSpikesTheCreditsGive() {
        int[][] cases = {{1, 1, 1, 1, 4}, {2, 2, 2, 6}, {2, 2, 2, 7}, {1, 3, 1, 6}, {1, 1, 1, 7}, {9, 1, 1, 1, 8}, {5}};
        for (int[] counts : cases) {
            SortedMap<Instant, Integer> byHour = new TreeMap<>();
            for (int hour = 0; hour < counts.length; hour++) {
                byHour.put(monday.plus(Duration.ofHours(hour)), counts[hour]);
            }
            List<FraudFlag> fromCounters = detector.spikingHours(byHour).stream()
                    .map(spike -> detector.flag("P1", "H" + Duration.between(monday, spike.hour()).toHours() + "-0", spike))
                    .toList();
            assertEquals(detector.spikes(hours(counts)), fromCounters);
        }
        assertEquals(List.of(), detector.spikingHours(new TreeMap<>()));
        // sorted 1, 1, 1, 8, 9: median 1, both busy hours spike
        assertEquals(List.of(new FraudDetector.Spike(monday, 9, 1.0), new FraudDetector.Spike(monday.plusSeconds(14400), 8,
                1.0)), detector.spikingHours(new TreeMap<>(java.util.Map.of(monday, 9, monday.plusSeconds(3600), 1,
                monday.plusSeconds(7200), 1, monday.plusSeconds(10800), 1, monday.plusSeconds(14400), 8))));
    }

    @Test
    void theCountersOfCreditsAsTheyComeGiveTheSpikesAllTheCreditsGive() {
        int[][] cases = {{1, 1, 1, 1, 4}, {1, 1, 1, 1, 3}, {2, 2, 2, 6}, {2, 2, 2, 7}, {1, 3, 1, 6}, {1, 1, 1, 7},
                {9, 1, 1, 1, 8}, {5}, {4}, {4, 4}, {1, 2, 9, 1, 1, 1, 1}, {1, 4, 1, 1, 1}, {2, 1, 6}, {2, 1, 7}};
        for (int[] counts : cases) {
            HourlyCredits hourly = detector.hourlyCredits();
            hours(counts).forEach(credit -> hourly.add(credit.occurredAt(), credit.orderId()));
            assertEquals(detector.spikes(hours(counts)), detector.spikes("P1", hourly), java.util.Arrays.toString(counts));
        }
    }

    @Test
    void theFirstOrderOfABusyHourIsTheEarliestThenTheSmallestId() {
        FraudDetector anyHour = new FraudDetector(new SpikeRule(2.0, 2));
        HourlyCredits hourly = anyHour.hourlyCredits();
        hourly.add(monday, "A1");
        Instant busy = monday.plus(Duration.ofHours(1));
        hourly.add(busy.plusSeconds(10), "B9");
        hourly.add(busy.plusSeconds(10), "B2");
        hourly.add(busy.plusSeconds(10), "B5");
        hourly.add(busy.plusSeconds(20), "B1");
        hourly.add(monday.plus(Duration.ofHours(2)), "C1");
        List<FraudFlag> flags = anyHour.spikes("P1", hourly);
        assertEquals(1, flags.size());
        assertEquals("B2", flags.get(0).orderId());
        assertEquals(busy, flags.get(0).at());
        assertEquals("4 credits in one hour, hourly median 1.0", flags.get(0).detail());
    }

    @Test
    void aCreditCountsInTheHourItStartedIn() {
        assertEquals(monday, FraudDetector.hourOf(monday));
        assertEquals(monday, FraudDetector.hourOf(monday.plusSeconds(3599)));
        assertEquals(monday.plusSeconds(3600), FraudDetector.hourOf(monday.plusSeconds(3600)));
    }

    /** One partner's credits: counts[i] of them in hour i. */
    private List<Credit> hours(int... counts) {
        List<Credit> credits = new ArrayList<>();
        for (int hour = 0; hour < counts.length; hour++) {
            for (int i = 0; i < counts[hour]; i++) {
                String order = "H" + hour + "-" + i;
                credits.add(new Credit("C1", "P1", order, BigDecimal.ONE, monday.plus(Duration.ofHours(hour))
                        .plusSeconds(i), order));
            }
        }
        return credits;
    }
}
