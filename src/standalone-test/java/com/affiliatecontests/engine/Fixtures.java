package com.affiliatecontests.engine;

import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.contest.ContestWindow;
import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.PrizeTable;
import com.affiliatecontests.engine.contest.PrizeTier;
import com.affiliatecontests.engine.contest.RevenueRule;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Contests, windows and credits for tests. */
public final class Fixtures {

    public static final ContestWindow NOVEMBER = ContestWindow.of(LocalDateTime.of(2026, 11, 1, 0, 0),
            LocalDateTime.of(2026, 12, 1, 0, 0), "Europe/Paris");

    private Fixtures() {
    }

    public static Instant inNovember(int day, int hour) {
        return LocalDateTime.of(2026, 11, day, hour, 0).atZone(NOVEMBER.zone()).toInstant();
    }

    public static ContestDefinition revenueRace() {
        return new ContestDefinition("Monthly revenue race", "Most revenue in November", NOVEMBER, Metric.REVENUE,
                ContestKind.RANKING, ContestRules.ranking(),
                PrizeTable.of(PrizeTier.place(1, "500 EUR voucher"), new PrizeTier(2, 3, "100 EUR voucher",
                        new BigDecimal("100"), "EUR")),
                AudienceRule.allAffiliates(), DisplayPolicy.standard(), RevenueRule.grandTotal("EUR"));
    }

    public static ContestDefinition conversionsRanking() {
        return new ContestDefinition("Conversions", null, NOVEMBER, Metric.CONVERSIONS, ContestKind.RANKING,
                ContestRules.ranking(), PrizeTable.of(PrizeTier.place(1, "Gold"), PrizeTier.place(2, "Silver"),
                PrizeTier.place(3, "Bronze")), AudienceRule.allAffiliates(), DisplayPolicy.standard(), null);
    }

    public static ContestDefinition conversionsGoal(int target) {
        return new ContestDefinition("First to " + target, null, NOVEMBER, Metric.CONVERSIONS, ContestKind.GOAL,
                ContestRules.goal(BigDecimal.valueOf(target)), PrizeTable.of(new PrizeTier(1, null, "Badge", null,
                null)), AudienceRule.allAffiliates(), DisplayPolicy.standard(), null);
    }

    public static Contest running(String id, ContestDefinition definition, String... partners) {
        Map<String, String> reasons = new LinkedHashMap<>();
        Arrays.stream(partners).forEach(p -> reasons.put(p, "ALL_AFFILIATES"));
        return new Contest(id, definition, ContestStatus.ACTIVE, EligibilitySnapshot.of(inNovember(1, 0), reasons),
                null, 0);
    }

    public static Credit credit(String contestId, String partner, String order, String value, Instant at) {
        return new Credit(contestId, partner, order, new BigDecimal(value), at, "S-" + order);
    }
}
