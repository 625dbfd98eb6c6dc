package com.affiliatecontests.engine.fraud;

import com.affiliatecontests.engine.credit.AttributedOrder;
import com.affiliatecontests.engine.credit.Credit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FraudDetectorTest {

    private final FraudDetector detector = new FraudDetector(new SpikeRule(3.0, 4));
    private final Instant monday = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void theAffiliateBuyingForItselfIsFlagged() {
        AttributedOrder own = new AttributedOrder("O1", "P1", "P1", monday, "EUR", BigDecimal.TEN, null, null, true);
        FraudFlag flag = detector.selfReferral(own).orElseThrow();
        assertEquals(FraudReason.SELF_REFERRAL, flag.reason());
        assertEquals("O1", flag.orderId());
        assertTrue(detector.selfReferral(new AttributedOrder("O2", "P1", "C9", monday, "EUR", BigDecimal.TEN, null,
                null, true)).isEmpty());
    }

    @Test
    void anHourFarAboveThePartnersMedianIsFlagged() {
        List<Credit> credits = new ArrayList<>();
        for (int hour = 0; hour < 10; hour++) {
            credits.add(credit("P1", "N" + hour, monday.plus(Duration.ofHours(hour))));
        }
        Instant burst = monday.plus(Duration.ofHours(20));
        for (int i = 0; i < 6; i++) {
            credits.add(credit("P1", "S" + i, burst.plusSeconds(i * 60L)));
        }
        List<FraudFlag> flags = detector.spikes(credits);
        assertEquals(1, flags.size());
        assertEquals(FraudReason.SPIKE, flags.get(0).reason());
        assertEquals(burst, flags.get(0).at());
        assertEquals("S0", flags.get(0).orderId());
    }

    @Test
    void steadyOrSmallActivityIsNotFlagged() {
        List<Credit> credits = new ArrayList<>();
        for (int hour = 0; hour < 10; hour++) {
            for (int i = 0; i < 3; i++) {
                credits.add(credit("P1", "N" + hour + "-" + i, monday.plus(Duration.ofHours(hour))));
            }
        }
        credits.add(credit("P2", "X1", monday));
        credits.add(credit("P2", "X2", monday.plus(Duration.ofHours(5))));
        credits.add(credit("P2", "X3", monday.plus(Duration.ofHours(5))));
        credits.add(credit("P2", "X4", monday.plus(Duration.ofHours(5))));
        assertTrue(detector.spikes(credits).isEmpty());
    }

    private static Credit credit(String partner, String order, Instant at) {
        return new Credit("C1", partner, order, BigDecimal.ONE, at, order);
    }
}
