package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page of the leaderboard ranked after the row above it gives the same rows as the whole ranking. */
class ScoringSliceTest {

    @Property
    void aSliceRankedAfterItsAboveRowMatchesTheFullRanking(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 0, max = 6) Integer> scores,
            @ForAll @IntRange(min = 1, max = 59) int cut) {
        ContestDefinition contest = Fixtures.conversionsRanking();
        Scoring scoring = new Scoring(contest);
        List<ScoredPartner> partners = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            partners.add(scoring.score(new PartnerTotals(String.format("P%03d", i), BigDecimal.valueOf(scores.get(i)),
                    scores.get(i), 0, scores.get(i) == 0 ? null : Instant.ofEpochSecond(1_000_000L + i % 3))));
        }
        partners.sort(scoring.order());
        List<Standing> full = scoring.rank(partners, partners.size());
        int from = Math.min(cut, partners.size() - 1);
        List<Standing> slice = scoring.rank(partners.subList(from, partners.size()), partners.size() - from,
                full.get(from - 1));
        assertEquals(full.subList(from, full.size()), slice);
    }
}
