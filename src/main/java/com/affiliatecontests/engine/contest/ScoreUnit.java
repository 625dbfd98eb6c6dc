package com.affiliatecontests.engine.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * What a contest's scores are: an amount of money in the contest currency (revenue), a count of
 * orders (referrals, conversions) or a rate (conversions per visit). Screens and CSV exports write
 * scores with {@link #format}; spreadsheets get {@link #raw}.
 */
public enum ScoreUnit {
    MONEY, COUNT, RATE;

    /** The DecimalFormat patterns of counts and rates, also used by the templates (FreeMarker ?string(pattern)). */
    public static final String COUNT_PATTERN = "#,##0.##";
    public static final String RATE_PATTERN = "#,##0.#%";

    public static ScoreUnit of(Metric metric) {
        return switch (metric) {
            case REVENUE -> MONEY;
            case REFERRALS, CONVERSIONS -> COUNT;
            case CONVERSION_RATE -> RATE;
        };
    }

    /** The value in the locale: "$2,535.10" / "2 535,10 $US", "1,234", "4.2%"; empty when there is no value. */
    public String format(BigDecimal value, String currency, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case MONEY -> money(value, currency, locale);
            case COUNT -> new DecimalFormat(COUNT_PATTERN, DecimalFormatSymbols.getInstance(locale)).format(value);
            case RATE -> new DecimalFormat(RATE_PATTERN, DecimalFormatSymbols.getInstance(locale)).format(value);
        };
    }

    /** An amount in a currency (ISO 4217 code; the locale's own when blank or unknown) in the locale. */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null && !currency.isBlank()) {
            try {
                format.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException unknownCode) {
                format = NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(2);
                return format.format(amount) + " " + currency;
            }
        }
        return format.format(amount);
    }

    /** The value as a plain number for spreadsheets: a dot, no grouping, money to its currency's decimals. */
    public String raw(BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        if (this == MONEY) {
            int digits = 2;
            try {
                digits = currency == null || currency.isBlank() ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            } catch (IllegalArgumentException unknownCode) {
                digits = 2;
            }
            return value.setScale(digits, RoundingMode.HALF_UP).toPlainString();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
