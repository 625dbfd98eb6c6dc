package com.affiliatecontests.engine.credit;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ForeignCurrency;
import com.affiliatecontests.engine.contest.RevenueBasis;
import com.affiliatecontests.engine.contest.RevenueRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An order of no value, a value of zero, and returned amounts in the contest's currency. */
class ValueEdgesTest {

    private final CreditValuation valuation = new CreditValuation();

    private static AttributedOrder order(String total) {
        return new AttributedOrder("O1", "P1", "C1", Fixtures.inNovember(2, 0), "EUR", new BigDecimal(total),
                BigDecimal.ZERO, BigDecimal.ZERO, false);
    }

    @Test
    void aRevenueOrderOfZeroIsRefusedAndOfOneCentCredited() {
        CreditValuation.Valuation zero = valuation.value("C1", Fixtures.revenueRace(), order("0.00"), "S1");
        assertFalse(zero.credited());
        assertEquals(CreditRefusal.NO_VALUE, zero.refusal());
        CreditValuation.Valuation cent = valuation.value("C1", Fixtures.revenueRace(), order("0.01"), "S1");
        assertTrue(cent.credited());
        assertEquals(new BigDecimal("0.01"), cent.credit().value());
    }

    @Test
    void anOrderOfZeroValueHoldsNoScoreUp() {
        Instant at = Fixtures.inNovember(2, 0);
        assertFalse(new OrderValue(BigDecimal.ZERO, true, at).contributes());
        assertTrue(new OrderValue(BigDecimal.ONE, true, at).contributes());
        assertFalse(new OrderValue(BigDecimal.ONE, false, at).contributes());
    }

    /** "CANCELLED|..." sorts before "CREDIT|...": only the sequence puts the credit first at one instant. */
    @Test
    void atOneInstantTheCreditGoesBeforeItsCancellation() {
        Instant at = Fixtures.inNovember(2, 0);
        Credit credit = new Credit("C1", "P1", "O1", BigDecimal.TEN, at, "S1");
        Reversal cancelled = Reversal.full("C1", "O1", ReversalKind.CANCELLED, at, "S2");
        assertEquals(new OrderValue(BigDecimal.ZERO, false, at),
                OrderValue.of(java.util.List.of(cancelled, credit), com.affiliatecontests.engine.contest.Metric.REVENUE));
        assertEquals(new OrderValue(BigDecimal.ZERO, false, at),
                OrderValue.of(java.util.List.of(credit, cancelled), com.affiliatecontests.engine.contest.Metric.REVENUE));
    }

    /** Everything returned by amount (not a full return): the order no longer counts as a conversion. */
    @Test
    void aRevenueOrderReturnedToZeroIsNoConversion() {
        Instant at = Fixtures.inNovember(2, 0);
        Credit credit = new Credit("C1", "P1", "O1", BigDecimal.TEN, at, "S1");
        Reversal returned = Reversal.partialReturn("C1", "O1", BigDecimal.TEN, at.plusSeconds(60), "R1");
        assertEquals(new OrderValue(BigDecimal.ZERO, false, at), OrderValue.of(java.util.List.of(credit, returned),
                com.affiliatecontests.engine.contest.Metric.REVENUE));
        Reversal part = Reversal.partialReturn("C1", "O1", new BigDecimal("9.99"), at.plusSeconds(60), "R1");
        assertEquals(new OrderValue(new BigDecimal("0.01"), true, at), OrderValue.of(java.util.List.of(credit, part),
                com.affiliatecontests.engine.contest.Metric.REVENUE));
    }

    @Test
    void returnedAmountsAreInTheContestsCurrency() {
        ContestDefinition conversions = Fixtures.conversionsRanking();
        assertEquals(Optional.of(new BigDecimal("12.5")), valuation.returnedValue(conversions, new BigDecimal("12.5"), "USD"));
        ContestDefinition d = Fixtures.revenueRace();
        ContestDefinition converting = new ContestDefinition(d.name(), null, d.window(), d.metric(), d.kind(), d.rules(),
                d.prizes(), d.eligibility(), d.display(), new RevenueRule(RevenueBasis.GRAND_TOTAL, "EUR",
                ForeignCurrency.CONVERT, Map.of("USD", new BigDecimal("0.5"))));
        assertEquals(Optional.of(new BigDecimal("5.00")), valuation.returnedValue(converting, BigDecimal.TEN, "USD"));
        assertEquals(Optional.of(new BigDecimal("10.00")), valuation.returnedValue(converting, BigDecimal.TEN, "EUR"));
        assertEquals(Optional.empty(), valuation.returnedValue(d, BigDecimal.TEN, "USD"), "USD is excluded");
    }
}
