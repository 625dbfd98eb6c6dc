package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.messaging.RecipientEngagement.RecipientStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EngagementStatsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void countsAndRatesOverTheRecipients() {
        RecipientEngagement sent = RecipientEngagement.sent("A", T0);
        RecipientEngagement opened = RecipientEngagement.sent("B", T0).opened(T0.plusSeconds(60));
        RecipientEngagement clicked = RecipientEngagement.sent("C", T0).clicked(T0.plusSeconds(5)).clicked(T0.plusSeconds(9));
        RecipientEngagement replied = RecipientEngagement.sent("D", T0).opened(T0.plusSeconds(1)).replied(T0.plusSeconds(2));
        EngagementStats stats = EngagementStats.of(List.of(sent, opened, clicked, replied));
        assertEquals(new EngagementStats(4, 3, 1, 1, 2), stats);
        assertEquals(new BigDecimal("75.0"), stats.openRate());
        assertEquals(new BigDecimal("25.0"), stats.replyRate());
        assertEquals(new BigDecimal("25.0"), stats.clickRate());
        assertEquals(new BigDecimal("33.3"), stats.clickToOpenRate());
    }

    @Test
    void nothingSentGivesZeroRates() {
        EngagementStats none = EngagementStats.of(List.of());
        assertEquals(new BigDecimal("0.0"), none.openRate());
        assertEquals(new BigDecimal("0.0"), none.clickToOpenRate());
    }

    @Test
    void ratesRoundHalfUpToOneDecimal() {
        EngagementStats stats = new EngagementStats(3, 2, 1, 0, 0);
        assertEquals(new BigDecimal("66.7"), stats.openRate());
        assertEquals(new BigDecimal("33.3"), stats.replyRate());
    }

    @Test
    void opensAndRepliesAreRecordedTheFirstTimeOnly() {
        RecipientEngagement once = RecipientEngagement.sent("A", T0).opened(T0.plusSeconds(10));
        assertEquals(T0.plusSeconds(10), once.opened(T0.plusSeconds(99)).openedAt());
        RecipientEngagement replied = once.replied(T0.plusSeconds(20)).replied(T0.plusSeconds(30));
        assertEquals(T0.plusSeconds(20), replied.repliedAt());
        RecipientEngagement clicks = replied.clicked(T0.plusSeconds(40)).clicked(T0.plusSeconds(50));
        assertEquals(T0.plusSeconds(40), clicks.firstClickAt());
        assertEquals(2, clicks.clicks());
    }

    @Test
    void aReplyOrAClickCountsAsAnOpen() {
        assertEquals(T0, RecipientEngagement.sent("A", T0).replied(T0).openedAt());
        assertEquals(T0, RecipientEngagement.sent("A", T0).clicked(T0).openedAt());
    }

    @Test
    void theStatusIsTheFurthestStep() {
        RecipientEngagement r = RecipientEngagement.sent("A", T0);
        assertEquals(RecipientStatus.SENT, r.status());
        assertEquals(RecipientStatus.OPENED, r.opened(T0).status());
        assertEquals(RecipientStatus.CLICKED, r.clicked(T0).status());
        assertEquals(RecipientStatus.REPLIED, r.clicked(T0).replied(T0).status());
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EngagementStats(1, 2, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EngagementStats(2, 1, 0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new EngagementStats(-1, 0, 0, 0, 0));
    }
}
