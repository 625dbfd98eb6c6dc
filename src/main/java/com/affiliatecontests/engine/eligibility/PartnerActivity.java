package com.affiliatecontests.engine.eligibility;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a partner did, as far as audience rules need it: its position in contests (by contest id)
 * and its sales over the last N days (by N). A missing sales window means no sale in it.
 */
public record PartnerActivity(Map<String, ContestPosition> contests, Map<Integer, Sales> sales) {

    public static final PartnerActivity NONE = new PartnerActivity(Map.of(), Map.of());

    public PartnerActivity {
        contests = contests == null ? Map.of() : Map.copyOf(contests);
        sales = sales == null ? Map.of() : Map.copyOf(sales);
    }

    /** Whether the partner meets a derived criterion (contest or performance). */
    public boolean meets(Criterion criterion) {
        ContestPosition position = criterion.dimension().isContest() ? contests.get(criterion.groupId()) : null;
        Sales figures = criterion.dimension().isPerformance()
                ? sales.getOrDefault(criterion.threshold().days(), Sales.NONE) : Sales.NONE;
        return switch (criterion.dimension()) {
        case CONTEST -> position != null;
        case CONTEST_TOP -> position != null && position.place() > 0
                && criterion.threshold().admits(BigDecimal.valueOf(position.place()));
        case CONTEST_BELOW_GOAL -> position != null && !position.goalReached();
        case REVENUE -> criterion.threshold().admits(figures.revenue());
        case CONVERSIONS -> criterion.threshold().admits(BigDecimal.valueOf(figures.conversions()));
        case NO_SALE -> figures.conversions() == 0;
        default -> false;
        };
    }

    /** A partner's place in a contest (0 when not placed) and whether it reached the goal. */
    public record ContestPosition(int place, boolean goalReached) {
    }

    /** Revenue and completed orders over a window. */
    public record Sales(BigDecimal revenue, long conversions) {

        public static final Sales NONE = new Sales(BigDecimal.ZERO, 0);

        public Sales {
            Objects.requireNonNull(revenue, "revenue");
        }
    }
}
