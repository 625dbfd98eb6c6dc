package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.NameDisplay;
import com.affiliatecontests.engine.eligibility.PartnerProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cuts a ranking down to what one viewer may see under the contest's display policy: the top N
 * rows and the viewer's own row with its ±k neighbours; names in full, as aliases or initials;
 * other partners' amounts hidden when the policy says so. Admins see everything.
 */
public final class LeaderboardPresenter {

    public Leaderboard forPartner(List<Standing> ranking, String viewerId, DisplayPolicy policy,
                                  Map<String, PartnerProfile> partners, boolean provisional) {
        Objects.requireNonNull(viewerId, "viewerId");
        return present(ranking, viewerId, policy, partners, provisional, false);
    }

    public Leaderboard forAdmin(List<Standing> ranking, int topN, Map<String, PartnerProfile> partners,
                                boolean provisional) {
        return present(ranking, null, new DisplayPolicy(NameDisplay.FULL, true, topN, 0), partners, provisional,
                true);
    }

    private Leaderboard present(List<Standing> ranking, String viewerId, DisplayPolicy policy,
                                Map<String, PartnerProfile> partners, boolean provisional, boolean admin) {
        int viewerIndex = -1;
        if (viewerId != null) {
            for (int i = 0; i < ranking.size(); i++) {
                if (ranking.get(i).partnerId().equals(viewerId)) {
                    viewerIndex = i;
                    break;
                }
            }
        }
        int topCount = Math.min(policy.topN(), ranking.size());
        List<LeaderboardRow> top = new ArrayList<>(topCount);
        for (int i = 0; i < topCount; i++) {
            top.add(row(ranking.get(i), viewerId, policy, partners, admin));
        }
        List<LeaderboardRow> around = new ArrayList<>();
        if (viewerIndex >= topCount) {
            int from = Math.max(topCount, viewerIndex - policy.neighbours());
            int to = Math.min(ranking.size() - 1, viewerIndex + policy.neighbours());
            for (int i = from; i <= to; i++) {
                around.add(row(ranking.get(i), viewerId, policy, partners, admin));
            }
        }
        LeaderboardRow viewer = viewerIndex < 0 ? null : row(ranking.get(viewerIndex), viewerId, policy, partners,
                admin);
        return new Leaderboard(top, around, viewer, ranking.size(), provisional);
    }

    private static LeaderboardRow row(Standing standing, String viewerId, DisplayPolicy policy,
                                      Map<String, PartnerProfile> partners, boolean admin) {
        boolean self = standing.partnerId().equals(viewerId);
        boolean open = admin || self;
        PartnerProfile profile = partners.getOrDefault(standing.partnerId(),
                PartnerProfile.of(standing.partnerId(), null));
        String name = open ? PartnerNames.display(profile, NameDisplay.FULL) : PartnerNames.display(profile,
                policy.names());
        boolean amounts = open || policy.showAmounts();
        return new LeaderboardRow(standing.rank(), standing.place(), open ? standing.partnerId() : null, name,
                amounts ? standing.score() : null, amounts ? standing.progressPercent() : null,
                amounts ? standing.gapToNext() : null, standing.qualified(), self);
    }
}
