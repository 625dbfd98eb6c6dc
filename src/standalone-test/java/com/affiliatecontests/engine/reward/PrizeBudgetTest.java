package com.affiliatecontests.engine.reward;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrizeBudgetTest {

    private static RewardTier tier(String seq, int from, Integer to, RewardKind kind, String amount, String currency) {
        return new RewardTier(seq, from, to, new RewardTerms(kind, amount == null ? null : new BigDecimal(amount), currency, null, null));
    }

    private static final List<RewardTier> SPRINT = List.of(
            tier("1", 1, 1, RewardKind.STORE_CREDIT, "150", "USD"),
            tier("2", 2, 3, RewardKind.GIFT_CARD, "75", "USD"),
            tier("3", 4, 4, RewardKind.OTHER, "999", "USD"),
            new RewardTier("4", 5, 5, null),
            tier("5", 6, 6, null, "10", "USD"));

    private static final List<RewardTier> GOAL = List.of(tier("1", 1, null, RewardKind.PROMO_CODE, "50", "USD"));

    @Test
    void aTablesCostIsEveryPaidPlace() {
        PrizeBudget.Cost cost = PrizeBudget.tableCost(SPRINT, null);
        assertTrue(cost.bounded());
        assertEquals(0, new BigDecimal("310").compareTo(cost.in("USD")));
        assertEquals(BigDecimal.ZERO, cost.in("EUR"));
        assertEquals(0, new BigDecimal("225").compareTo(PrizeBudget.tableCost(SPRINT, 2).in("USD")));
        assertEquals(0, new BigDecimal("150").compareTo(PrizeBudget.tableCost(SPRINT, 1).in("USD")));
        assertEquals(Map.of(), PrizeBudget.tableCost(List.of(tier("1", 1, 1, RewardKind.STORE_CREDIT, null, "USD")), null).byCurrency());
    }

    @Test
    void anOpenEndedTierCostsItsCapOrIsUnbounded() {
        assertFalse(PrizeBudget.tableCost(GOAL, null).bounded());
        PrizeBudget.Cost capped = PrizeBudget.tableCost(GOAL, 5);
        assertTrue(capped.bounded());
        assertEquals(0, new BigDecimal("250").compareTo(capped.in("USD")));
        // an open-ended OTHER tier costs nothing and stays bounded
        assertTrue(PrizeBudget.tableCost(List.of(tier("1", 1, null, RewardKind.OTHER, null, null)), null).bounded());
    }

    @Test
    void aGoalContestsCostGrowsWithEachPartnerReachingTheGoalUpToItsCap() {
        assertEquals(BigDecimal.ZERO, PrizeBudget.costAtStandings(GOAL, 0, 5).in("USD"));
        assertEquals(Map.of(), PrizeBudget.costAtStandings(GOAL, 0, 5).byCurrency());
        assertEquals(Map.of("USD", new BigDecimal("150")), PrizeBudget.costAtStandings(SPRINT, 1, null).byCurrency());
        assertEquals(0, new BigDecimal("50").compareTo(PrizeBudget.costAtStandings(GOAL, 1, 5).in("USD")));
        assertEquals(0, new BigDecimal("100").compareTo(PrizeBudget.costAtStandings(GOAL, 2, 5).in("USD")));
        assertEquals(0, new BigDecimal("250").compareTo(PrizeBudget.costAtStandings(GOAL, 9, 5).in("USD")));
        assertEquals(0, new BigDecimal("450").compareTo(PrizeBudget.costAtStandings(GOAL, 9, null).in("USD")));
        assertTrue(PrizeBudget.costAtStandings(GOAL, 9, null).bounded());
        assertEquals(BigDecimal.ZERO, PrizeBudget.costAtStandings(GOAL, -1, null).in("USD"));
        assertEquals(0, new BigDecimal("225").compareTo(PrizeBudget.costAtStandings(SPRINT, 2, null).in("USD")));
    }

    @Test
    void aBudgetRefusesWhatItCannotPay() {
        PrizeBudget budget = new PrizeBudget(new BigDecimal("310"), "USD");
        assertEquals(List.of(), budget.problems());
        assertEquals(List.of(), budget.check(PrizeBudget.tableCost(SPRINT, null)));
        assertEquals(List.of(new RewardProblem("prizes", RewardError.OVER_BUDGET)),
                new PrizeBudget(new BigDecimal("309.99"), "USD").check(PrizeBudget.tableCost(SPRINT, null)));
        assertEquals(List.of(new RewardProblem("prizes", RewardError.UNBOUNDED_COST)), budget.check(PrizeBudget.tableCost(GOAL, null)));
        List<RewardTier> euro = List.of(tier("1", 1, 1, RewardKind.STORE_CREDIT, "10", "EUR"));
        assertEquals(List.of(new RewardProblem("prizes", RewardError.BUDGET_CURRENCY)), budget.check(PrizeBudget.tableCost(euro, null)));
        assertEquals(List.of(), budget.check(new PrizeBudget.Cost(Map.of("EUR", BigDecimal.ZERO), true)));
    }

    @Test
    void aBudgetMustBePositiveInACurrency() {
        assertEquals(List.of(new RewardProblem("budget", RewardError.BUDGET_NOT_POSITIVE)),
                new PrizeBudget(BigDecimal.ZERO, "USD").problems());
        assertEquals(List.of(new RewardProblem("budget", RewardError.BUDGET_NOT_POSITIVE),
                new RewardProblem("budgetCurrency", RewardError.BUDGET_CURRENCY)), new PrizeBudget(null, "usd").problems());
        assertEquals(List.of(new RewardProblem("budgetCurrency", RewardError.BUDGET_CURRENCY)),
                new PrizeBudget(BigDecimal.ONE, null).problems());
    }
}
