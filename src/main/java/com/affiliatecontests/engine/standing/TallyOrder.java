package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.TieBreak;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Orders partners: qualified first, then by score, then by the contest's tie-break chain. */
final class TallyOrder {

    private TallyOrder() {
    }

    static Comparator<PartnerTally> of(List<TieBreak> tieBreaks) {
        Comparator<PartnerTally> order = Comparator.comparing((PartnerTally t) -> !t.qualified)
                .thenComparing(t -> t.score, Comparator.reverseOrder());
        for (TieBreak tieBreak : tieBreaks) {
            order = order.thenComparing(switch (tieBreak) {
                case EARLIEST_TO_SCORE -> Comparator.comparing((PartnerTally t) -> t.reachedAt,
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
                case MORE_CONVERSIONS -> Comparator.comparingLong((PartnerTally t) -> t.conversions).reversed();
                case PARTNER_ID -> Comparator.comparing((PartnerTally t) -> t.partnerId);
            });
        }
        return order;
    }
}
