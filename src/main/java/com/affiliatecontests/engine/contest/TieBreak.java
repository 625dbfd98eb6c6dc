package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.ValidationCode;

/**
 * Criteria that order partners with the same score. The partner id always ends the chain so that
 * two partners never compare equal and the order is the same on every run.
 */
public enum TieBreak {
    /** The partner whose current score was reached earlier (its latest still-valid credit is older) goes first. */
    EARLIEST_TO_SCORE,
    /** The partner with more conversions goes first. */
    MORE_CONVERSIONS,
    /** The partner with the smaller party id goes first. */
    PARTNER_ID;

    public static TieBreak parse(String value) {
        return Codes.parse(TieBreak.class, value, "tieBreak", ValidationCode.UNKNOWN_TIE_BREAK);
    }
}
