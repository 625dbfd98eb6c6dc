package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.credit.LedgerEntry;
import com.affiliatecontests.engine.credit.Reversal;
import com.affiliatecontests.engine.credit.ReversalKind;
import com.affiliatecontests.engine.winner.Winner;
import com.affiliatecontests.engine.winner.WinnerSelection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.affiliatecontests.engine.Fixtures.credit;
import static com.affiliatecontests.engine.Fixtures.inNovember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TotalsBoardTest {

    private static PartnerTotals totals(String partner, String total, long conversions, Instant reachedAt) {
        return new PartnerTotals(partner, new BigDecimal(total), conversions, 0, reachedAt);
    }

    @Test
    void aRankingIsMadeOfTheTotalsAloneAndIgnoresPartnersWhoDoNotCompete() {
        TotalsBoard board = new TotalsBoard(Fixtures.revenueRace(), Set.of("A", "B", "C"));
        board.totals(totals("A", "10", 1, inNovember(2, 0)));
        board.totals(totals("B", "30", 2, inNovember(3, 0)));
        board.totals(totals("X", "99", 9, inNovember(3, 0)));
        assertEquals(List.of("B", "A", "C"), board.ranking().stream().map(Standing::partnerId).toList());
        assertEquals(List.of(), board.goalCandidates());
        assertEquals(List.of("B", "A"), new WinnerSelection().select(board).stream().map(Winner::partnerId).toList());
    }

    @Test
    void visitsAreTheCountsGivenAndNoneForAPartnerMissingFromThem() {
        ContestDefinition ranking = Fixtures.conversionsRanking();
        ContestDefinition rate = new ContestDefinition("Rate", null, ranking.window(), Metric.CONVERSION_RATE,
                ContestKind.RANKING, ContestRules.ranking(), ranking.prizes(), ranking.eligibility(),
                ranking.display(), null);
        TotalsBoard board = new TotalsBoard(rate, Set.of("A", "B"));
        board.totals(new PartnerTotals("A", BigDecimal.ONE, 1, 7, inNovember(2, 0)));
        board.totals(new PartnerTotals("B", BigDecimal.ONE, 1, 7, inNovember(2, 0)));
        board.recordVisits(Map.of("B", 4L));
        Map<String, Long> visits = Map.of("A", 0L, "B", 4L);
        board.ranking().forEach(row -> assertEquals(visits.get(row.partnerId()), row.visits()));
        assertEquals(List.of("B", "A"), board.ranking().stream().map(Standing::partnerId).toList());
    }

    @Test
    void visitsDoNotMatterToAMetricThatDoesNotScoreThem() {
        TotalsBoard board = new TotalsBoard(Fixtures.conversionsRanking(), Set.of("A"));
        board.totals(new PartnerTotals("A", BigDecimal.ONE, 1, 7, inNovember(2, 0)));
        board.recordVisits(Map.of("A", 3L));
        assertEquals(7L, board.ranking().get(0).visits());
    }

    @Test
    void aGoalContestReadsTheLinesOfThePartnersAtTheTargetForWhenTheyReachedIt() {
        ContestDefinition goal = Fixtures.conversionsGoal(2);
        TotalsBoard board = new TotalsBoard(goal, Set.of("A", "B", "C"));
        // A reached 2 on the 5th, B on the 4th although its latest order is later; C is short of the target
        board.totals(totals("A", "2", 2, inNovember(5, 0)));
        board.totals(totals("B", "2", 2, inNovember(9, 0)));
        board.totals(totals("C", "1", 1, inNovember(2, 0)));
        assertEquals(Set.of("A", "B"), Set.copyOf(board.goalCandidates()));
        List<LedgerEntry> bLines = List.of(credit("C1", "B", "O1", "1", inNovember(2, 0)),
                credit("C1", "B", "O2", "1", inNovember(4, 0)), credit("C1", "B", "O3", "1", inNovember(9, 0)),
                Reversal.full("C1", "O1", ReversalKind.CANCELLED, inNovember(10, 0), "R1"),
                credit("C1", "B", "O3", "1", inNovember(9, 0)));
        board.partnerLines("B", bLines);
        board.partnerLines("A", List.of(credit("C1", "A", "O4", "1", inNovember(3, 0)),
                credit("C1", "A", "O5", "1", inNovember(5, 0))));
        // B's cancelled first order no longer counts: it reached 2 with its third, on the 9th
        assertEquals(Optional.of(inNovember(9, 0)), board.goalReachedAt("B", BigDecimal.valueOf(2)));
        assertEquals(List.of("A", "B"), new WinnerSelection().select(board).stream().map(Winner::partnerId).toList());
    }

    @Test
    void aGoalContestsWinnersNeedTheLinesOfEveryPartnerAtTheTarget() {
        TotalsBoard board = new TotalsBoard(Fixtures.conversionsGoal(1), Set.of("A"));
        board.totals(totals("A", "1", 1, inNovember(5, 0)));
        assertEquals(List.of("A"), board.goalCandidates());
        IllegalStateException unread = assertThrows(IllegalStateException.class,
                () -> new WinnerSelection().select(board));
        assertEquals("the ledger lines of partner A were not read", unread.getMessage());
    }

    @Test
    void aConversionRateGoalNeedsNoLedgerLine() {
        ContestDefinition goal = Fixtures.conversionsGoal(1);
        ContestDefinition rateGoal = new ContestDefinition("Rate goal", null, goal.window(), Metric.CONVERSION_RATE,
                ContestKind.GOAL, ContestRules.goal(new BigDecimal("0.5")), goal.prizes(), goal.eligibility(),
                goal.display(), null);
        TotalsBoard board = new TotalsBoard(rateGoal, Set.of("A"));
        board.totals(new PartnerTotals("A", BigDecimal.ONE, 1, 1, inNovember(5, 0)));
        board.recordVisits(Map.of("A", 1L));
        assertEquals(List.of(), board.goalCandidates());
        assertEquals(List.of("A"), new WinnerSelection().select(board).stream().map(Winner::partnerId).toList());
        assertEquals(rateGoal, board.definition());
    }
}
