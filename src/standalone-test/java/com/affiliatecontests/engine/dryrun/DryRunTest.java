package com.affiliatecontests.engine.dryrun;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.credit.AttributedOrder;
import com.affiliatecontests.engine.credit.CreditRefusal;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.fraud.FraudDetector;
import com.affiliatecontests.engine.fraud.FraudReason;
import com.affiliatecontests.engine.fraud.SpikeRule;
import com.affiliatecontests.engine.standing.Standing;
import com.affiliatecontests.engine.winner.Winner;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.affiliatecontests.engine.Fixtures.inNovember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DryRunTest {

    @Test
    void aDraftOverPastOrdersGivesTheWouldBeLeaderboard() {
        List<PartnerProfile> partners = List.of(PartnerProfile.of("A", "Ann"), PartnerProfile.of("B", "Bob"),
                PartnerProfile.of("C", "Cy"));
        List<AttributedOrder> orders = List.of(
                order("O1", "A", "X1", inNovember(2, 0), "100"),
                order("O2", "B", "X2", inNovember(3, 0), "250"),
                order("O3", "A", "A", inNovember(4, 0), "200"),
                order("O4", "B", "X3", Instant.parse("2026-10-15T00:00:00Z"), "999"),
                order("O5", "Z", "X4", inNovember(5, 0), "50"),
                new AttributedOrder("O6", "C", "X5", inNovember(6, 0), "USD", new BigDecimal("10"), null, null, true));
        DryRunResult result = evaluate(Fixtures.revenueRace(), partners, orders, Map.of());
        assertEquals(3, result.participants());
        assertEquals(3, result.credited());
        assertEquals(Map.of(CreditRefusal.OUTSIDE_WINDOW, 1, CreditRefusal.NOT_ELIGIBLE, 1,
                CreditRefusal.CURRENCY_EXCLUDED, 1), result.refused());
        assertEquals(List.of("A", "B", "C"), result.ranking().stream().map(Standing::partnerId).toList());
        assertEquals(new BigDecimal("300.00"), result.ranking().get(0).score());
        assertEquals(List.of("A", "B"), result.winners().stream().map(Winner::partnerId).toList());
        assertEquals(1, result.flags().size());
        assertEquals(FraudReason.SELF_REFERRAL, result.flags().get(0).reason());
    }

    @Test
    void aConversionRateDryRunScoresTheTrackedVisits() {
        ContestDefinition c = Fixtures.conversionsRanking();
        ContestDefinition rate = new ContestDefinition(c.name(), null, c.window(), Metric.CONVERSION_RATE, c.kind(),
                new ContestRules(BigDecimal.ZERO, null, null, null, 2, null, null), c.prizes(), c.eligibility(),
                c.display(), null);
        List<PartnerProfile> partners = List.of(PartnerProfile.of("A", "Ann"), PartnerProfile.of("B", "Bob"),
                PartnerProfile.of("C", "Cy"));
        List<AttributedOrder> orders = List.of(order("O1", "A", "X1", inNovember(2, 0), "10"),
                order("O2", "B", "X2", inNovember(3, 0), "10"), order("O3", "B", "X3", inNovember(4, 0), "10"),
                order("O4", "C", "X4", inNovember(5, 0), "10"));
        // C has one visit, under the minimum of two
        DryRunResult result = evaluate(rate, partners, orders, Map.of("A", 2L, "B", 8L, "C", 1L));
        assertEquals(List.of("A", "B"), result.winners().stream().map(Winner::partnerId).toList());
        assertEquals(new BigDecimal("0.500000"), result.ranking().get(0).score());
        assertEquals(List.of(), evaluate(rate, partners, orders, Map.of()).winners());
    }

    @Test
    void eachPartnersOrdersComeOldestFirst() {
        DryRunTally tally = new DryRun(new FraudDetector(SpikeRule.standard())).start(Fixtures.revenueRace(),
                List.of(PartnerProfile.of("A", "Ann"), PartnerProfile.of("B", "Bob")), inNovember(1, 0));
        tally.add(order("O1", "A", "X1", inNovember(5, 0), "10"));
        // another partner's older order, and one of A at the same instant: fine
        tally.add(order("O2", "B", "X2", inNovember(3, 0), "10"));
        tally.add(order("O3", "A", "X3", inNovember(5, 0), "10"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> tally.add(order("O4", "A", "X4", inNovember(4, 0), "10")));
        assertEquals("order O4 of partner A completed at " + inNovember(4, 0) + " came after one completed at "
                + inNovember(5, 0), error.getMessage());
        // the refused order was not counted
        assertEquals(3, tally.result(Map.of()).credited());
        assertEquals(new BigDecimal("20.00"), tally.result(Map.of()).ranking().get(0).score());
    }

    @Test
    void aGoalIsReachedByTheOrderThatBringsTheRunningTotalToTheTarget() {
        ContestDefinition goal = Fixtures.conversionsGoal(2);
        DryRunResult result = evaluate(goal, List.of(PartnerProfile.of("A", "Ann"), PartnerProfile.of("B", "Bob")),
                List.of(order("O1", "A", "X1", inNovember(2, 0), "10"), order("O2", "B", "X2", inNovember(3, 0), "10"),
                        order("O3", "B", "X3", inNovember(4, 0), "10"), order("O4", "A", "X4", inNovember(5, 0), "10"),
                        order("O5", "A", "X5", inNovember(6, 0), "10")), Map.of());
        // A ends ahead with 3, but B reached 2 first
        assertEquals(List.of("A", "B"), result.ranking().stream().map(Standing::partnerId).toList());
        assertEquals(List.of("B", "A"), result.winners().stream().map(Winner::partnerId).toList());
    }

    /** The orders given one at a time, as the OFBiz service reads them. */
    private static DryRunResult evaluate(ContestDefinition contest, List<PartnerProfile> partners,
                                         List<AttributedOrder> orders, Map<String, Long> visits) {
        DryRunTally tally = new DryRun(new FraudDetector(SpikeRule.standard())).start(contest, partners,
                inNovember(1, 0));
        orders.forEach(tally::add);
        return tally.result(visits);
    }

    private static AttributedOrder order(String id, String affiliate, String customer, Instant at, String total) {
        return new AttributedOrder(id, affiliate, customer, at, "EUR", new BigDecimal(total), null, null, true);
    }
}
