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
 * other partners' amounts hidden when the policy says so, and then no figure derived from them
 * either. Admins see everything.
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

    /**
     * The board an anonymous visitor of the store sees (the embeddable public leaderboard): the top N
     * rows as any other partner sees them, never a partner id, amounts only where the policy shows
     * them, and names at most as aliases, since a partner's legal name is no business of the public.
     */
    public Leaderboard forVisitor(List<Standing> ranking, DisplayPolicy policy, Map<String, PartnerProfile> partners,
                                  boolean provisional) {
        NameDisplay names = policy.names() == NameDisplay.FULL ? NameDisplay.ALIAS : policy.names();
        DisplayPolicy visitor = new DisplayPolicy(names, policy.showAmounts(), policy.topN(), 0);
        return present(ranking, null, visitor, partners, provisional, false);
    }

    /** The viewer's own standing (home page, contest summary), as the display policy lets the viewer see it. */
    public LeaderboardRow ownRow(Standing standing, DisplayPolicy policy) {
        return row(standing, standing.partnerId(), policy, Map.of(), false);
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

    /**
     * With amounts hidden, nothing shown may let the viewer work out another partner's score: not
     * the viewer's gap to the row above (its own score plus the gap is the score above), nor a
     * shared rank (it says "the same score as mine"), so rows are numbered by place. The order
     * of the rows and whether each qualifies stay, as they are what a leaderboard is.
     */
    private static LeaderboardRow row(Standing standing, String viewerId, DisplayPolicy policy,
                                      Map<String, PartnerProfile> partners, boolean admin) {
        boolean self = standing.partnerId().equals(viewerId);
        boolean open = admin || self;
        PartnerProfile profile = partners.getOrDefault(standing.partnerId(),
                PartnerProfile.of(standing.partnerId(), null));
        String name = admin ? PartnerNames.display(profile, NameDisplay.FULL)
                : self ? PartnerNames.own(profile, policy.names()) : PartnerNames.display(profile, policy.names());
        boolean othersShown = admin || policy.showAmounts();
        boolean amounts = open || othersShown;
        return new LeaderboardRow(othersShown ? standing.rank() : standing.place(), standing.place(),
                open ? standing.partnerId() : null, name,
                amounts ? standing.score() : null, amounts ? standing.progressPercent() : null,
                othersShown ? standing.gapToNext() : null, standing.qualified(), self);
    }
}
