package com.affiliatecontests.engine.eligibility;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bound of a derived criterion: a value the partner's figure must be strictly above or below,
 * over the last {@code days} days (REVENUE, CONVERSIONS, NO_SALE); for CONTEST_TOP the value is N
 * and days is unused (0).
 */
public record Threshold(Comparison comparison, BigDecimal value, int days) {

    public Threshold {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
    }

    public static Threshold top(int places) {
        return new Threshold(Comparison.AT_MOST, BigDecimal.valueOf(places), 0);
    }

    public static Threshold above(BigDecimal value, int days) {
        return new Threshold(Comparison.ABOVE, value, days);
    }

    public static Threshold below(BigDecimal value, int days) {
        return new Threshold(Comparison.BELOW, value, days);
    }

    public static Threshold days(int days) {
        return new Threshold(Comparison.AT_MOST, BigDecimal.ZERO, days);
    }

    /** Whether a figure meets the bound. */
    public boolean admits(BigDecimal figure) {
        int sign = figure.compareTo(value);
        return switch (comparison) {
        case ABOVE -> sign > 0;
        case BELOW -> sign < 0;
        case AT_MOST -> sign <= 0;
        };
    }

    @Override
    public String toString() {
        return comparison + ":" + value.stripTrailingZeros().toPlainString() + (days > 0 ? ":" + days + "d" : "");
    }

    /** How a figure is compared with the value. */
    public enum Comparison {
        ABOVE,
        BELOW,
        AT_MOST
    }
}
