package com.affiliatecontests.engine.reward;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a prize tier pays: its kind, the amount and currency (not for OTHER), the promotion a promo
 * code belongs to and how many days it stays valid.
 */
public record RewardTerms(RewardKind kind, BigDecimal amount, String currency, String promotionId, Integer validDays) {

    /** Above this a prize amount is taken for a typing mistake. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");
    private static final int MAX_DECIMALS = 2;

    /**
     * The problems of these terms for a store that sells in {@code storeCurrencies} and has the
     * promotions {@code promotionExists} says it has; empty when they can be issued.
     */
    public List<RewardProblem> problems(Set<String> storeCurrencies, boolean promotionExists) {
        List<RewardProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new RewardProblem("kind", RewardError.KIND_REQUIRED));
            return problems;
        }
        if (kind.paysAmount()) {
            amountProblems(problems);
            if (currency == null || !storeCurrencies.contains(currency)) {
                problems.add(new RewardProblem("currency", RewardError.CURRENCY_NOT_USED));
            }
        }
        if (kind.needsPromotion()) {
            if (promotionId == null || promotionId.isBlank()) {
                problems.add(new RewardProblem("promotion", RewardError.PROMOTION_REQUIRED));
            } else if (!promotionExists) {
                problems.add(new RewardProblem("promotion", RewardError.UNKNOWN_PROMOTION));
            }
        }
        if (validDays != null && validDays < 1) {
            problems.add(new RewardProblem("validDays", RewardError.VALID_DAYS_NOT_POSITIVE));
        }
        return problems;
    }

    private void amountProblems(List<RewardProblem> problems) {
        if (amount == null) {
            problems.add(new RewardProblem("amount", RewardError.AMOUNT_REQUIRED));
        } else if (amount.signum() <= 0) {
            problems.add(new RewardProblem("amount", RewardError.AMOUNT_NOT_POSITIVE));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new RewardProblem("amount", RewardError.AMOUNT_TOO_LARGE));
        } else if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(new RewardProblem("amount", RewardError.AMOUNT_TOO_PRECISE));
        }
    }
}
