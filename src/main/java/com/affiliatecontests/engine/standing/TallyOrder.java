package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.TieBreak;

import java.util.Comparator;
import java.util.List;

/**
 * Orders partners: qualified first, then by score, then by the contest's tie-break chain. Written
 * out by hand rather than chained from lambdas because it runs on every credit (O(log n) times).
 */
final class TallyOrder implements Comparator<PartnerTally> {

    private final TieBreak[] chain;

    private TallyOrder(List<TieBreak> tieBreaks) {
        this.chain = tieBreaks.toArray(TieBreak[]::new);
    }

    static Comparator<PartnerTally> of(List<TieBreak> tieBreaks) {
        return new TallyOrder(tieBreaks);
    }

    @Override
    public int compare(PartnerTally a, PartnerTally b) {
        if (a == b) {
            return 0;
        }
        if (a.qualified != b.qualified) {
            return a.qualified ? -1 : 1;
        }
        int byScore = b.score.compareTo(a.score);
        if (byScore != 0) {
            return byScore;
        }
        for (TieBreak tieBreak : chain) {
            int result = switch (tieBreak) {
                case EARLIEST_TO_SCORE -> earliestFirst(a, b);
                case MORE_CONVERSIONS -> Long.compare(b.conversions, a.conversions);
                case PARTNER_ID -> a.partnerId.compareTo(b.partnerId);
            };
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private static int earliestFirst(PartnerTally a, PartnerTally b) {
        if (a.reachedAt == null || b.reachedAt == null) {
            return a.reachedAt == null ? (b.reachedAt == null ? 0 : 1) : -1;
        }
        return a.reachedAt.compareTo(b.reachedAt);
    }
}
