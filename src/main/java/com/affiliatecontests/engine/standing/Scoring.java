package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.RevenueRule;
import com.affiliatecontests.engine.contest.TieBreak;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a contest's rules make of a partner's totals: its score (one scale per metric, so equal
 * scores are equal whatever the order of arrival), whether it qualifies, its progress to the
 * target, and the order of partners on the leaderboard.
 */
public final class Scoring {

    /** Conversion rates are kept to this many decimals. */
    public static final int RATE_SCALE = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final long SCORE_CEILING = 999_999_999_999_999_999L;
    /** Length of the qualification and score part that starts every sort key. */
    static final int SCORE_KEY_LENGTH = 19;
    private static final long TIME_CEILING = 999_999_999_999_999L;
    private static final long COUNT_CEILING = 999_999_999_999L;

    private final Metric metric;
    private final ContestKind kind;
    private final ContestRules rules;
    private final Comparator<ScoredPartner> order;

    public Scoring(ContestDefinition contest) {
        this.metric = contest.metric();
        this.kind = contest.kind();
        this.rules = contest.rules();
        this.order = new StandingOrder(rules.tieBreaks());
    }

    /**
     * Qualified partners need a score above zero, at least the minimum, the minimum visits for a
     * conversion rate, and the target in a goal-then-ranking contest.
     */
    public ScoredPartner score(PartnerTotals totals) {
        BigDecimal score;
        if (metric == Metric.CONVERSION_RATE) {
            score = totals.visits() == 0 ? BigDecimal.ZERO.setScale(RATE_SCALE)
                    : BigDecimal.valueOf(totals.conversions())
                    .divide(BigDecimal.valueOf(totals.visits()), RATE_SCALE, RoundingMode.HALF_UP);
        } else {
            score = totals.total().setScale(metric == Metric.REVENUE ? RevenueRule.SCALE : 0, RoundingMode.HALF_UP);
        }
        boolean qualified = score.signum() > 0
                && score.compareTo(rules.minimumToQualify()) >= 0
                && (metric != Metric.CONVERSION_RATE || totals.visits() >= rules.minimumVisits())
                && (kind != ContestKind.GOAL_THEN_RANKING || score.compareTo(rules.target()) >= 0);
        return new ScoredPartner(totals, score, qualified);
    }

    /** Qualified first, then by score, then by the contest's tie-break chain. */
    public Comparator<ScoredPartner> order() {
        return order;
    }

    /** Progress to the target in percent (0 to 100, one decimal), or null when the contest has no target. */
    public BigDecimal progress(BigDecimal score) {
        if (rules.target() == null || !kind.hasTarget()) {
            return null;
        }
        return score.multiply(HUNDRED).divide(rules.target(), 1, RoundingMode.DOWN).min(HUNDRED.setScale(1));
    }

    /**
     * Ranks partners already sorted by {@link #order()}: competition ranks (1, 2, 2, 4), places
     * (1, 2, 3, 4), progress and the gap to the next higher rank.
     */
    public List<Standing> rank(Iterable<ScoredPartner> sorted, int size) {
        return rank(sorted, size, null);
    }

    /**
     * Ranks a slice of the leaderboard that follows {@code above} (the standing of the row just
     * before the slice, or null when the slice starts at the top), so that a page of a long
     * leaderboard is ranked without reading the rows before it.
     */
    public List<Standing> rank(Iterable<ScoredPartner> sorted, int size, Standing above) {
        List<Standing> rows = new ArrayList<>(size);
        int place = above == null ? 0 : above.place();
        int rank = above == null ? 0 : above.rank();
        BigDecimal gap = above == null ? null : above.gapToNext();
        BigDecimal previousScore = above == null ? null : above.score();
        boolean previousQualified = above != null && above.qualified();
        for (ScoredPartner partner : sorted) {
            place++;
            if (previousScore == null || previousQualified != partner.qualified()
                    || previousScore.compareTo(partner.score()) != 0) {
                rank = place;
                gap = previousScore == null || previousScore.compareTo(partner.score()) <= 0 ? null
                        : previousScore.subtract(partner.score());
            }
            PartnerTotals totals = partner.totals();
            rows.add(new Standing(totals.partnerId(), rank, place, partner.score(), totals.conversions(),
                    totals.reachedAt(), totals.visits(), partner.qualified(), progress(partner.score()), gap));
            previousScore = partner.score();
            previousQualified = partner.qualified();
        }
        return rows;
    }

    /**
     * A text key whose plain ascending order is the leaderboard order, for databases: fixed-width
     * parts for qualification, score (inverted), then the tie-break chain (reached-at time, inverted
     * conversions), the partner id last. Stored with each standing row and indexed, it lets a page of
     * a long leaderboard, or a partner's place, be read with an index range instead of a sort.
     */
    public String sortKey(ScoredPartner partner) {
        StringBuilder key = new StringBuilder(80).append(partner.qualified() ? '0' : '1');
        long units = partner.score().movePointRight(RATE_SCALE).setScale(0, RoundingMode.DOWN).longValueExact();
        pad(key, SCORE_CEILING - units, 18);
        for (TieBreak tieBreak : rules.tieBreaks()) {
            switch (tieBreak) {
            case EARLIEST_TO_SCORE -> pad(key, partner.totals().reachedAt() == null ? TIME_CEILING
                    : partner.totals().reachedAt().toEpochMilli(), 15);
            case MORE_CONVERSIONS -> pad(key, COUNT_CEILING - partner.totals().conversions(), 12);
            case PARTNER_ID -> key.append(partner.partnerId());
            default -> throw new IllegalStateException("unknown tie-break " + tieBreak);
            }
        }
        return key.toString();
    }

    /**
     * The partner a sort key of this contest belongs to: the key's last part (the partner id always
     * ends the tie-break chain), after the fixed-width parts before it.
     */
    public String partnerIdOf(String sortKey) {
        return sortKey.substring(partnerIdAt());
    }

    /** Where the partner id starts in this contest's sort keys: everything before it is fixed-width. */
    public int partnerIdAt() {
        int at = SCORE_KEY_LENGTH;
        for (TieBreak tieBreak : rules.tieBreaks()) {
            if (tieBreak == TieBreak.PARTNER_ID) {
                return at;
            }
            at += switch (tieBreak) {
            case EARLIEST_TO_SCORE -> 15;
            case MORE_CONVERSIONS -> 12;
            default -> throw new IllegalStateException("unknown tie-break " + tieBreak);
            };
        }
        throw new IllegalStateException("the tie-break chain does not end with the partner id");
    }

    /** The part of {@link #sortKey} that only qualification and score make: keys before it outrank the partner. */
    public String scoreKey(ScoredPartner partner) {
        return sortKey(partner).substring(0, SCORE_KEY_LENGTH);
    }

    private static void pad(StringBuilder key, long value, int width) {
        String digits = Long.toString(value);
        key.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    /** The leaderboard order, written out by hand because it runs O(log n) times on every credit. */
    private static final class StandingOrder implements Comparator<ScoredPartner> {

        private final TieBreak[] chain;

        StandingOrder(List<TieBreak> tieBreaks) {
            this.chain = tieBreaks.toArray(TieBreak[]::new);
        }

        @Override
        public int compare(ScoredPartner a, ScoredPartner b) {
            if (a.qualified() != b.qualified()) {
                return a.qualified() ? -1 : 1;
            }
            int byScore = b.score().compareTo(a.score());
            if (byScore != 0) {
                return byScore;
            }
            for (TieBreak tieBreak : chain) {
                int result = switch (tieBreak) {
                case EARLIEST_TO_SCORE -> earliestFirst(a.totals(), b.totals());
                case MORE_CONVERSIONS -> Long.compare(b.totals().conversions(), a.totals().conversions());
                case PARTNER_ID -> a.partnerId().compareTo(b.partnerId());
                };
                if (result != 0) {
                    return result;
                }
            }
            return 0;
        }

        private static int earliestFirst(PartnerTotals a, PartnerTotals b) {
            if (a.reachedAt() == null || b.reachedAt() == null) {
                return a.reachedAt() == null ? (b.reachedAt() == null ? 0 : 1) : -1;
            }
            return a.reachedAt().compareTo(b.reachedAt());
        }
    }
}
