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
        DryRunResult result = new DryRun(new FraudDetector(SpikeRule.standard()))
                .evaluate(Fixtures.revenueRace(), partners, orders, inNovember(1, 0));
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
        DryRun dryRun = new DryRun(new FraudDetector(SpikeRule.standard()));
        // C has one visit, under the minimum of two
        DryRunResult result = dryRun.evaluate(rate, partners, orders, Map.of("A", 2L, "B", 8L, "C", 1L),
                inNovember(1, 0));
        assertEquals(List.of("A", "B"), result.winners().stream().map(Winner::partnerId).toList());
        assertEquals(new BigDecimal("0.500000"), result.ranking().get(0).score());
        assertEquals(List.of(), dryRun.evaluate(rate, partners, orders, inNovember(1, 0)).winners());
    }

    private static AttributedOrder order(String id, String affiliate, String customer, Instant at, String total) {
        return new AttributedOrder(id, affiliate, customer, at, "EUR", new BigDecimal(total), null, null, true);
    }
}
