package com.affiliatecontests.engine.standing;

/**
 * Coarse bands of leaderboard sort keys ({@link Scoring#sortKey}), so that a database finds a
 * partner's place without counting every row above it: the place is the partners of the bands
 * before its own (a few thousand counters at most) plus the rows of its own band before it (a short
 * index range). A band holds the scores whose units share their first three significant digits
 * (the thousand smallest scores have a band each), so a band stays a small slice of the board
 * whatever the metric's scale, and band keys sort like the sort keys they hold.
 */
public final class ScoreBand {

    /** The length of a band key: the qualification flag and the band number. */
    public static final int KEY_LENGTH = 6;

    private static final int EXACT = 1000;
    private static final int PER_DECADE = 900;
    private static final int SIGNIFICANT = 3;
    private static final long MAX_BAND = 99_999L;
    private static final int BAND_WIDTH = KEY_LENGTH - 1;
    private static final int UNITS_WIDTH = 18;

    private ScoreBand() {
    }

    /** The band of a sort key: its qualification flag and a band number, higher scores first. */
    public static String of(String sortKey) {
        long units = Scoring.SCORE_CEILING - Long.parseLong(sortKey.substring(1, Scoring.SCORE_KEY_LENGTH));
        return sortKey.charAt(0) + pad(MAX_BAND - band(units), BAND_WIDTH);
    }

    /** The smallest sort key a band can hold: every key of the band sorts at or after it, and before the next band's. */
    public static String firstKey(String bandKey) {
        long band = MAX_BAND - Long.parseLong(bandKey.substring(1));
        return bandKey.charAt(0) + pad(Scoring.SCORE_CEILING - highestUnits(band), UNITS_WIDTH);
    }

    static long band(long units) {
        if (units < EXACT) {
            return Math.max(0, units);
        }
        int digits = Long.toString(units).length();
        long leading = units / pow10(digits - SIGNIFICANT);
        return EXACT + (long) (digits - SIGNIFICANT - 1) * PER_DECADE + leading - 100;
    }

    static long highestUnits(long band) {
        if (band < EXACT) {
            return band;
        }
        int digits = (int) ((band - EXACT) / PER_DECADE) + SIGNIFICANT + 1;
        long leading = 100 + (band - EXACT) % PER_DECADE;
        long highest = (leading + 1) * pow10(digits - SIGNIFICANT) - 1;
        return Math.min(highest, Scoring.SCORE_CEILING);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
