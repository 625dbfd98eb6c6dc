package com.affiliatecontests.engine.reward;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A prize tier's places and what it pays: the key (contest, partner, tier) of a reward names it by {@code prizeSeqId}. */
public record RewardTier(String prizeSeqId, int fromPlace, Integer toPlace, RewardTerms terms) {

    public boolean covers(int place) {
        return place >= fromPlace && (toPlace == null || place <= toPlace);
    }

    /** The tier a winner's place wins, if any. */
    public static Optional<RewardTier> forPlace(List<RewardTier> tiers, int place) {
        return tiers.stream().filter(t -> t.covers(place)).findFirst();
    }

    /**
     * Why a partner cannot be approved for a reward: not a winner of the contest, its tier pays no
     * reward, or the tier's terms cannot be issued in the store. Empty when it can.
     */
    public static List<RewardProblem> approvalProblems(Integer winnerPlace, List<RewardTier> tiers,
            Set<String> storeCurrencies, boolean promotionExists) {
        if (winnerPlace == null) {
            return List.of(new RewardProblem("partyId", RewardError.NOT_A_WINNER));
        }
        Optional<RewardTier> tier = forPlace(tiers, winnerPlace);
        if (tier.isEmpty() || tier.get().terms() == null || tier.get().terms().kind() == null) {
            return List.of(new RewardProblem("prize", RewardError.NO_REWARD_FOR_TIER));
        }
        return tier.get().terms().problems(storeCurrencies, promotionExists);
    }
}
