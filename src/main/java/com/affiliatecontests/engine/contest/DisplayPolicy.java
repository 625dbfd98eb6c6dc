package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;

/**
 * What partners see of each other on a leaderboard: names in full, as aliases or initials;
 * amounts shown or hidden; the top N rows plus the viewer's own row and its ±neighbours.
 */
public record DisplayPolicy(NameDisplay names, boolean showAmounts, int topN, int neighbours) {

    public static DisplayPolicy standard() {
        return new DisplayPolicy(NameDisplay.ALIAS, true, 10, 2);
    }

    void validate(Problems problems) {
        problems.check(names != null, "display.names", ValidationCode.REQUIRED, "name display is required");
        problems.check(topN > 0, "display.topN", ValidationCode.TOP_N_NOT_POSITIVE,
                "the leaderboard must show at least one row");
        problems.check(neighbours >= 0, "display.neighbours", ValidationCode.NEIGHBOURS_NEGATIVE,
                "the number of neighbours cannot be negative");
    }
}
