package com.affiliatecontests.engine.messaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A broadcast's counts (recipients sent, opened, replied, clicked at least once, and all clicks)
 * and its rates, as percentages of the recipients sent with one decimal (0 when nothing was sent).
 */
public record EngagementStats(long sent, long opened, long replied, long clicked, long clicks) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public EngagementStats {
        if (sent < 0 || opened < 0 || replied < 0 || clicked < 0 || clicks < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (opened > sent || replied > sent || clicked > sent || clicked > clicks) {
            throw new IllegalArgumentException("more recipients engaged than were sent, or clickers than clicks");
        }
    }

    public static EngagementStats of(Collection<RecipientEngagement> recipients) {
        long opened = 0;
        long replied = 0;
        long clicked = 0;
        long clicks = 0;
        for (RecipientEngagement r : recipients) {
            opened += r.openedAt() != null ? 1 : 0;
            replied += r.repliedAt() != null ? 1 : 0;
            clicked += r.firstClickAt() != null ? 1 : 0;
            clicks += r.clicks();
        }
        return new EngagementStats(recipients.size(), opened, replied, clicked, clicks);
    }

    public BigDecimal openRate() {
        return rate(opened);
    }

    public BigDecimal replyRate() {
        return rate(replied);
    }

    public BigDecimal clickRate() {
        return rate(clicked);
    }

    /** Clicks per opened message: how much the links of those who read it drew them. */
    public BigDecimal clickToOpenRate() {
        return opened == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(clicked).multiply(HUNDRED).divide(BigDecimal.valueOf(opened), 1, RoundingMode.HALF_UP);
    }

    private BigDecimal rate(long count) {
        return sent == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(sent), 1, RoundingMode.HALF_UP);
    }
}
