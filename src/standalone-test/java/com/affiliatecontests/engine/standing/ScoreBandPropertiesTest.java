package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bands sort like the keys they hold, so a place is the partners of earlier bands plus the rows of its own band before it. */
class ScoreBandPropertiesTest {

    private final Scoring scoring = new Scoring(Fixtures.revenueRace());

    @Provide
    Arbitrary<List<PartnerTotals>> partners() {
        Arbitrary<BigDecimal> totals = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 2_000).map(v -> BigDecimal.valueOf(v, 2)),
                Arbitraries.longs().between(0, 5_000_000_000L).map(v -> BigDecimal.valueOf(v, 2)),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("100.00"), new BigDecimal("99.99")));
        Arbitrary<PartnerTotals> one = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6), totals,
                Arbitraries.longs().between(0, 50))
                .as((id, total, conversions) -> new PartnerTotals(id, total, conversions, 0, Instant.ofEpochSecond(1_700_000_000L)));
        return one.list().ofMinSize(1).ofMaxSize(60).uniqueElements(PartnerTotals::partnerId);
    }

    @Property
    void placeFromBandsIsThePlaceOnTheBoard(@ForAll("partners") List<PartnerTotals> totals) {
        List<String> keys = totals.stream().map(t -> scoring.sortKey(scoring.score(t))).sorted().toList();
        TreeMap<String, Long> partnersByBand = keys.stream().collect(Collectors.groupingBy(ScoreBand::of, TreeMap::new, Collectors.counting()));
        for (int place = 1; place <= keys.size(); place++) {
            String key = keys.get(place - 1);
            String band = ScoreBand.of(key);
            long earlierBands = partnersByBand.headMap(band).values().stream().mapToLong(Long::longValue).sum();
            String first = ScoreBand.firstKey(band);
            long inBandBefore = keys.stream().filter(k -> k.compareTo(first) >= 0 && k.compareTo(key) < 0).count();
            assertEquals(place, earlierBands + inBandBefore + 1, "place of " + key);
        }
    }

    @Property
    void aBandsFirstKeyIsAtOrBeforeItsKeysAndAfterEarlierBands(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long units) {
        long band = ScoreBand.band(units);
        assertTrue(ScoreBand.highestUnits(band) >= units, "band " + band + " holds " + units);
        assertTrue(band == 0 || ScoreBand.highestUnits(band - 1) < units, "band " + band + " starts after " + units);
    }

    @Test
    void bandsAreSmallAtEveryScale() {
        assertEquals(ScoreBand.band(999), 999);
        assertEquals(ScoreBand.band(1000), 1000);
        assertEquals(ScoreBand.band(1009), 1000);
        assertEquals(ScoreBand.band(1010), 1001);
        assertEquals(ScoreBand.highestUnits(1000), 1009);
        assertEquals(ScoreBand.band(123_456_000_000L) + 1, ScoreBand.band(124_000_000_000L));
        assertEquals(ScoreBand.band(999_999_999_999_999_999L), ScoreBand.band(999_000_000_000_000_000L));
    }

    @Test
    void higherScoresHaveEarlierBands() {
        String low = ScoreBand.of(scoring.sortKey(scoring.score(new PartnerTotals("A", new BigDecimal("10.00"), 1, 0, Instant.EPOCH))));
        String high = ScoreBand.of(scoring.sortKey(scoring.score(new PartnerTotals("B", new BigDecimal("1000.00"), 1, 0, Instant.EPOCH))));
        String none = ScoreBand.of(scoring.sortKey(scoring.score(PartnerTotals.zero("C"))));
        assertTrue(high.compareTo(low) < 0 && low.compareTo(none) < 0, high + " " + low + " " + none);
    }
}
