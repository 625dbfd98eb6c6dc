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

/** Goal winners: only those at the target, and a conversion rate's time of reaching it. */
class GoalWinnersEdgesTest {

    private final WinnerSelection selection = new WinnerSelection();

    @Test
    void withoutACapOnlyThePartnersAtTheTargetWin() {
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", Fixtures.conversionsGoal(3), "A", "B", "C"));
        for (int i = 0; i < 3; i++) {
            board.record(credit("C1", "A", "A" + i, "1", inNovember(2 + i, 0)));
        }
        board.record(credit("C1", "B", "B1", "1", inNovember(2, 0)));
        board.record(credit("C1", "B", "B2", "1", inNovember(3, 0)));
        List<Winner> winners = selection.select(board);
        assertEquals(List.of("A"), winners.stream().map(Winner::partnerId).toList(), "B is qualified, not at the goal");
        assertEquals(1, winners.get(0).place());
        assertEquals("Badge", winners.get(0).prize().prize());
    }

    /**
     * A rate stands since the partner's latest counted conversion: A leads with 3 of 4 visits but
     * its rate stands since day 6; B has 1 of 2 since day 3, so B reached the goal first. (A's
     * first conversion, day 2, is not when its rate reached the goal.)
     */
    @Test
    void aConversionRateReachesTheGoalAtThePartnersLatestConversion() {
        ContestDefinition rate = new ContestDefinition("Half of visits", null, Fixtures.NOVEMBER,
                Metric.CONVERSION_RATE, ContestKind.GOAL, ContestRules.goal(new BigDecimal("0.5")),
                PrizeTable.of(new PrizeTier(1, null, "Badge", null, null)), AudienceRule.allAffiliates(),
                DisplayPolicy.standard(), null);
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", rate, "A", "B"));
        board.record(credit("C1", "A", "A1", "1", inNovember(2, 0)));
        board.record(credit("C1", "A", "A2", "1", inNovember(4, 0)));
        board.record(credit("C1", "A", "A3", "1", inNovember(6, 0)));
        board.record(credit("C1", "B", "B1", "1", inNovember(3, 0)));
        board.recordVisits("A", 4);
        board.recordVisits("B", 2);
        assertEquals(List.of("A", "B"), board.ranking().stream().map(s -> s.partnerId()).toList(), "A leads the board");
        List<Winner> winners = selection.select(board);
        assertEquals(List.of("B", "A"), winners.stream().map(Winner::partnerId).toList());
        assertEquals(List.of(1, 2), winners.stream().map(Winner::place).toList());
    }
}
