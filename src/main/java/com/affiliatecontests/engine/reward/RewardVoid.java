package com.affiliatecontests.engine.reward;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether an issued reward can still be voided: only while unused. Store credit and gift cards are
 * unused while their account still holds the amount issued, a promo code while no order used it,
 * a commission invoice while no payment is applied to it.
 */
public final class RewardVoid {

    private RewardVoid() {
    }

    /**
     * @param balance what the financial account holds now (store credit, gift card)
     * @param uses    the orders that used the promo code
     * @param applied the payments applied to the commission invoice
     */
    public static boolean used(RewardKind kind, BigDecimal issued, BigDecimal balance, long uses, BigDecimal applied) {
        return switch (kind) {
            case STORE_CREDIT, GIFT_CARD -> balance == null || balance.compareTo(issued) < 0;
            case PROMO_CODE -> uses > 0;
            case COMMISSION -> applied != null && applied.signum() > 0;
            case OTHER -> false;
        };
    }

    /** Why a reward in {@code status} cannot be voided, or empty when it can. */
    public static Optional<RewardError> refusal(RewardStatus status, boolean used, String reason) {
        if (status != RewardStatus.ISSUED) {
            return Optional.of(RewardError.NOT_ISSUED);
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(RewardError.VOID_REASON_REQUIRED);
        }
        return used ? Optional.of(RewardError.ALREADY_USED) : Optional.empty();
    }
}
