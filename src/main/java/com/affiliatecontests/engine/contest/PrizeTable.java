package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The prize tiers of a contest, sorted by place; places start at 1 with no overlap and no gap. */
public record PrizeTable(List<PrizeTier> tiers) {

    public PrizeTable {
        tiers = tiers == null ? List.of()
                : tiers.stream().sorted(Comparator.comparingInt(PrizeTier::fromPlace)).toList();
    }

    public static PrizeTable of(PrizeTier... tiers) {
        return new PrizeTable(List.of(tiers));
    }

    public Optional<PrizeTier> forPlace(int place) {
        return tiers.stream().filter(t -> t.covers(place)).findFirst();
    }

    /** The number of places that win a prize, or {@link Integer#MAX_VALUE} when the last tier is open-ended. */
    public int placesCovered() {
        return tiers.isEmpty() ? 0 : tiers.get(tiers.size() - 1).lastPlace();
    }

    void validate(ContestKind kind, Problems problems) {
        if (tiers.isEmpty()) {
            problems.check(kind != ContestKind.RANKING && kind != ContestKind.GOAL_THEN_RANKING, "prizes",
                    ValidationCode.PRIZES_REQUIRED, "a ranking contest needs at least one prize tier");
            return;
        }
        int expectedNext = 1;
        for (int i = 0; i < tiers.size(); i++) {
            PrizeTier tier = tiers.get(i);
            String field = "prizes[" + i + "]";
            if (tier.prize() == null || tier.prize().isBlank()) {
                problems.add(field + ".prize", ValidationCode.REQUIRED, "each prize tier needs a prize");
            }
            if (tier.amount() != null && tier.amount().signum() < 0) {
                problems.add(field + ".amount", ValidationCode.NEGATIVE_PRIZE, "a prize amount cannot be negative");
            }
            if (tier.amount() != null && (tier.currency() == null || !tier.currency().matches("[A-Z]{3}"))) {
                problems.add(field + ".currency", ValidationCode.CURRENCY_REQUIRED,
                        "a prize amount needs a 3-letter currency");
            }
            if (tier.fromPlace() < 1 || (tier.toPlace() != null && tier.toPlace() < tier.fromPlace())) {
                problems.add(field + ".places", ValidationCode.PRIZE_PLACE_INVALID,
                        "places must start at 1 and the range must not end before it starts");
                return;
            }
            if (tier.fromPlace() < expectedNext) {
                problems.add(field + ".places", ValidationCode.OVERLAPPING_PLACES,
                        "places " + tier.fromPlace() + " to " + tier.lastPlace() + " overlap another tier");
                return;
            }
            if (tier.fromPlace() > expectedNext) {
                problems.add(field + ".places", ValidationCode.MISSING_PLACES,
                        "no prize tier covers place " + expectedNext);
                return;
            }
            if (tier.openEnded() && i < tiers.size() - 1) {
                problems.add(field + ".places", ValidationCode.OPEN_TIER_NOT_LAST,
                        "only the last prize tier can be open-ended");
                return;
            }
            expectedNext = tier.openEnded() ? Integer.MAX_VALUE : tier.toPlace() + 1;
        }
    }
}
