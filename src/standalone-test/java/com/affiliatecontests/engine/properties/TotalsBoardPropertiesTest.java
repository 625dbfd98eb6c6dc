package com.affiliatecontests.engine.properties;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.TieBreak;
import com.affiliatecontests.engine.credit.CreditLedger;
import com.affiliatecontests.engine.credit.LedgerEntry;
import com.affiliatecontests.engine.standing.ContestBoard;
import com.affiliatecontests.engine.standing.PartnerTotals;
import com.affiliatecontests.engine.standing.TotalsBoard;
import com.affiliatecontests.engine.winner.WinnerSelection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Finalization from the partners' maintained totals (the standing rows) ranks and selects exactly as a
 * board rebuilt from the whole ledger, whatever the ledger, the contest's rules and the order in which
 * the lines were credited.
 */
class TotalsBoardPropertiesTest {

    @Provide
    Arbitrary<List<LedgerScenario.Order>> orders() {
        return LedgerScenario.orders();
    }

    @Provide
    Arbitrary<ContestDefinition> contests() {
        ContestDefinition ranking = Fixtures.conversionsRanking();
        ContestDefinition rate = new ContestDefinition("Rate", null, ranking.window(), Metric.CONVERSION_RATE,
                ContestKind.RANKING, ContestRules.ranking().withMinimumVisits(2), ranking.prizes(),
                ranking.eligibility(), ranking.display(), null);
        ContestDefinition revenue = Fixtures.revenueRace();
        ContestDefinition revenueGoal = new ContestDefinition("Revenue goal", null, revenue.window(), Metric.REVENUE,
                ContestKind.GOAL, ContestRules.goal(new BigDecimal("3.5")), revenue.prizes(), revenue.eligibility(),
                revenue.display(), revenue.revenue());
        ContestDefinition byConversions = new ContestDefinition("Ties by conversions", null, revenue.window(),
                Metric.REVENUE, ContestKind.RANKING, ContestRules.ranking().withMinimumToQualify(new BigDecimal("2"))
                .withTieBreaks(List.of(TieBreak.MORE_CONVERSIONS, TieBreak.EARLIEST_TO_SCORE, TieBreak.PARTNER_ID)),
                revenue.prizes(), revenue.eligibility(), revenue.display(), revenue.revenue());
        return Arbitraries.of(revenue, ranking, Fixtures.conversionsGoal(2), Fixtures.conversionsGoal(3), rate,
                revenueGoal, byConversions);
    }

    @Property
    void theWinnersAndRankingFromTheTotalsAreThoseOfTheRebuiltLedger(
            @ForAll("orders") List<LedgerScenario.Order> orders, @ForAll("contests") ContestDefinition contest,
            @ForAll long seed) {
        List<LedgerEntry> lines = new ArrayList<>(LedgerScenario.lines(orders));
        Collections.shuffle(lines, new Random(seed));
        Random random = new Random(seed);
        Map<String, Long> visits = new HashMap<>();
        for (String partner : LedgerScenario.PARTNERS) {
            if (random.nextInt(4) > 0) {
                visits.put(partner, (long) random.nextInt(6));
            }
        }
        ContestBoard rebuilt = ContestBoard.rebuild(Fixtures.running(LedgerScenario.CONTEST, contest,
                LedgerScenario.PARTNERS), lines, visits);

        TotalsBoard totals = new TotalsBoard(contest, Set.of(LedgerScenario.PARTNERS));
        credited(contest, lines).values().forEach(totals::totals);
        totals.recordVisits(visits);
        for (String partner : totals.goalCandidates()) {
            totals.partnerLines(partner, lines.stream().filter(line -> partnerOf(orders, line).equals(partner)).toList());
        }

        assertEquals(rebuilt.ranking(), totals.ranking());
        WinnerSelection selection = new WinnerSelection();
        assertEquals(selection.select(rebuilt), selection.select(totals));
    }

    /** The partners' totals as the crediting path keeps them, line by line in arrival order. */
    private static Map<String, PartnerTotals> credited(ContestDefinition contest, List<LedgerEntry> lines) {
        CreditLedger ledger = new CreditLedger(contest.metric());
        Map<String, PartnerTotals> totals = new HashMap<>();
        for (LedgerEntry line : lines) {
            CreditLedger.OrderChange change = ledger.record(line);
            if (change.partnerId() != null) {
                totals.compute(change.partnerId(), (partner, current) -> (current == null
                        ? PartnerTotals.zero(partner) : current).apply(change,
                        () -> ledger.latestContribution(partner)));
            }
        }
        return totals;
    }

    private static String partnerOf(List<LedgerScenario.Order> orders, LedgerEntry line) {
        return orders.stream().filter(order -> order.id().equals(line.orderId())).findFirst().orElseThrow().partner();
    }
}
