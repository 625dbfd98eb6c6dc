package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.PrizeTable;
import com.affiliatecontests.engine.contest.PrizeTier;
import com.affiliatecontests.engine.contest.TieBreak;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.contest.DisplayPolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.affiliatecontests.engine.Fixtures.credit;
import static com.affiliatecontests.engine.Fixtures.inNovember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingsRankingTest {

    private static List<String> order(ContestBoard board) {
        return board.ranking().stream().map(Standing::partnerId).toList();
    }

    @Test
    void competitionRanksShareEqualScoresAndPlacesFollowTheTieBreaks() {
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", Fixtures.revenueRace(), "A", "B", "C", "D"));
        board.record(credit("C1", "A", "O1", "300", inNovember(2, 0)));
        board.record(credit("C1", "B", "O2", "200", inNovember(4, 0)));
        board.record(credit("C1", "C", "O3", "200", inNovember(3, 0)));
        board.record(credit("C1", "D", "O4", "50", inNovember(3, 0)));
        List<Standing> ranking = board.ranking();
        assertEquals(List.of("A", "C", "B", "D"), ranking.stream().map(Standing::partnerId).toList());
        assertEquals(List.of(1, 2, 2, 4), ranking.stream().map(Standing::rank).toList());
        assertEquals(List.of(1, 2, 3, 4), ranking.stream().map(Standing::place).toList());
        assertNull(ranking.get(0).gapToNext());
        assertEquals(new BigDecimal("100.00"), ranking.get(1).gapToNext());
        assertEquals(new BigDecimal("100.00"), ranking.get(2).gapToNext());
        assertEquals(new BigDecimal("150.00"), ranking.get(3).gapToNext());
    }

    @Test
    void moreConversionsThenPartnerIdBreakRemainingTies() {
        ContestDefinition d = Fixtures.revenueRace();
        ContestDefinition byConversions = new ContestDefinition(d.name(), null, d.window(), d.metric(), d.kind(),
                d.rules().withTieBreaks(List.of(TieBreak.MORE_CONVERSIONS)), d.prizes(), d.eligibility(), d.display(),
                d.revenue());
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", byConversions, "A", "B", "C"));
        board.record(credit("C1", "A", "O1", "100", inNovember(2, 0)));
        board.record(credit("C1", "B", "O2", "50", inNovember(2, 0)));
        board.record(credit("C1", "B", "O3", "50", inNovember(2, 0)));
        board.record(credit("C1", "C", "O4", "100", inNovember(2, 0)));
        assertEquals(List.of("B", "A", "C"), order(board));
    }

    @Test
    void partnersWithoutCreditsStandAtZeroAndDoNotQualify() {
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", Fixtures.revenueRace(), "A", "B"));
        board.record(credit("C1", "B", "O1", "1", inNovember(2, 0)));
        List<Standing> ranking = board.ranking();
        assertEquals(List.of("B", "A"), order(board));
        assertTrue(ranking.get(0).qualified());
        assertFalse(ranking.get(1).qualified());
    }

    @Test
    void goalProgressIsAPercentageCappedAtAHundred() {
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", Fixtures.conversionsGoal(4), "A", "B"));
        board.record(credit("C1", "A", "O1", "1", inNovember(2, 0)));
        for (int i = 0; i < 5; i++) {
            board.record(credit("C1", "B", "B" + i, "1", inNovember(2, i)));
        }
        List<Standing> ranking = board.ranking();
        assertEquals(new BigDecimal("100.0"), ranking.get(0).progressPercent());
        assertEquals(new BigDecimal("25.0"), ranking.get(1).progressPercent());
        assertNull(ContestBoard.live(Fixtures.running("C2", Fixtures.revenueRace(), "A")).ranking().get(0)
                .progressPercent());
    }

    @Test
    void conversionRateNeedsTheMinimumVisitsToQualify() {
        ContestDefinition rate = new ContestDefinition("Best rate", null, Fixtures.NOVEMBER, Metric.CONVERSION_RATE,
                ContestKind.RANKING, ContestRules.ranking().withMinimumVisits(100), PrizeTable.of(PrizeTier.place(1,
                "Trophy")), AudienceRule.allAffiliates(), DisplayPolicy.standard(), null);
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", rate, "A", "B"));
        board.record(credit("C1", "A", "O1", "1", inNovember(2, 0)));
        board.recordVisits("A", 2);
        for (int i = 0; i < 10; i++) {
            board.record(credit("C1", "B", "B" + i, "1", inNovember(2, i)));
        }
        board.recordVisits("B", 200);
        List<Standing> ranking = board.ranking();
        assertEquals(List.of("B", "A"), order(board), "50% with 2 visits does not beat 5% with 200");
        assertEquals(new BigDecimal("0.050000"), ranking.get(0).score());
        assertFalse(ranking.get(1).qualified());
    }

    @Test
    void goalThenRankingQualifiesOnlyThoseAtTheTarget() {
        ContestDefinition d = new ContestDefinition("Goal then ranking", null, Fixtures.NOVEMBER, Metric.CONVERSIONS,
                ContestKind.GOAL_THEN_RANKING, ContestRules.goal(new BigDecimal("2")),
                PrizeTable.of(PrizeTier.place(1, "A")), AudienceRule.allAffiliates(), DisplayPolicy.standard(), null);
        Contest contest = Fixtures.running("C1", d, "A", "B");
        ContestBoard board = ContestBoard.live(contest);
        board.record(credit("C1", "A", "O1", "1", inNovember(2, 0)));
        board.record(credit("C1", "B", "O2", "1", inNovember(2, 0)));
        board.record(credit("C1", "B", "O3", "1", inNovember(2, 0)));
        assertTrue(board.ranking().get(0).qualified());
        assertFalse(board.ranking().get(1).qualified());
    }
}
