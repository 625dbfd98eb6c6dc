package com.affiliatecontests.engine.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreUnitTest {

    /** Java writes French groups and the currency after a (narrow) no-break space. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void theMetricDecidesWhatAScoreIs() {
        assertEquals(ScoreUnit.MONEY, Metric.REVENUE.scoreUnit());
        assertEquals(ScoreUnit.COUNT, Metric.REFERRALS.scoreUnit());
        assertEquals(ScoreUnit.COUNT, Metric.CONVERSIONS.scoreUnit());
        assertEquals(ScoreUnit.RATE, Metric.CONVERSION_RATE.scoreUnit());
    }

    @Test
    void revenueIsMoneyInTheContestCurrencyAndTheLocale() {
        BigDecimal score = new BigDecimal("2535.1");
        assertEquals("$2,535.10", ScoreUnit.MONEY.format(score, "USD", Locale.US));
        assertEquals("2 535,10 $US", plain(ScoreUnit.MONEY.format(score, "USD", Locale.FRANCE)));
        assertEquals("2 535,10 €", plain(ScoreUnit.MONEY.format(score, "EUR", Locale.FRANCE)));
        assertEquals("€2,535.10", ScoreUnit.MONEY.format(score, "EUR", Locale.UK));
        assertEquals("¥2,535", ScoreUnit.MONEY.format(score, "JPY", Locale.JAPAN).replace('￥', '¥'));
        assertEquals("2,535.10 XQQ", ScoreUnit.money(score, "XQQ", Locale.US), "an unknown code is written after the number");
    }

    @Test
    void countsAndRatesAreNumbersInTheLocale() {
        assertEquals("1,234", ScoreUnit.COUNT.format(new BigDecimal("1234"), null, Locale.ENGLISH));
        assertEquals("1 234", plain(ScoreUnit.COUNT.format(new BigDecimal("1234.000"), null, Locale.FRENCH)));
        assertEquals("4.2%", ScoreUnit.RATE.format(new BigDecimal("0.041667"), null, Locale.ENGLISH));
        assertEquals("4,2%", ScoreUnit.RATE.format(new BigDecimal("0.041667"), null, Locale.FRENCH));
        assertEquals("", ScoreUnit.COUNT.format(null, null, Locale.ENGLISH));
    }

    @Test
    void rawValuesAreForSpreadsheets() {
        assertEquals("2535.10", ScoreUnit.MONEY.raw(new BigDecimal("2535.1"), "USD"));
        assertEquals("2535", ScoreUnit.MONEY.raw(new BigDecimal("2535.1"), "JPY"));
        assertEquals("1200", ScoreUnit.COUNT.raw(new BigDecimal("1.2E+3"), null));
        assertEquals("0.041667", ScoreUnit.RATE.raw(new BigDecimal("0.041667"), null));
        assertEquals("", ScoreUnit.RATE.raw(null, null));
    }
}
