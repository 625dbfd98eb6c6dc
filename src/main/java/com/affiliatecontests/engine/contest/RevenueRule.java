package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How order amounts become contest revenue: the basis, the single contest currency, and
 * exchange rates (units of contest currency per unit of the order's currency).
 */
public record RevenueRule(RevenueBasis basis, String currency, ForeignCurrency foreignCurrency,
                          Map<String, BigDecimal> rates) {

    /** Revenue scores and credits are kept to this many decimals. */
    public static final int SCALE = 2;

    public RevenueRule {
        rates = rates == null ? Map.of() : Map.copyOf(new TreeMap<>(rates));
    }

    public static RevenueRule grandTotal(String currency) {
        return new RevenueRule(RevenueBasis.GRAND_TOTAL, currency, ForeignCurrency.EXCLUDE, Map.of());
    }

    void validate(Problems problems) {
        problems.check(basis != null, "revenue.basis", ValidationCode.REQUIRED, "revenue basis is required");
        problems.check(foreignCurrency != null, "revenue.foreignCurrency", ValidationCode.REQUIRED,
                "foreign currency rule is required");
        problems.check(currency != null && currency.matches("[A-Z]{3}"), "revenue.currency",
                ValidationCode.CURRENCY_REQUIRED, "contest currency must be a 3-letter ISO code");
        rates.forEach((code, rate) -> problems.check(rate != null && rate.signum() > 0, "revenue.rates." + code,
                ValidationCode.EXCHANGE_RATE_NOT_POSITIVE, "exchange rate for " + code + " must be positive"));
    }

    /** The amount in contest currency, or empty when the currency is excluded or has no rate. */
    public Optional<BigDecimal> toContestCurrency(BigDecimal amount, String amountCurrency) {
        if (currency.equals(amountCurrency)) {
            return Optional.of(amount.setScale(SCALE, RoundingMode.HALF_UP));
        }
        if (foreignCurrency == ForeignCurrency.EXCLUDE || !rates.containsKey(amountCurrency)) {
            return Optional.empty();
        }
        return Optional.of(amount.multiply(rates.get(amountCurrency)).setScale(SCALE, RoundingMode.HALF_UP));
    }
}
