package com.affiliatecontests.engine.reward;

import java.util.Locale;

/**
 * Every way a reward or a prize budget is refused. Each code has a label in
 * config/AffiliateContestsRewardUiLabels.xml named by {@link #labelKey()}.
 */
public enum RewardError {
    KIND_REQUIRED,
    AMOUNT_REQUIRED,
    AMOUNT_NOT_POSITIVE,
    AMOUNT_TOO_LARGE,
    AMOUNT_TOO_PRECISE,
    CURRENCY_NOT_USED,
    PROMOTION_REQUIRED,
    UNKNOWN_PROMOTION,
    VALID_DAYS_NOT_POSITIVE,
    NOT_A_WINNER,
    NO_REWARD_FOR_TIER,
    NOT_APPROVED,
    ALREADY_APPROVED,
    ISSUE_IN_PROGRESS,
    VOIDED,
    NOT_ISSUED,
    ALREADY_USED,
    VOID_REASON_REQUIRED,
    ISSUE_FAILED,
    OVER_BUDGET,
    BUDGET_CURRENCY,
    UNBOUNDED_COST,
    BUDGET_NOT_POSITIVE;

    /** The label key, e.g. {@code AffiliateContestsRewardErrorOverBudget}. */
    public String labelKey() {
        StringBuilder key = new StringBuilder("AffiliateContestsRewardError");
        for (String word : name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
