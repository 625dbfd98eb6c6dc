package com.affiliatecontests.engine.credit;

import java.util.Locale;

/** Why a credit or an order was not credited; each reason has a label. */
public enum CreditRefusal {
    CONTEST_NOT_RUNNING,
    OUTSIDE_WINDOW,
    NOT_ELIGIBLE,
    NOT_ATTRIBUTED,
    NOT_A_REFERRAL,
    CURRENCY_EXCLUDED,
    NO_EXCHANGE_RATE,
    NO_VALUE,
    CONFLICTING_PARTNER;

    public String labelKey() {
        StringBuilder key = new StringBuilder("AffiliateContestsRefusal");
        for (String word : name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
