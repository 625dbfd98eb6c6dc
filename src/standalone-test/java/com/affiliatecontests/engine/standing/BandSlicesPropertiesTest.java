package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.TieBreak;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slices sort like the keys they hold, so a place is the partners of earlier slices plus the rows of its own slice before it. */
class BandSlicesPropertiesTest {

    private final Scoring revenue = new Scoring(Fixtures.revenueRace());
    private final Scoring conversions = new Scoring(Fixtures.conversionsRanking());
    private final Scoring byIdOnly = new Scoring(byPartnerIdOnly(Fixtures.revenueRace()));

    /** Partner ids long and alike enough that slice keys are cut inside them, scores often tied. */
    @Provide
    Arbitrary<List<PartnerTotals>> partners() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('A', 'C').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withCharRange('0', '2').ofMinLength(1).ofMaxLength(6).map(s -> "AFFILIATE-PARTNER-" + s),
                Arbitraries.strings().withCharRange('0', '1').ofMinLength(1).ofMaxLength(4).map(s -> "Z".repeat(30) + s));
        Arbitrary<BigDecimal> totals = Arbitraries.oneOf(Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE),
                Arbitraries.longs().between(0, 500_000).map(v -> BigDecimal.valueOf(v, 2)));
        Arbitrary<Instant> reached = Arbitraries.longs().between(0, 3).map(h -> Instant.ofEpochSecond(1_700_000_000L + h * 3600));
        Arbitrary<PartnerTotals> one = Combinators.combine(ids, totals, Arbitraries.longs().between(0, 3), reached)
                .as((id, total, conv, at) -> new PartnerTotals(id, total, conv, 0, total.signum() == 0 ? null : at));
        return one.list().ofMinSize(1).ofMaxSize(80).uniqueElements(PartnerTotals::partnerId);
    }

    @Property(tries = 400)
    void placeFromSlicesIsThePlaceOnTheBoard(@ForAll("partners") List<PartnerTotals> totals,
            @ForAll @IntRange(min = 1, max = 7) int slice, @ForAll @IntRange(min = 0, max = 2) int contest) {
        Scoring scoring = List.of(revenue, conversions, byIdOnly).get(contest);
        List<String> keys = keys(totals, scoring);
        BandSlices slices = new BandSlices(scoring);
        assertPlaces(keys, slices.count(keys, Set.of(), slice), slices);
    }

    /** A board sliced before keeps its slices (counters are never removed): places stay right with old and new ones. */
    @Property(tries = 300)
    void slicesOfAnEarlierBoardKeepPlacesRight(@ForAll("partners") List<PartnerTotals> before,
            @ForAll("partners") List<PartnerTotals> now, @ForAll @IntRange(min = 1, max = 5) int slice) {
        BandSlices slices = new BandSlices(conversions);
        SortedMap<String, Long> earlier = slices.count(keys(before, conversions), Set.of(), slice);
        List<String> keys = keys(now, conversions);
        SortedMap<String, Long> partners = slices.count(keys, earlier.keySet(), slice);
        assertTrue(partners.keySet().containsAll(earlier.keySet()), "no earlier slice dropped");
        assertPlaces(keys, partners, slices);
    }

    @Property(tries = 200)
    void aFreshlySlicedBandHoldsAtMostASliceOfRowsUnlessTheirKeysAreCutAlike(@ForAll("partners") List<PartnerTotals> totals,
            @ForAll @IntRange(min = 1, max = 7) int slice) {
        List<String> keys = keys(totals, revenue);
        BandSlices bandSlices = new BandSlices(revenue);
        SortedMap<String, Long> partners = bandSlices.count(keys, Set.of(), slice);
        TreeSet<String> slices = new TreeSet<>(partners.keySet());
        partners.forEach((key, count) -> {
            List<String> held = keys.stream().filter(k -> bandSlices.sliceOf(k, slices).equals(key)).toList();
            assertEquals(count, held.size(), key);
            boolean cutAlike = held.stream().map(bandSlices::lookupKey).distinct().count() < held.size();
            assertTrue(count <= slice || cutAlike, key + " holds " + count);
        });
    }

    @Test
    void twoHundredThousandPartnersWithNoSaleGetSlicesOfAThousand() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            keys.add(conversions.sortKey(conversions.score(PartnerTotals.zero("P" + (10_000_000 + i)))));
        }
        SortedMap<String, Long> partners = new BandSlices(conversions).count(keys, Set.of(), BandSlices.SLICE);
        assertEquals(200, partners.size());
        assertEquals(ScoreBand.of(keys.get(0)), partners.firstKey(), "a band's first slice is named by the band");
        assertTrue(partners.values().stream().allMatch(n -> n == 1000), "every slice holds a thousand");
    }

    /** The tie-break chain's digits are written shorter, so a slice key keeps a whole partner id of OFBiz's 20 characters. */
    @Test
    void partnersWithALongCommonPrefixGetSlicesOfAThousand() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            keys.add(conversions.sortKey(conversions.score(PartnerTotals.zero("BJBV4QO_" + i + "ABCDEFGHIJ"))));
        }
        BandSlices slices = new BandSlices(conversions);
        SortedMap<String, Long> partners = slices.count(keys, Set.of(), BandSlices.SLICE);
        assertEquals(List.of(1000L, 1000L, 1000L), List.copyOf(partners.values()));
        partners.keySet().forEach(k -> assertTrue(k.length() <= BandSlices.KEY_LENGTH, k));
        assertPlaces(keys.stream().sorted().toList(), partners, slices);
    }

    @Test
    void aSliceKeyNamesTheFirstSortKeyItHolds() {
        String key = conversions.sortKey(conversions.score(new PartnerTotals("PARTNER-20-CHARS-XYZ", new BigDecimal("7"), 7, 0,
                Instant.ofEpochMilli(1_764_000_000_123L))));
        BandSlices slices = new BandSlices(conversions);
        String slice = slices.lookupKey(key);
        assertEquals(ScoreBand.of(key), BandSlices.bandOf(slice));
        assertEquals(key, slices.firstKey(slice));
        assertTrue(slice.length() < key.length(), slice);
        String band = ScoreBand.of(key);
        assertEquals(ScoreBand.firstKey(band), slices.firstKey(band));
        assertEquals(band, slices.sliceOf(key, new TreeSet<>()));
        assertEquals(band, slices.sliceOf(key, new TreeSet<>(Set.of("0" + band.substring(1)))), "another band's slice");
        assertThrows(IllegalArgumentException.class, () -> slices.count(List.of(key), Set.of(), 0));
    }

    /** A score key (what outranks a partner) looks up the slice of the keys just before its score. */
    @Test
    void aScoreKeyFallsBeforeEveryKeyOfItsScore() {
        BandSlices slices = new BandSlices(conversions);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            keys.add(conversions.sortKey(conversions.score(new PartnerTotals("P" + (100 + i), BigDecimal.valueOf(i % 5), i % 5, 0,
                    Instant.ofEpochSecond(1_700_000_000L + i)))));
        }
        keys.sort(null);
        SortedMap<String, Long> partners = slices.count(keys, Set.of(), 3);
        TreeSet<String> all = new TreeSet<>(partners.keySet());
        for (String key : keys) {
            String scoreKey = key.substring(0, Scoring.SCORE_KEY_LENGTH);
            String slice = slices.sliceOf(scoreKey, all);
            long before = partners.headMap(slice).values().stream().mapToLong(Long::longValue).sum()
                    + keys.stream().filter(k -> k.compareTo(slices.firstKey(slice)) >= 0 && k.compareTo(scoreKey) < 0).count();
            assertEquals(keys.stream().filter(k -> k.compareTo(scoreKey) < 0).count(), before, scoreKey);
        }
    }

    @Test
    void aLongerPartnerIdIsCutToTheColumnAndStillSortsRight() {
        String longId = "X".repeat(60);
        String key = conversions.sortKey(conversions.score(new PartnerTotals(longId, BigDecimal.ONE, 1, 0, Instant.EPOCH)));
        BandSlices slices = new BandSlices(conversions);
        assertEquals(BandSlices.KEY_LENGTH, slices.lookupKey(key).length());
        assertTrue(slices.firstKey(slices.lookupKey(key)).compareTo(key) <= 0);
    }

    private static ContestDefinition byPartnerIdOnly(ContestDefinition d) {
        return new ContestDefinition(d.name(), d.description(), d.window(), d.metric(), d.kind(),
                d.rules().withTieBreaks(List.of(TieBreak.PARTNER_ID)), d.prizes(), d.eligibility(), d.display(), d.revenue());
    }

    private static List<String> keys(List<PartnerTotals> totals, Scoring scoring) {
        return totals.stream().map(t -> scoring.sortKey(scoring.score(t))).sorted().toList();
    }

    private static void assertPlaces(List<String> keys, SortedMap<String, Long> partners, BandSlices bandSlices) {
        TreeSet<String> slices = new TreeSet<>(partners.keySet());
        assertEquals(keys.size(), partners.values().stream().mapToLong(Long::longValue).sum(), "every key counted once");
        for (int place = 1; place <= keys.size(); place++) {
            String key = keys.get(place - 1);
            String slice = bandSlices.sliceOf(key, slices);
            long earlier = partners.headMap(slice).values().stream().mapToLong(Long::longValue).sum();
            String first = bandSlices.firstKey(slice);
            long inSliceBefore = keys.stream().filter(k -> k.compareTo(first) >= 0 && k.compareTo(key) < 0).count();
            assertEquals(place, earlier + inSliceBefore + 1, "place of " + key + " in " + slice);
        }
    }
}
