package com.affiliatecontests.engine.credit;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ForeignCurrency;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.RevenueBasis;
import com.affiliatecontests.engine.contest.RevenueRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CreditValuationTest {

    private final CreditValuation valuation = new CreditValuation();

    private static AttributedOrder order(String currency, boolean firstOrder) {
        return new AttributedOrder("O1", "P1", "C1", Fixtures.inNovember(2, 0), currency, new BigDecimal("120.00"),
                new BigDecimal("20.00"), new BigDecimal("5.00"), firstOrder);
    }

    private static ContestDefinition revenue(RevenueRule rule) {
        ContestDefinition d = Fixtures.revenueRace();
        return new ContestDefinition(d.name(), null, d.window(), d.metric(), d.kind(), d.rules(), d.prizes(),
                d.eligibility(), d.display(), rule);
    }

    private static ContestDefinition metric(Metric metric) {
        ContestDefinition d = Fixtures.conversionsRanking();
        return new ContestDefinition(d.name(), null, d.window(), metric, d.kind(), d.rules(), d.prizes(),
                d.eligibility(), d.display(), null);
    }

    @Test
    void revenueOnGrandTotalOrNetOfTaxAndShipping() {
        assertEquals(new BigDecimal("120.00"), valuation.value("C", revenue(RevenueRule.grandTotal("EUR")),
                order("EUR", false), "S").credit().value());
        RevenueRule net = new RevenueRule(RevenueBasis.NET_OF_TAX_AND_SHIPPING, "EUR", ForeignCurrency.EXCLUDE, null);
        assertEquals(new BigDecimal("95.00"), valuation.value("C", revenue(net), order("EUR", false), "S")
                .credit().value());
    }

    @Test
    void foreignCurrenciesAreConvertedOrExcludedByRule() {
        RevenueRule convert = new RevenueRule(RevenueBasis.GRAND_TOTAL, "EUR", ForeignCurrency.CONVERT,
                Map.of("USD", new BigDecimal("0.9")));
        assertEquals(new BigDecimal("108.00"), valuation.value("C", revenue(convert), order("USD", false), "S")
                .credit().value());
        assertEquals(CreditRefusal.NO_EXCHANGE_RATE, valuation.value("C", revenue(convert), order("GBP", false), "S")
                .refusal());
        assertEquals(CreditRefusal.CURRENCY_EXCLUDED, valuation.value("C", revenue(RevenueRule.grandTotal("EUR")),
                order("USD", false), "S").refusal());
    }

    @Test
    void referralsCountOnlyACustomersFirstOrder() {
        assertEquals(BigDecimal.ONE, valuation.value("C", metric(Metric.REFERRALS), order("EUR", true), "S")
                .credit().value());
        assertEquals(CreditRefusal.NOT_A_REFERRAL, valuation.value("C", metric(Metric.REFERRALS),
                order("EUR", false), "S").refusal());
    }

    @Test
    void conversionsCountEveryOrderAndUnattributedOrdersAreRefused() {
        Credit credit = valuation.value("C", metric(Metric.CONVERSIONS), order("JPY", false), "OS1").credit();
        assertEquals(BigDecimal.ONE, credit.value());
        assertEquals("P1", credit.partnerId());
        assertEquals("OS1", credit.sourceId());
        AttributedOrder orphan = new AttributedOrder("O2", null, "C1", Fixtures.inNovember(2, 0), "EUR",
                BigDecimal.ONE, null, null, true);
        assertEquals(CreditRefusal.NOT_ATTRIBUTED, valuation.value("C", metric(Metric.CONVERSIONS), orphan, "S")
                .refusal());
    }
}
