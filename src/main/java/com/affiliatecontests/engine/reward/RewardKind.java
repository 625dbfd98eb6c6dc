package com.affiliatecontests.engine.reward;

import java.util.Arrays;
import java.util.Optional;

/** How a prize tier is paid out through OFBiz. Stored as the Enumeration {@code AFFC_RK_<name>}. */
public enum RewardKind {
    /** A deposit to the partner's STORE_CREDIT_ACCT financial account for the store. */
    STORE_CREDIT,
    /** A GIFTCERT_ACCOUNT financial account with its card number and PIN. */
    GIFT_CARD,
    /** A single-use ProductPromoCode on a promotion the admin picks. */
    PROMO_CODE,
    /** A COMMISSION_INVOICE from the partner to the company. */
    COMMISSION,
    /** Free text, fulfilled by hand: issuing it records the note and marks it done. */
    OTHER;

    private static final String PREFIX = "AFFC_RK_";

    public String enumId() {
        return PREFIX + name();
    }

    public static Optional<RewardKind> fromEnumId(String enumId) {
        return Arrays.stream(values()).filter(k -> k.enumId().equals(enumId)).findFirst();
    }

    /** Every kind but OTHER pays an amount in a currency. */
    public boolean paysAmount() {
        return this != OTHER;
    }

    public boolean needsPromotion() {
        return this == PROMO_CODE;
    }
}
