package com.affiliatecontests.engine.reward;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RewardTermsTest {

    private static final Set<String> USD = Set.of("USD");

    private static List<RewardError> errors(RewardTerms terms, boolean promotionExists) {
        return terms.problems(USD, promotionExists).stream().map(RewardProblem::error).toList();
    }

    private static RewardTerms credit(String amount, String currency) {
        return new RewardTerms(RewardKind.STORE_CREDIT, amount == null ? null : new BigDecimal(amount), currency, null, null);
    }

    @Test
    void validTermsHaveNoProblem() {
        assertEquals(List.of(), errors(credit("150.00", "USD"), false));
        assertEquals(List.of(), errors(credit("0.01", "USD"), false));
        assertEquals(List.of(), errors(credit("100000", "USD"), false));
        assertEquals(List.of(), errors(credit("12.50000", "USD"), false));
        assertEquals(List.of(), errors(new RewardTerms(RewardKind.OTHER, null, null, null, null), false));
        assertEquals(List.of(), errors(new RewardTerms(RewardKind.PROMO_CODE, BigDecimal.TEN, "USD", "9011", 30), true));
        assertEquals(List.of(), errors(new RewardTerms(RewardKind.PROMO_CODE, BigDecimal.TEN, "USD", "9011", 1), true));
    }

    @Test
    void badAmountsAreRefused() {
        assertEquals(List.of(RewardError.AMOUNT_REQUIRED), errors(credit(null, "USD"), false));
        assertEquals(List.of(RewardError.AMOUNT_NOT_POSITIVE), errors(credit("0", "USD"), false));
        assertEquals(List.of(RewardError.AMOUNT_NOT_POSITIVE), errors(credit("-5", "USD"), false));
        assertEquals(List.of(RewardError.AMOUNT_TOO_LARGE), errors(credit("100000.01", "USD"), false));
        assertEquals(List.of(RewardError.AMOUNT_TOO_PRECISE), errors(credit("1.001", "USD"), false));
    }

    @Test
    void aCurrencyTheStoreDoesNotUseIsRefused() {
        assertEquals(List.of(RewardError.CURRENCY_NOT_USED), errors(credit("10", "EUR"), false));
        assertEquals(List.of(RewardError.CURRENCY_NOT_USED), errors(credit("10", null), false));
    }

    @Test
    void aPromoCodeNeedsAKnownPromotionAndPositiveValidity() {
        assertEquals(List.of(RewardError.PROMOTION_REQUIRED),
                errors(new RewardTerms(RewardKind.PROMO_CODE, BigDecimal.TEN, "USD", null, null), true));
        assertEquals(List.of(RewardError.PROMOTION_REQUIRED),
                errors(new RewardTerms(RewardKind.PROMO_CODE, BigDecimal.TEN, "USD", " ", null), true));
        assertEquals(List.of(RewardError.UNKNOWN_PROMOTION),
                errors(new RewardTerms(RewardKind.PROMO_CODE, BigDecimal.TEN, "USD", "NOPE", null), false));
        assertEquals(List.of(RewardError.VALID_DAYS_NOT_POSITIVE),
                errors(new RewardTerms(RewardKind.PROMO_CODE, BigDecimal.TEN, "USD", "9011", 0), true));
        // a promotion is only checked for promo codes
        assertEquals(List.of(), errors(new RewardTerms(RewardKind.COMMISSION, BigDecimal.TEN, "USD", "NOPE", null), false));
    }

    @Test
    void aKindIsRequired() {
        assertEquals(List.of(RewardError.KIND_REQUIRED), errors(new RewardTerms(null, null, null, null, 0), false));
        assertEquals("kind", new RewardTerms(null, null, null, null, null).problems(USD, false).get(0).field());
    }

    @Test
    void fieldsNameTheInput() {
        List<RewardProblem> problems = new RewardTerms(RewardKind.PROMO_CODE, null, "EUR", null, -1).problems(USD, false);
        assertEquals(List.of("amount", "currency", "promotion", "validDays"), problems.stream().map(RewardProblem::field).toList());
    }

    @Test
    void aWinnersTierDecidesItsReward() {
        RewardTerms terms = credit("150", "USD");
        List<RewardTier> tiers = List.of(new RewardTier("00001", 1, 1, terms), new RewardTier("00002", 2, 3, null),
                new RewardTier("00003", 4, null, credit("5", "USD")));
        assertEquals("00001", RewardTier.forPlace(tiers, 1).orElseThrow().prizeSeqId());
        assertEquals("00002", RewardTier.forPlace(tiers, 3).orElseThrow().prizeSeqId());
        assertEquals("00003", RewardTier.forPlace(tiers, 400).orElseThrow().prizeSeqId());
        assertEquals(List.of(), RewardTier.approvalProblems(1, tiers, USD, false));
        assertEquals(List.of(new RewardProblem("partyId", RewardError.NOT_A_WINNER)),
                RewardTier.approvalProblems(null, tiers, USD, false));
        assertEquals(List.of(new RewardProblem("prize", RewardError.NO_REWARD_FOR_TIER)),
                RewardTier.approvalProblems(2, tiers, USD, false));
        assertEquals(List.of(new RewardProblem("prize", RewardError.NO_REWARD_FOR_TIER)),
                RewardTier.approvalProblems(2, tiers.subList(0, 1), USD, false));
        List<RewardTier> unpaid = List.of(new RewardTier("00001", 1, 1, new RewardTerms(null, BigDecimal.TEN, "USD", null, null)));
        assertEquals(List.of(new RewardProblem("prize", RewardError.NO_REWARD_FOR_TIER)),
                RewardTier.approvalProblems(1, unpaid, USD, false));
        assertEquals(List.of(new RewardProblem("currency", RewardError.CURRENCY_NOT_USED)),
                RewardTier.approvalProblems(1, tiers, Set.of("EUR"), false));
        RewardTier first = tiers.get(0);
        assertEquals(false, first.covers(0));
        assertEquals(false, first.covers(2));
    }
}
