package com.affiliatecontests.engine.contest;

import java.math.BigDecimal;

/**
 * A prize for a range of places, e.g. places 2 to 3 win "A 50 EUR voucher". {@code toPlace} null
 * means open-ended: every place from {@code fromPlace} on (useful for goal contests, where the
 * place is the order in which partners reached the goal).
 */
public record PrizeTier(int fromPlace, Integer toPlace, String prize, BigDecimal amount, String currency) {

    public static PrizeTier place(int place, String prize) {
        return new PrizeTier(place, place, prize, null, null);
    }

    public boolean covers(int place) {
        return place >= fromPlace && (toPlace == null || place <= toPlace);
    }

    public boolean openEnded() {
        return toPlace == null;
    }

    /** The number of the last place, or {@link Integer#MAX_VALUE} when open-ended. */
    public int lastPlace() {
        return toPlace == null ? Integer.MAX_VALUE : toPlace;
    }
}
