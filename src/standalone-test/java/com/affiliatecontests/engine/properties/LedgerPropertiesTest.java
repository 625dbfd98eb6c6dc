package com.affiliatecontests.engine.properties;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.CreditOutcome;
import com.affiliatecontests.engine.credit.LedgerEntry;
import com.affiliatecontests.engine.credit.Reversal;
import com.affiliatecontests.engine.credit.ReversalKind;
import com.affiliatecontests.engine.standing.ContestBoard;
import com.affiliatecontests.engine.standing.Standing;
import com.affiliatecontests.engine.winner.WinnerSelection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LedgerPropertiesTest {

    @Provide
    Arbitrary<List<LedgerScenario.Order>> orders() {
        return LedgerScenario.orders();
    }

    @Provide
    Arbitrary<ContestDefinition> contests() {
        return Arbitraries.of(Fixtures.revenueRace(), Fixtures.conversionsRanking(), Fixtures.conversionsGoal(3));
    }

    private static ContestBoard board(ContestDefinition definition) {
        Contest contest = Fixtures.running(LedgerScenario.CONTEST, definition, LedgerScenario.PARTNERS);
        return ContestBoard.live(contest);
    }

    private static List<Standing> replay(ContestDefinition definition, List<LedgerEntry> lines) {
        ContestBoard board = board(definition);
        lines.forEach(board::record);
        return board.ranking();
    }

    @Property
    void theOrderInWhichLinesArriveDoesNotChangeStandings(@ForAll("orders") List<LedgerScenario.Order> orders,
                                                         @ForAll("contests") ContestDefinition contest,
                                                         @ForAll long seed) {
        List<LedgerEntry> lines = LedgerScenario.lines(orders);
        List<LedgerEntry> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(replay(contest, lines), replay(contest, shuffled));
    }

    @Property
    void aCreditPlusItsReversalIsNothing(@ForAll("orders") List<LedgerScenario.Order> orders,
                                        @ForAll("contests") ContestDefinition contest,
                                        @ForAll("reversals") ReversalKind kind) {
        List<LedgerEntry> lines = LedgerScenario.lines(orders);
        LedgerScenario.Order extra = orders.get(0);
        Credit credit = new Credit(LedgerScenario.CONTEST, extra.partner(), "EXTRA", extra.value(),
                extra.completedAt(), "OS-EXTRA-1");
        Reversal reversal = Reversal.full(LedgerScenario.CONTEST, "EXTRA", kind,
                extra.completedAt().plus(Duration.ofMinutes(1)), "OS-EXTRA-2");
        List<LedgerEntry> withPair = new ArrayList<>(lines);
        withPair.add(credit);
        withPair.add(reversal);
        assertEquals(replay(contest, lines), replay(contest, withPair));
    }

    @Provide
    Arbitrary<ReversalKind> reversals() {
        return Arbitraries.of(ReversalKind.class);
    }

    @Property
    void duplicatesAreNoOps(@ForAll("orders") List<LedgerScenario.Order> orders,
                            @ForAll("contests") ContestDefinition contest, @ForAll long seed) {
        List<LedgerEntry> lines = LedgerScenario.lines(orders);
        List<LedgerEntry> twice = new ArrayList<>(lines);
        twice.addAll(lines);
        Collections.shuffle(twice, new Random(seed));
        ContestBoard board = board(contest);
        long duplicates = twice.stream().map(board::record).filter(CreditOutcome.DUPLICATE::equals).count();
        assertEquals(lines.size(), duplicates);
        assertEquals(replay(contest, lines), board.ranking());
    }

    @Property
    void tiesAreBrokenTheSameWayEveryTime(@ForAll long seed, @ForAll("contests") ContestDefinition contest) {
        List<LedgerEntry> lines = new ArrayList<>();
        for (String partner : LedgerScenario.PARTNERS) {
            lines.add(new Credit(LedgerScenario.CONTEST, partner, "O-" + partner, BigDecimal.ONE,
                    Fixtures.inNovember(2, 0), "S"));
        }
        Collections.shuffle(lines, new Random(seed));
        List<Standing> ranking = replay(contest, lines);
        assertEquals(List.of(LedgerScenario.PARTNERS), ranking.stream().map(Standing::partnerId).toList());
        assertEquals(List.of(1, 1, 1, 1, 1), ranking.stream().map(Standing::rank).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), ranking.stream().map(Standing::place).toList());
    }

    @Property
    void winnersAreReproducibleFromTheLedger(@ForAll("orders") List<LedgerScenario.Order> orders,
                                             @ForAll("contests") ContestDefinition contest, @ForAll long seed) {
        ContestBoard live = board(contest);
        LedgerScenario.lines(orders).forEach(live::record);
        List<LedgerEntry> shuffled = new ArrayList<>(live.lines());
        Collections.shuffle(shuffled, new Random(seed));
        ContestBoard rebuilt = ContestBoard.rebuild(Fixtures.running(LedgerScenario.CONTEST, contest,
                LedgerScenario.PARTNERS), shuffled);
        WinnerSelection selection = new WinnerSelection();
        assertEquals(selection.select(live), selection.select(rebuilt));
    }
}
