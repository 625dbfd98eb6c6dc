package com.affiliatecontests.engine.reward;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RewardVoidTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void aRewardIsUsedOnceItsValueIsSpent() {
        assertFalse(RewardVoid.used(RewardKind.STORE_CREDIT, TEN, TEN, 0, null));
        assertFalse(RewardVoid.used(RewardKind.STORE_CREDIT, TEN, new BigDecimal("25"), 0, null));
        assertTrue(RewardVoid.used(RewardKind.STORE_CREDIT, TEN, new BigDecimal("9.99"), 0, null));
        assertTrue(RewardVoid.used(RewardKind.GIFT_CARD, TEN, null, 0, null));
        assertFalse(RewardVoid.used(RewardKind.GIFT_CARD, TEN, TEN, 5, null));
        assertFalse(RewardVoid.used(RewardKind.PROMO_CODE, TEN, null, 0, null));
        assertTrue(RewardVoid.used(RewardKind.PROMO_CODE, TEN, TEN, 1, null));
        assertFalse(RewardVoid.used(RewardKind.COMMISSION, TEN, null, 0, null));
        assertFalse(RewardVoid.used(RewardKind.COMMISSION, TEN, null, 0, BigDecimal.ZERO));
        assertTrue(RewardVoid.used(RewardKind.COMMISSION, TEN, null, 0, new BigDecimal("0.01")));
        assertFalse(RewardVoid.used(RewardKind.OTHER, TEN, null, 3, TEN));
    }

    @Test
    void onlyAnIssuedUnusedRewardWithAReasonIsVoided() {
        assertEquals(Optional.empty(), RewardVoid.refusal(RewardStatus.ISSUED, false, "typo"));
        assertEquals(Optional.of(RewardError.ALREADY_USED), RewardVoid.refusal(RewardStatus.ISSUED, true, "typo"));
        assertEquals(Optional.of(RewardError.VOID_REASON_REQUIRED), RewardVoid.refusal(RewardStatus.ISSUED, false, " "));
        assertEquals(Optional.of(RewardError.VOID_REASON_REQUIRED), RewardVoid.refusal(RewardStatus.ISSUED, false, null));
        for (RewardStatus status : List.of(RewardStatus.APPROVED, RewardStatus.ISSUING, RewardStatus.FAILED, RewardStatus.VOIDED)) {
            assertEquals(Optional.of(RewardError.NOT_ISSUED), RewardVoid.refusal(status, false, "typo"));
        }
    }

    @Test
    void theMonthsRewardsAddUpByKindAndCurrency() {
        Map<RewardTotals.Key, RewardTotals.Total> totals = RewardTotals.sum(List.of(
                new RewardTotals.Issued(RewardKind.STORE_CREDIT, new BigDecimal("150"), "USD"),
                new RewardTotals.Issued(RewardKind.STORE_CREDIT, new BigDecimal("25.50"), "USD"),
                new RewardTotals.Issued(RewardKind.STORE_CREDIT, new BigDecimal("10"), "EUR"),
                new RewardTotals.Issued(RewardKind.OTHER, null, null),
                new RewardTotals.Issued(RewardKind.OTHER, new BigDecimal("5"), "USD"),
                new RewardTotals.Issued(RewardKind.COMMISSION, null, "USD")));
        assertEquals(List.of(new RewardTotals.Key(RewardKind.STORE_CREDIT, "EUR"), new RewardTotals.Key(RewardKind.STORE_CREDIT, "USD"),
                new RewardTotals.Key(RewardKind.COMMISSION, ""), new RewardTotals.Key(RewardKind.OTHER, "")),
                List.copyOf(totals.keySet()));
        assertEquals(new RewardTotals.Total(2, new BigDecimal("175.50")), totals.get(new RewardTotals.Key(RewardKind.STORE_CREDIT, "USD")));
        assertEquals(new RewardTotals.Total(2, BigDecimal.ZERO), totals.get(new RewardTotals.Key(RewardKind.OTHER, "")));
        assertEquals(new RewardTotals.Total(1, BigDecimal.ZERO), totals.get(new RewardTotals.Key(RewardKind.COMMISSION, "")));
        assertEquals(Map.of(), RewardTotals.sum(List.of()));
    }
}
