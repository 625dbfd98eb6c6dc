package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.RevenueRule;
import com.affiliatecontests.engine.credit.CreditLedger.OrderChange;
import com.affiliatecontests.engine.credit.OrderValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every participant's totals kept in ranking order as credits arrive, so that applying a credit
 * costs O(log n) and reading the leaderboard is a walk in order. Participants with no credit yet
 * stand at zero.
 */
public final class Standings {

    /** Conversion rates are kept to this many decimals. */
    public static final int RATE_SCALE = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Metric metric;
    private final ContestKind kind;
    private final ContestRules rules;
    private final Map<String, PartnerTally> tallies = new HashMap<>();
    private final TreeSet<PartnerTally> ranked;

    public Standings(ContestDefinition contest, Collection<String> participants) {
        this.metric = contest.metric();
        this.kind = contest.kind();
        this.rules = contest.rules();
        this.ranked = new TreeSet<>(TallyOrder.of(rules.tieBreaks()));
        for (String partnerId : participants) {
            PartnerTally tally = new PartnerTally(partnerId);
            rescore(tally);
            tallies.put(partnerId, tally);
            ranked.add(tally);
        }
    }

    public boolean isParticipant(String partnerId) {
        return tallies.containsKey(partnerId);
    }

    public int participants() {
        return tallies.size();
    }

    /**
     * Moves the partner's totals by one order's change. {@code latestContribution} is asked only
     * when the order that set the partner's "reached at" time stopped counting.
     */
    public void apply(OrderChange change, Supplier<Optional<Instant>> latestContribution) {
        PartnerTally tally = tallies.get(change.partnerId());
        if (tally == null || !change.moved()) {
            return;
        }
        OrderValue before = change.before();
        OrderValue after = change.after();
        ranked.remove(tally);
        tally.total = tally.total.add(after.value()).subtract(before.value());
        tally.conversions += (after.converted() ? 1 : 0) - (before.converted() ? 1 : 0);
        boolean sameMoment = before.contributes() && after.contributes()
                && before.completedAt().equals(after.completedAt());
        if (before.contributes() && !sameMoment && before.completedAt().equals(tally.reachedAt)) {
            tally.reachedAt = latestContribution.get().orElse(null);
        } else if (after.contributes() && (tally.reachedAt == null || after.completedAt().isAfter(tally.reachedAt))) {
            tally.reachedAt = after.completedAt();
        }
        rescore(tally);
        ranked.add(tally);
    }

    /** Sets the partner's tracked visits (an absolute count, so repeating it is harmless). */
    public void setVisits(String partnerId, long visits) {
        PartnerTally tally = tallies.get(partnerId);
        if (tally == null) {
            return;
        }
        ranked.remove(tally);
        tally.visits = visits;
        rescore(tally);
        ranked.add(tally);
    }

    private void rescore(PartnerTally tally) {
        if (metric == Metric.CONVERSION_RATE) {
            tally.score = tally.visits == 0 ? BigDecimal.ZERO.setScale(RATE_SCALE)
                    : BigDecimal.valueOf(tally.conversions).divide(BigDecimal.valueOf(tally.visits), RATE_SCALE,
                    RoundingMode.HALF_UP);
        } else {
            // one scale per metric, so equal scores are equal records whatever the order of arrival
            tally.score = tally.total.setScale(metric == Metric.REVENUE ? RevenueRule.SCALE : 0, RoundingMode.HALF_UP);
        }
        tally.qualified = tally.score.signum() > 0
                && tally.score.compareTo(rules.minimumToQualify()) >= 0
                && (metric != Metric.CONVERSION_RATE || tally.visits >= rules.minimumVisits())
                && (kind != ContestKind.GOAL_THEN_RANKING || tally.score.compareTo(rules.target()) >= 0);
    }

    /** All participants in ranking order, with ranks, places, progress and gaps. */
    public List<Standing> ranking() {
        List<Standing> rows = new ArrayList<>(ranked.size());
        int place = 0;
        int rank = 0;
        PartnerTally previous = null;
        BigDecimal gap = null;
        for (PartnerTally tally : ranked) {
            place++;
            if (previous == null || previous.qualified != tally.qualified
                    || previous.score.compareTo(tally.score) != 0) {
                rank = place;
                gap = previous == null || previous.score.compareTo(tally.score) <= 0 ? null
                        : previous.score.subtract(tally.score);
            }
            rows.add(new Standing(tally.partnerId, rank, place, tally.score, tally.conversions, tally.reachedAt,
                    tally.visits, tally.qualified, progress(tally.score), gap));
            previous = tally;
        }
        return rows;
    }

    private BigDecimal progress(BigDecimal score) {
        if (rules.target() == null || !kind.hasTarget()) {
            return null;
        }
        BigDecimal percent = score.multiply(HUNDRED).divide(rules.target(), 1, RoundingMode.DOWN);
        return percent.min(HUNDRED.setScale(1));
    }
}
