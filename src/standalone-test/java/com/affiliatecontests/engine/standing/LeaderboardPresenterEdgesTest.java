package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.NameDisplay;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the viewer's rows start and end, and every field of a row for the viewer, another partner and an admin. */
class LeaderboardPresenterEdgesTest {

    private final LeaderboardPresenter presenter = new LeaderboardPresenter();
    private final Map<String, PartnerProfile> partners = Map.of(
            "P0", new PartnerProfile("P0", "Ada Lovelace", "Countess", Map.of()),
            "P1", new PartnerProfile("P1", "Alan Turing", "Enigma", Map.of()));

    /** Six partners, 60 down to 10 (P1 and P2 tied at 50), with progress to a target of 100. */
    private static List<Standing> board() {
        List<Standing> rows = new ArrayList<>();
        int[] scores = {60, 50, 50, 30, 20, 10};
        int[] ranks = {1, 2, 2, 4, 5, 6};
        for (int i = 0; i < scores.length; i++) {
            BigDecimal gap = i == 0 ? null : BigDecimal.valueOf(scores[ranks[i] - 2] - scores[i]);
            rows.add(new Standing("P" + i, ranks[i], i + 1, BigDecimal.valueOf(scores[i]), scores[i], null, 0, true,
                    BigDecimal.valueOf(scores[i]), gap));
        }
        return rows;
    }

    private static List<String> places(List<LeaderboardRow> rows) {
        return rows.stream().map(r -> Integer.toString(r.place())).toList();
    }

    @Test
    void aViewerNotOnTheBoardSeesTheTopOnly() {
        Leaderboard view = presenter.forPartner(board(), "NOBODY", new DisplayPolicy(NameDisplay.ALIAS, true, 2, 2),
                partners, true);
        assertEquals(List.of("1", "2"), places(view.top()));
        assertTrue(view.aroundViewer().isEmpty());
        assertNull(view.viewer());
        assertEquals(6, view.participants());
        assertThrows(NullPointerException.class, () -> presenter.forPartner(board(), null,
                DisplayPolicy.standard(), partners, true));
    }

    @Test
    void theFirstRowBelowTheTopStartsTheViewersRows() {
        Leaderboard view = presenter.forPartner(board(), "P3", new DisplayPolicy(NameDisplay.ALIAS, true, 3, 1),
                partners, false);
        assertEquals(List.of("1", "2", "3"), places(view.top()));
        assertEquals(List.of("4", "5"), places(view.aroundViewer()), "never again a row of the top");
        assertEquals(4, view.viewer().place());
        assertFalse(view.provisional());
    }

    @Test
    void theLastRowEndsTheViewersRows() {
        Leaderboard view = presenter.forPartner(board(), "P5", new DisplayPolicy(NameDisplay.ALIAS, true, 1, 2),
                partners, true);
        assertEquals(List.of("4", "5", "6"), places(view.aroundViewer()));
        assertTrue(view.aroundViewer().get(2).viewer());
    }

    @Test
    void theLeaderSeesItsOwnRow() {
        Leaderboard view = presenter.forPartner(board(), "P0", new DisplayPolicy(NameDisplay.ALIAS, true, 1, 2),
                partners, true);
        assertEquals("P0", view.viewer().partnerId());
        assertTrue(view.aroundViewer().isEmpty());
        assertTrue(presenter.forPartner(board(), "P0", new DisplayPolicy(NameDisplay.ALIAS, true, 10, 2), partners,
                true).top().size() == 6, "no more rows than partners");
    }

    @Test
    void everyFieldWithAmountsShown() {
        Leaderboard view = presenter.forPartner(board(), "P2", new DisplayPolicy(NameDisplay.ALIAS, true, 10, 0),
                partners, true);
        LeaderboardRow other = view.top().get(1);
        assertEquals(new LeaderboardRow(2, 2, null, "Enigma", BigDecimal.valueOf(50), BigDecimal.valueOf(50),
                BigDecimal.valueOf(10), true, false), other);
        LeaderboardRow mine = view.top().get(2);
        assertEquals(new LeaderboardRow(2, 3, "P2", "P2", BigDecimal.valueOf(50), BigDecimal.valueOf(50),
                BigDecimal.valueOf(10), true, true), mine, "a shared rank, my gap");
    }

    @Test
    void everyFieldWithAmountsHidden() {
        Leaderboard view = presenter.forPartner(board(), "P2", new DisplayPolicy(NameDisplay.INITIALS, false, 10, 0),
                partners, true);
        assertEquals(new LeaderboardRow(1, 1, null, "A. L.", null, null, null, true, false), view.top().get(0));
        assertEquals(new LeaderboardRow(2, 2, null, "A. T.", null, null, null, true, false), view.top().get(1));
        assertEquals(new LeaderboardRow(3, 3, "P2", "P2", BigDecimal.valueOf(50), BigDecimal.valueOf(50), null, true,
                true), view.top().get(2), "my score and progress, no gap, my place as my rank");
        assertEquals(new LeaderboardRow(3, 3, "P2", "P2", BigDecimal.valueOf(50), BigDecimal.valueOf(50), null, true,
                true), view.viewer());
    }

    @Test
    void anAdminSeesEverythingOfEveryone() {
        Leaderboard view = presenter.forAdmin(board(), 3, partners, true);
        assertEquals(new LeaderboardRow(2, 2, "P1", "Alan Turing", BigDecimal.valueOf(50), BigDecimal.valueOf(50),
                BigDecimal.valueOf(10), true, false), view.top().get(1));
        assertEquals(3, view.top().size());
        assertNull(view.viewer());
        assertTrue(view.aroundViewer().isEmpty());
    }

    @Test
    void ownRowFollowsThePolicy() {
        Standing tied = board().get(2);
        assertEquals(new LeaderboardRow(2, 3, "P2", "P2", BigDecimal.valueOf(50), BigDecimal.valueOf(50),
                BigDecimal.valueOf(10), true, true), presenter.ownRow(tied, DisplayPolicy.standard()));
        assertEquals(new LeaderboardRow(3, 3, "P2", "P2", BigDecimal.valueOf(50), BigDecimal.valueOf(50), null, true,
                true), presenter.ownRow(tied, new DisplayPolicy(NameDisplay.ALIAS, false, 10, 2)));
    }
}
