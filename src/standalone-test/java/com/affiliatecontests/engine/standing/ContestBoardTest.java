package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.credit.CreditOutcome;
import com.affiliatecontests.engine.credit.CreditRefusal;
import com.affiliatecontests.engine.credit.Reversal;
import com.affiliatecontests.engine.credit.ReversalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.affiliatecontests.engine.Fixtures.credit;
import static com.affiliatecontests.engine.Fixtures.inNovember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContestBoardTest {

    private final Contest revenue = Fixtures.running("C1", Fixtures.revenueRace(), "P1", "P2", "P3");
    private final Contest conversions = Fixtures.running("C2", Fixtures.conversionsRanking(), "P1", "P2");

    private static Standing row(ContestBoard board, String partner) {
        return board.ranking().stream().filter(s -> s.partnerId().equals(partner)).findFirst().orElseThrow();
    }

    @Test
    void aConversionRateRebuiltFromTheLedgerScoresTheVisitsGiven() {
        ContestDefinition c = Fixtures.conversionsRanking();
        ContestDefinition rate = new ContestDefinition(c.name(), null, c.window(), Metric.CONVERSION_RATE, c.kind(),
                c.rules(), c.prizes(), c.eligibility(), c.display(), null);
        Contest contest = Fixtures.running("CR", rate, "A", "B");
        List<Credit> lines = List.of(credit("CR", "A", "O1", "1", inNovember(2, 0)),
                credit("CR", "B", "O2", "1", inNovember(3, 0)));
        ContestBoard board = ContestBoard.rebuild(contest, lines, java.util.Map.of("A", 4L, "B", 2L, "Z", 1L));
        assertEquals(List.of("B", "A"), board.ranking().stream().map(Standing::partnerId).toList());
        assertEquals(new BigDecimal("0.250000"), board.ranking().get(1).score());
        assertEquals(0, ContestBoard.rebuild(contest, lines).ranking().get(0).score().signum());
    }

    @Test
    void aCreditMovesTheScoreOnceWhateverTheRetries() {
        ContestBoard board = ContestBoard.live(revenue);
        assertEquals(CreditOutcome.APPLIED, board.record(credit("C1", "P1", "O1", "120.00", inNovember(2, 10))));
        assertEquals(CreditOutcome.DUPLICATE, board.record(credit("C1", "P1", "O1", "120.00", inNovember(2, 10))));
        assertEquals(new BigDecimal("120.00"), row(board, "P1").score());
        assertEquals(1, row(board, "P1").conversions());
        assertEquals(1, board.lines().size());
    }

    @Test
    void creditsOutsideTheWindowOrForOutsidersAreRefusedWithTheirReason() {
        ContestBoard board = ContestBoard.live(revenue);
        Instant afterEnd = Fixtures.NOVEMBER.endInstant();
        assertEquals(CreditRefusal.OUTSIDE_WINDOW, board.record(credit("C1", "P1", "O1", "5", afterEnd)).refusal());
        assertEquals(CreditRefusal.NOT_ELIGIBLE,
                board.record(credit("C1", "P9", "O2", "5", inNovember(2, 0))).refusal());
        assertEquals(CreditRefusal.NO_VALUE, board.record(credit("C1", "P1", "O3", "0", inNovember(2, 0))).refusal());
        assertEquals(0, board.lines().size());
    }

    @Test
    void anOrderIsCreditedToOnePartnerOnly() {
        ContestBoard board = ContestBoard.live(revenue);
        board.record(credit("C1", "P1", "O1", "10", inNovember(2, 0)));
        CreditOutcome outcome = board.record(new com.affiliatecontests.engine.credit.Credit("C1", "P2", "O1",
                BigDecimal.TEN, inNovember(2, 0), "other"));
        assertEquals(CreditRefusal.CONFLICTING_PARTNER, outcome.refusal());
    }

    @Test
    void aClosedContestTakesNoMoreLines() {
        ContestBoard board = ContestBoard.live(revenue.withStatus(ContestStatus.FINALIZED));
        assertEquals(CreditRefusal.CONTEST_NOT_RUNNING,
                board.record(credit("C1", "P1", "O1", "10", inNovember(2, 0))).refusal());
    }

    @Test
    void reopeningTakesTheWholeCreditBackAndCompletingAgainRestoresIt() {
        ContestBoard board = ContestBoard.live(revenue);
        board.record(credit("C1", "P1", "O1", "80", inNovember(2, 0)));
        board.record(Reversal.full("C1", "O1", ReversalKind.REOPENED, inNovember(3, 0), "OS-2"));
        assertEquals(0, row(board, "P1").score().signum());
        assertEquals(0, row(board, "P1").conversions());
        assertNull(row(board, "P1").reachedAt());
        board.record(new com.affiliatecontests.engine.credit.Credit("C1", "P1", "O1", new BigDecimal("90"),
                inNovember(4, 0), "OS-3"));
        assertEquals(new BigDecimal("90.00"), row(board, "P1").score());
        assertEquals(inNovember(4, 0), row(board, "P1").reachedAt());
    }

    @Test
    void aPartialReturnReducesRevenueByTheReturnedAmountOnce() {
        ContestBoard board = ContestBoard.live(revenue);
        board.record(credit("C1", "P1", "O1", "100.00", inNovember(2, 0)));
        Reversal partial = Reversal.partialReturn("C1", "O1", new BigDecimal("30.00"), inNovember(5, 0), "R1");
        assertEquals(CreditOutcome.APPLIED, board.record(partial));
        assertEquals(CreditOutcome.DUPLICATE, board.record(partial));
        assertEquals(new BigDecimal("70.00"), row(board, "P1").score());
        board.record(Reversal.partialReturn("C1", "O1", new BigDecimal("90.00"), inNovember(6, 0), "R2"));
        assertEquals(0, row(board, "P1").score().signum(), "never below zero");
    }

    @Test
    void aPartialReturnKeepsAConversionAFullReturnRemovesIt() {
        ContestBoard board = ContestBoard.live(conversions);
        board.record(credit("C2", "P1", "O1", "1", inNovember(2, 0)));
        board.record(Reversal.partialReturn("C2", "O1", new BigDecimal("10"), inNovember(3, 0), "R1"));
        assertEquals(BigDecimal.ONE, row(board, "P1").score());
        board.record(Reversal.full("C2", "O1", ReversalKind.RETURNED, inNovember(4, 0), "R2"));
        assertEquals(0, row(board, "P1").score().signum());
    }

    @Test
    void aReversalArrivingBeforeItsCreditTakesEffectWhenTheCreditComes() {
        ContestBoard board = ContestBoard.live(revenue);
        board.record(Reversal.partialReturn("C1", "O1", new BigDecimal("25"), inNovember(5, 0), "R1"));
        assertEquals(0, row(board, "P1").score().signum());
        board.record(credit("C1", "P1", "O1", "100", inNovember(2, 0)));
        assertEquals(new BigDecimal("75.00"), row(board, "P1").score());
    }

    @Test
    void reachedAtFollowsTheLatestOrderThatStillCounts() {
        ContestBoard board = ContestBoard.live(revenue);
        board.record(credit("C1", "P1", "O1", "10", inNovember(2, 0)));
        board.record(credit("C1", "P1", "O2", "10", inNovember(4, 0)));
        assertEquals(inNovember(4, 0), row(board, "P1").reachedAt());
        board.record(Reversal.full("C1", "O2", ReversalKind.CANCELLED, inNovember(5, 0), "X"));
        assertEquals(inNovember(2, 0), row(board, "P1").reachedAt());
    }
}
