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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sorting the text keys gives the engine's leaderboard order, whatever the tie-break chain. */
class SortKeyPropertiesTest {

    @Provide
    Arbitrary<List<PartnerTotals>> partners() {
        Arbitrary<PartnerTotals> one = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.integers().between(0, 4).map(v -> BigDecimal.valueOf(v * 250L, 2)),
                Arbitraries.longs().between(0, 3),
                Arbitraries.longs().between(0, 3).injectNull(0.2))
                .as((id, total, conversions, at) -> new PartnerTotals(id, total, conversions, 0,
                        at == null ? null : Instant.ofEpochSecond(1_700_000_000L + at)));
        return one.list().ofMinSize(1).ofMaxSize(40).uniqueElements(PartnerTotals::partnerId);
    }

    @Provide
    Arbitrary<List<TieBreak>> chains() {
        return Arbitraries.of(TieBreak.class).list().ofMaxSize(3).uniqueElements();
    }

    @Property
    void keyOrderIsTheLeaderboardOrder(@ForAll("partners") List<PartnerTotals> totals,
                                       @ForAll("chains") List<TieBreak> chain) {
        ContestDefinition d = Fixtures.revenueRace();
        ContestDefinition contest = new ContestDefinition(d.name(), null, d.window(), d.metric(), d.kind(),
                d.rules().withTieBreaks(chain), d.prizes(), d.eligibility(), d.display(), d.revenue());
        Scoring scoring = new Scoring(contest);
        List<ScoredPartner> byEngine = new ArrayList<>(totals.stream().map(scoring::score).toList());
        byEngine.sort(scoring.order());
        List<ScoredPartner> byKey = new ArrayList<>(byEngine);
        byKey.sort(Comparator.comparing(scoring::sortKey));
        assertEquals(byEngine, byKey);
        byEngine.forEach(p -> assertEquals(p.partnerId(), scoring.partnerIdOf(scoring.sortKey(p))));
    }
}
