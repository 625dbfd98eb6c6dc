package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.NameDisplay;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * With amounts hidden, what a partner is shown must not depend on the other partners' scores beyond
 * what a leaderboard is: their order and whether they qualify. Two boards in the same order, with
 * the same qualifications and the same score for the viewer, but other scores moved, must present
 * exactly the same figures to the viewer; anything that differs would let the viewer derive a hidden
 * score (as "21 + 6 to move up a place = 27" did).
 */
class HiddenAmountsPropertiesTest {

    private final LeaderboardPresenter presenter = new LeaderboardPresenter();

    @Property(tries = 400, maxDiscardRatio = 20)
    void nothingShownToAPartnerDependsOnHiddenScores(
            @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 30) Integer> scores,
            @ForAll @Size(12) List<@IntRange(min = 0, max = 4) Integer> moves,
            @ForAll @IntRange(min = 0, max = 11) int viewerPick,
            @ForAll ContestKind kind,
            @ForAll @IntRange(min = 0, max = 12) int minimum,
            @ForAll @IntRange(min = 1, max = 30) int target,
            @ForAll @IntRange(min = 1, max = 12) int topN,
            @ForAll @IntRange(min = 0, max = 3) int neighbours,
            @ForAll NameDisplay names) {
        ContestRules rules = (kind == ContestKind.RANKING ? ContestRules.ranking()
                : ContestRules.goal(BigDecimal.valueOf(target))).withMinimumToQualify(BigDecimal.valueOf(minimum));
        Scoring scoring = new Scoring(new ContestDefinition("Hidden", null, Fixtures.NOVEMBER, Metric.CONVERSIONS,
                kind, rules, null, null,
                DisplayPolicy.standard(), null));
        List<ScoredPartner> before = sorted(scoring, scores);
        int viewer = viewerPick % before.size();
        String viewerId = before.get(viewer).partnerId();

        // the same order, the viewer's score kept, every other score moved within its neighbours' bounds
        int[] moved = new int[before.size()];
        moved[viewer] = before.get(viewer).score().intValueExact();
        for (int i = viewer - 1; i >= 0; i--) {
            moved[i] = moved[i + 1] + moves.get(i);
        }
        for (int i = viewer + 1; i < moved.length; i++) {
            moved[i] = Math.max(0, moved[i - 1] - moves.get(i));
        }
        // moved[] is by position in "before": give each partner its new score by its id
        List<Integer> byId = new ArrayList<>(scores);
        for (int i = 0; i < before.size(); i++) {
            byId.set(Integer.parseInt(before.get(i).partnerId().substring(1)), moved[i]);
        }
        List<ScoredPartner> after = sorted(scoring, byId);
        Assume.that(ids(before).equals(ids(after)));
        Assume.that(before.stream().map(ScoredPartner::qualified).toList()
                .equals(after.stream().map(ScoredPartner::qualified).toList()));

        DisplayPolicy hidden = new DisplayPolicy(names, false, topN, neighbours);
        Map<String, PartnerProfile> profiles = profiles(before.size());
        Leaderboard shownBefore = presenter.forPartner(scoring.rank(before, before.size()), viewerId, hidden,
                profiles, true);
        Leaderboard shownAfter = presenter.forPartner(scoring.rank(after, after.size()), viewerId, hidden,
                profiles, true);
        assertEquals(shownBefore, shownAfter);
        Standing mine = scoring.rank(after, after.size()).get(viewer);
        assertEquals(figures(shownBefore.viewer()), figures(presenter.ownRow(mine, hidden)));
        assertEquals(presenter.ownRow(scoring.rank(before, before.size()).get(viewer), hidden),
                presenter.ownRow(mine, hidden));
        // and the viewer still sees its own score and place
        assertNotNull(shownBefore.viewer().score());
        assertEquals(before.get(viewer).score(), shownBefore.viewer().score());
        assertEquals(viewer + 1, shownBefore.viewer().place());
    }

    private static List<ScoredPartner> sorted(Scoring scoring, List<Integer> scores) {
        List<ScoredPartner> partners = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            partners.add(scoring.score(new PartnerTotals(String.format("P%02d", i), BigDecimal.valueOf(scores.get(i)),
                    scores.get(i), 0, null)));
        }
        partners.sort(scoring.order());
        return partners;
    }

    /** What a row shows as figures (the name aside: the home page's own row has none). */
    private static List<Object> figures(LeaderboardRow row) {
        return java.util.Arrays.asList(row.rank(), row.place(), row.partnerId(), row.score(), row.progressPercent(),
                row.gapToNext(), row.qualified(), row.viewer());
    }

    private static List<String> ids(List<ScoredPartner> partners) {
        return partners.stream().map(ScoredPartner::partnerId).toList();
    }

    private static Map<String, PartnerProfile> profiles(int count) {
        Map<String, PartnerProfile> profiles = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("P%02d", i);
            profiles.put(id, new PartnerProfile(id, "Partner Number" + i, i % 3 == 0 ? null : "Alias" + i, Map.of()));
        }
        return profiles;
    }
}
