package com.affiliatecontests.engine.credit;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ForeignCurrency;
import com.affiliatecontests.engine.contest.RevenueBasis;
import com.affiliatecontests.engine.contest.RevenueRule;

import java.math.BigDecimal;
import java.util.Optional;

/** Turns a completed order into the credit a contest gives it, or the reason it gives none. */
public final class CreditValuation {

    /** Either a credit or a refusal. */
    public record Valuation(Credit credit, CreditRefusal refusal, String detail) {

        static Valuation of(Credit credit) {
            return new Valuation(credit, null, null);
        }

        static Valuation refused(CreditRefusal refusal, String detail) {
            return new Valuation(null, refusal, detail);
        }

        public boolean credited() {
            return credit != null;
        }
    }

    public Valuation value(String contestId, ContestDefinition contest, AttributedOrder order, String sourceId) {
        if (order.affiliateId() == null) {
            return Valuation.refused(CreditRefusal.NOT_ATTRIBUTED, "order " + order.orderId() + " has no affiliate");
        }
        BigDecimal value;
        switch (contest.metric()) {
        case REFERRALS -> {
            if (!order.customersFirstOrder()) {
                return Valuation.refused(CreditRefusal.NOT_A_REFERRAL,
                        "customer " + order.customerId() + " had an earlier completed order");
            }
            value = BigDecimal.ONE;
        }
        case CONVERSIONS, CONVERSION_RATE -> {
            value = BigDecimal.ONE;
        }
        case REVENUE -> {
            RevenueRule rule = contest.revenue();
            BigDecimal amount = rule.basis() == RevenueBasis.GRAND_TOTAL ? order.grandTotal()
                    : order.grandTotal().subtract(order.taxTotal()).subtract(order.shippingTotal());
            Optional<BigDecimal> converted = rule.toContestCurrency(amount, order.currency());
            if (converted.isEmpty()) {
                return Valuation.refused(rule.foreignCurrency() == ForeignCurrency.EXCLUDE
                                ? CreditRefusal.CURRENCY_EXCLUDED : CreditRefusal.NO_EXCHANGE_RATE,
                        order.currency() + " is not credited in a " + rule.currency() + " contest");
            }
            value = converted.get();
            if (value.signum() <= 0) {
                return Valuation.refused(CreditRefusal.NO_VALUE, "order " + order.orderId() + " has no revenue");
            }
        }
        default -> throw new IllegalStateException("unknown metric " + contest.metric());
        }
        return Valuation.of(new Credit(contestId, order.affiliateId(), order.orderId(), value, order.completedAt(),
                sourceId));
    }

    /** A returned amount in the order's currency, as contest revenue; empty when the currency is not credited. */
    public Optional<BigDecimal> returnedValue(ContestDefinition contest, BigDecimal amount, String currency) {
        if (contest.revenue() == null) {
            return Optional.of(amount);
        }
        return contest.revenue().toContestCurrency(amount, currency);
    }
}
