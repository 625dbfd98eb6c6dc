package com.affiliatecontests.engine.fraud;

/** Why a credit is flagged for review. */
public enum FraudReason {
    /** The affiliate is the order's customer. */
    SELF_REFERRAL,
    /** The partner's credits in one hour are far above its usual hourly count. */
    SPIKE
}
