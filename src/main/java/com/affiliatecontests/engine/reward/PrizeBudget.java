package com.affiliatecontests.engine.reward;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A contest's prize budget and what its prizes cost: the whole prize table (every place that can
 * win, up to the cap), or the places won at today's standings (a goal contest's cost grows with
 * each partner who reaches the goal, up to its cap).
 */
public record PrizeBudget(BigDecimal amount, String currency) {

    /** What some prizes cost, by currency; unbounded when an open-ended tier pays an amount and no cap ends it. */
    public record Cost(Map<String, BigDecimal> byCurrency, boolean bounded) {

        public Cost {
            byCurrency = Map.copyOf(byCurrency);
        }

        public BigDecimal in(String currency) {
            return byCurrency.getOrDefault(currency, BigDecimal.ZERO);
        }
    }

    public List<RewardProblem> problems() {
        List<RewardProblem> problems = new ArrayList<>();
        if (amount == null || amount.signum() <= 0) {
            problems.add(new RewardProblem("budget", RewardError.BUDGET_NOT_POSITIVE));
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            problems.add(new RewardProblem("budgetCurrency", RewardError.BUDGET_CURRENCY));
        }
        return problems;
    }

    /** The cost of every place the table can pay, up to {@code winnerCap} places (null: no cap). */
    public static Cost tableCost(List<RewardTier> tiers, Integer winnerCap) {
        return costOfPlaces(tiers, winnerCap == null ? Integer.MAX_VALUE : winnerCap);
    }

    /** The cost of the first {@code winnersToday} places, never more than {@code winnerCap} (null: no cap). */
    public static Cost costAtStandings(List<RewardTier> tiers, int winnersToday, Integer winnerCap) {
        int places = winnerCap == null ? winnersToday : Math.min(winnersToday, winnerCap);
        return costOfPlaces(tiers, Math.max(places, 0));
    }

    private static Cost costOfPlaces(List<RewardTier> tiers, int lastPlace) {
        Map<String, BigDecimal> cost = new TreeMap<>();
        boolean bounded = true;
        for (RewardTier tier : tiers) {
            RewardTerms terms = tier.terms();
            // a tier not yet told how it is paid still costs its amount; OTHER is fulfilled by hand, outside the budget
            if (terms == null || terms.amount() == null || terms.kind() != null && !terms.kind().paysAmount()) {
                continue;
            }
            int tierEnd = tier.toPlace() == null ? lastPlace : Math.min(tier.toPlace(), lastPlace);
            if (tierEnd == Integer.MAX_VALUE) {
                bounded = false;
                continue;
            }
            long places = (long) tierEnd - tier.fromPlace() + 1;
            if (places > 0) {
                cost.merge(terms.currency(), terms.amount().multiply(BigDecimal.valueOf(places)), BigDecimal::add);
            }
        }
        return new Cost(cost, bounded);
    }

    /** Why a cost does not fit this budget: unbounded, in another currency, or over it. Empty when it fits. */
    public List<RewardProblem> check(Cost cost) {
        List<RewardProblem> problems = new ArrayList<>();
        if (!cost.bounded()) {
            problems.add(new RewardProblem("prizes", RewardError.UNBOUNDED_COST));
        }
        boolean otherCurrency = cost.byCurrency().entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(currency) && e.getValue().signum() > 0);
        if (otherCurrency) {
            problems.add(new RewardProblem("prizes", RewardError.BUDGET_CURRENCY));
        }
        if (cost.in(currency).compareTo(amount) > 0) {
            problems.add(new RewardProblem("prizes", RewardError.OVER_BUDGET));
        }
        return problems;
    }
}
