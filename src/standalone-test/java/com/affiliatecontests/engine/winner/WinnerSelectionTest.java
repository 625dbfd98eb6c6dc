package com.affiliatecontests.engine.winner;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.PrizeTable;
import com.affiliatecontests.engine.contest.PrizeTier;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.standing.ContestBoard;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.affiliatecontests.engine.Fixtures.credit;
import static com.affiliatecontests.engine.Fixtures.inNovember;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WinnerSelectionTest {

    private final WinnerSelection selection = new WinnerSelection();

    private static ContestBoard revenueBoard(ContestDefinition definition) {
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", definition, "A", "B", "C", "D", "E"));
        board.record(credit("C1", "A", "O1", "500", inNovember(2, 0)));
        board.record(credit("C1", "B", "O2", "400", inNovember(2, 0)));
        board.record(credit("C1", "C", "O3", "300", inNovember(2, 0)));
        board.record(credit("C1", "D", "O4", "20", inNovember(2, 0)));
        return board;
    }

    @Test
    void rankingWinnersGetThePrizeOfTheirPlace() {
        List<Winner> winners = selection.select(revenueBoard(Fixtures.revenueRace()));
        assertEquals(List.of("A", "B", "C"), winners.stream().map(Winner::partnerId).toList());
        assertEquals("500 EUR voucher", winners.get(0).prize().prize());
        assertEquals("100 EUR voucher", winners.get(2).prize().prize());
    }

    @Test
    void theMinimumToQualifyAndTheMaximumOfWinnersApply() {
        ContestDefinition d = Fixtures.revenueRace();
        ContestDefinition strict = new ContestDefinition(d.name(), null, d.window(), d.metric(), d.kind(),
                d.rules().withMinimumToQualify(new BigDecimal("350")).withMaxWinners(5), d.prizes(), d.eligibility(),
                d.display(), d.revenue());
        assertEquals(List.of("A", "B"), selection.select(revenueBoard(strict)).stream().map(Winner::partnerId).toList());
        ContestDefinition capped = new ContestDefinition(d.name(), null, d.window(), d.metric(), d.kind(),
                d.rules().withMaxWinners(1), d.prizes(), d.eligibility(), d.display(), d.revenue());
        assertEquals(List.of("A"), selection.select(revenueBoard(capped)).stream().map(Winner::partnerId).toList());
    }

    @Test
    void goalWinnersAreThoseWhoReachedItInTheOrderTheyReachedIt() {
        ContestDefinition d = Fixtures.conversionsGoal(2);
        ContestDefinition firstTwo = new ContestDefinition(d.name(), null, d.window(), d.metric(), d.kind(),
                d.rules().withGoalCap(2), PrizeTable.of(PrizeTier.place(1, "Gold"), new PrizeTier(2, null, "Badge",
                null, null)), d.eligibility(), d.display(), null);
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", firstTwo, "A", "B", "C", "D"));
        // A reaches 2 on day 5 (but has 3 in all), B on day 3, C on day 4, D never.
        board.record(credit("C1", "A", "A1", "1", inNovember(1, 1)));
        board.record(credit("C1", "A", "A2", "1", inNovember(5, 0)));
        board.record(credit("C1", "A", "A3", "1", inNovember(6, 0)));
        board.record(credit("C1", "B", "B1", "1", inNovember(2, 0)));
        board.record(credit("C1", "B", "B2", "1", inNovember(3, 0)));
        board.record(credit("C1", "C", "C1", "1", inNovember(2, 0)));
        board.record(credit("C1", "C", "C2", "1", inNovember(4, 0)));
        board.record(credit("C1", "D", "D1", "1", inNovember(2, 0)));
        List<Winner> winners = selection.select(board);
        assertEquals(List.of("B", "C"), winners.stream().map(Winner::partnerId).toList());
        assertEquals("Gold", winners.get(0).prize().prize());
        assertEquals("Badge", winners.get(1).prize().prize());
    }

    @Test
    void goalThenRankingRanksOnlyThoseAtTheTarget() {
        ContestDefinition d = new ContestDefinition("Goal then rank", null, Fixtures.NOVEMBER, Metric.REVENUE,
                ContestKind.GOAL_THEN_RANKING, ContestRules.goal(new BigDecimal("350")), PrizeTable.of(
                PrizeTier.place(1, "First"), PrizeTier.place(2, "Second"), PrizeTier.place(3, "Third")),
                AudienceRule.allAffiliates(), DisplayPolicy.standard(),
                com.affiliatecontests.engine.contest.RevenueRule.grandTotal("EUR"));
        assertEquals(List.of("A", "B"), selection.select(revenueBoard(d)).stream().map(Winner::partnerId).toList());
    }

    @Test
    void winnersAreReproducibleFromTheLedger() {
        ContestBoard live = revenueBoard(Fixtures.revenueRace());
        ContestBoard rebuilt = ContestBoard.rebuild(Fixtures.running("C1", Fixtures.revenueRace(),
                "A", "B", "C", "D", "E"), live.lines());
        assertEquals(selection.select(live), selection.select(rebuilt));
    }
}
