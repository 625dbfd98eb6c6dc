package com.affiliatecontests.engine.schedule;

import java.time.LocalDateTime;

/** How often a contest series repeats. */
public enum Recurrence {
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY;

    /** The local date-time {@code n} periods after {@code anchor}; months are counted from the anchor, so no drift. */
    public LocalDateTime shift(LocalDateTime anchor, int n) {
        return switch (this) {
        case DAILY -> anchor.plusDays(n);
        case WEEKLY -> anchor.plusWeeks(n);
        case MONTHLY -> anchor.plusMonths(n);
        case QUARTERLY -> anchor.plusMonths(3L * n);
        };
    }
}
