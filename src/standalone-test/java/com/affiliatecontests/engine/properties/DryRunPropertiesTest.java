package com.affiliatecontests.engine.properties;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.ForeignCurrency;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.PrizeTable;
import com.affiliatecontests.engine.contest.PrizeTier;
import com.affiliatecontests.engine.contest.RevenueBasis;
import com.affiliatecontests.engine.contest.RevenueRule;
import com.affiliatecontests.engine.contest.TieBreak;
import com.affiliatecontests.engine.credit.AttributedOrder;
import com.affiliatecontests.engine.dryrun.DryRun;
import com.affiliatecontests.engine.dryrun.DryRunResult;
import com.affiliatecontests.engine.dryrun.DryRunTally;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.fraud.FraudDetector;
import com.affiliatecontests.engine.fraud.FraudFlag;
import com.affiliatecontests.engine.fraud.SpikeRule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The streaming dry run (each order folded into one record per partner, then dropped) gives exactly the
 * result of the in-memory dry run it replaced (a board with the whole ledger and every credit): same
 * participants, credits, refusals, ranking, winners and flags, whatever the orders (refused ones,
 * self-referrals, busy hours, ties at one instant), the contest's rules and the spike rule.
 */
class DryRunPropertiesTest {

    private static final List<String> PARTNERS = List.of("P1", "P2", "P3", "P4", "P5");
    private static final Instant NOW = Fixtures.inNovember(1, 0);

    @Provide
    Arbitrary<ContestDefinition> contests() {
        ContestDefinition revenue = Fixtures.revenueRace();
        ContestDefinition ranking = Fixtures.conversionsRanking();
        PrizeTable tiers = PrizeTable.of(PrizeTier.place(1, "Gold"), new PrizeTier(2, 3, "Silver",
                new BigDecimal("50"), "EUR"), PrizeTier.place(4, "Bronze"));
        ContestDefinition rate = new ContestDefinition("Rate", null, ranking.window(), Metric.CONVERSION_RATE,
                ContestKind.RANKING, ContestRules.ranking().withMinimumVisits(2), ranking.prizes(),
                ranking.eligibility(), ranking.display(), null);
        ContestDefinition rateGoal = new ContestDefinition("Rate goal", null, ranking.window(), Metric.CONVERSION_RATE,
                ContestKind.GOAL, ContestRules.goal(new BigDecimal("0.5")).withMinimumVisits(1), ranking.prizes(),
                ranking.eligibility(), ranking.display(), null);
        ContestDefinition referrals = new ContestDefinition("Referrals", null, ranking.window(), Metric.REFERRALS,
                ContestKind.RANKING, ContestRules.ranking().withMinimumToQualify(new BigDecimal("2"))
                .withMaxWinners(2), tiers, ranking.eligibility(), ranking.display(), null);
        RevenueRule net = new RevenueRule(RevenueBasis.NET_OF_TAX_AND_SHIPPING, "EUR", ForeignCurrency.CONVERT,
                Map.of("USD", new BigDecimal("0.9")));
        ContestDefinition revenueGoal = new ContestDefinition("Revenue goal", null, revenue.window(), Metric.REVENUE,
                ContestKind.GOAL, ContestRules.goal(new BigDecimal("60")).withGoalCap(3), tiers,
                revenue.eligibility(), revenue.display(), net);
        ContestDefinition byConversions = new ContestDefinition("Ties by conversions", null, revenue.window(),
                Metric.REVENUE, ContestKind.RANKING, ContestRules.ranking().withMinimumToQualify(new BigDecimal("20"))
                .withTieBreaks(List.of(TieBreak.MORE_CONVERSIONS, TieBreak.EARLIEST_TO_SCORE, TieBreak.PARTNER_ID)),
                tiers, revenue.eligibility(), revenue.display(), revenue.revenue());
        ContestDefinition byId = new ContestDefinition("Ties by id", null, ranking.window(), Metric.CONVERSIONS,
                ContestKind.RANKING, ContestRules.ranking().withTieBreaks(List.of(TieBreak.PARTNER_ID)), tiers,
                ranking.eligibility(), ranking.display(), null);
        ContestDefinition goalThenRanking = new ContestDefinition("Goal then ranking", null, ranking.window(),
                Metric.CONVERSIONS, ContestKind.GOAL_THEN_RANKING, ContestRules.goal(new BigDecimal("3")), tiers,
                ranking.eligibility(), ranking.display(), null);
        return Arbitraries.of(revenue, ranking, Fixtures.conversionsGoal(2), Fixtures.conversionsGoal(4),
                new ContestDefinition("First two to 3", null, ranking.window(), Metric.CONVERSIONS, ContestKind.GOAL,
                        ContestRules.goal(new BigDecimal("3")).withMaxWinners(2), tiers, ranking.eligibility(),
                        ranking.display(), null),
                rate, rateGoal, referrals, revenueGoal, byConversions, byId, goalThenRanking);
    }

    @Provide
    Arbitrary<SpikeRule> spikeRules() {
        return Arbitraries.of(SpikeRule.standard(), new SpikeRule(2.0, 2), new SpikeRule(1.5, 1), new SpikeRule(3.0, 3));
    }

    @Property(tries = 400)
    void theStreamingDryRunGivesTheResultOfTheInMemoryOne(@ForAll("contests") ContestDefinition contest,
                                                          @ForAll("spikeRules") SpikeRule spikes,
                                                          @ForAll long seed) {
        Random random = new Random(seed);
        List<AttributedOrder> orders = oldestFirst(random);
        Map<String, Long> visits = visits(random);
        DryRunResult expected = inMemory(contest, spikes, orders, visits);

        assertEquals(expected, streamed(contest, spikes, orders, visits));
    }

    @Property(tries = 200)
    void onlyEachPartnersOrdersNeedComeOldestFirst(@ForAll("contests") ContestDefinition contest,
                                                  @ForAll("spikeRules") SpikeRule spikes, @ForAll long seed) {
        Random random = new Random(seed);
        List<AttributedOrder> orders = oldestFirst(random);
        Map<String, Long> visits = visits(random);
        DryRunResult expected = inMemory(contest, spikes, orders, visits);
        List<AttributedOrder> byPartner = orders.stream().sorted(Comparator.comparing(
                (AttributedOrder order) -> String.valueOf(order.affiliateId())).reversed()).toList();

        DryRunResult result = streamed(contest, spikes, byPartner, visits);
        assertEquals(new DryRunResult(expected.participants(), expected.credited(), expected.refused(),
                expected.ranking(), expected.winners(), sorted(expected.flags())), new DryRunResult(
                result.participants(), result.credited(), result.refused(), result.ranking(), result.winners(),
                sorted(result.flags())));
    }

    private static DryRunResult streamed(ContestDefinition contest, SpikeRule spikes, List<AttributedOrder> orders,
                                         Map<String, Long> visits) {
        DryRunTally tally = new DryRun(new FraudDetector(spikes)).start(contest, profiles(), NOW);
        orders.forEach(tally::add);
        return tally.result(visits);
    }

    private static List<FraudFlag> sorted(List<FraudFlag> flags) {
        return flags.stream().sorted(Comparator.comparing(FraudFlag::orderId).thenComparing(FraudFlag::reason))
                .toList();
    }

    private static List<PartnerProfile> profiles() {
        return PARTNERS.stream().map(id -> PartnerProfile.of(id, "Partner " + id)).toList();
    }

    /** Random orders, oldest first as the service reads them; orders at one instant in any order. */
    private static List<AttributedOrder> oldestFirst(Random random) {
        return orders(random).stream().sorted(Comparator.comparing(AttributedOrder::completedAt)).toList();
    }

    /** The reference: the old dry run, every order in memory. */
    private static DryRunResult inMemory(ContestDefinition contest, SpikeRule spikes, List<AttributedOrder> orders,
                                         Map<String, Long> visits) {
        return new InMemoryDryRun(new FraudDetector(spikes)).evaluate(contest, profiles(), orders, visits, NOW);
    }

    /**
     * Up to 150 orders of the partners, of a partner that does not compete (P9) or of none, some outside
     * the window, in another currency, of no value, self-referred, or not the customer's first; many in a
     * few busy hours of each partner, and some at the same instant.
     */
    private static List<AttributedOrder> orders(Random random) {
        int count = random.nextInt(151);
        Map<String, Instant> busyHour = new HashMap<>();
        for (String partner : PARTNERS) {
            busyHour.put(partner, Fixtures.inNovember(2 + random.nextInt(25), random.nextInt(24)));
        }
        List<AttributedOrder> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int who = random.nextInt(20);
            String partner = who < 17 ? PARTNERS.get(who % PARTNERS.size()) : who < 19 ? "P9" : null;
            Instant at;
            if (partner != null && busyHour.containsKey(partner) && random.nextInt(3) == 0) {
                at = busyHour.get(partner).plus(Duration.ofMinutes(random.nextInt(4) * 15L));
            } else {
                // from a day before the window to a day after it, on the quarter hour
                at = Fixtures.inNovember(1, 0).minus(Duration.ofDays(1))
                        .plus(Duration.ofMinutes(15L * random.nextInt(32 * 24 * 4)));
            }
            String customer = random.nextInt(10) == 0 ? partner : "X" + random.nextInt(30);
            String currency = random.nextInt(8) == 0 ? "USD" : "EUR";
            BigDecimal total = random.nextInt(15) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(4000), 2);
            BigDecimal tax = BigDecimal.valueOf(random.nextInt(300), 2);
            BigDecimal shipping = BigDecimal.valueOf(random.nextInt(300), 2);
            orders.add(new AttributedOrder("O" + (1000 - i), partner, customer, at, currency, total, tax, shipping,
                    random.nextInt(3) > 0));
        }
        return orders;
    }

    private static Map<String, Long> visits(Random random) {
        Map<String, Long> visits = new HashMap<>();
        for (String partner : PARTNERS) {
            if (random.nextInt(4) > 0) {
                visits.put(partner, (long) random.nextInt(8));
            }
        }
        return visits;
    }
}
