package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.NameDisplay;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.affiliatecontests.engine.Fixtures.credit;
import static com.affiliatecontests.engine.Fixtures.inNovember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeaderboardPresenterTest {

    private final LeaderboardPresenter presenter = new LeaderboardPresenter();
    private final Map<String, PartnerProfile> partners = new HashMap<>();
    private List<Standing> ranking;

    LeaderboardPresenterTest() {
        String[] ids = new String[20];
        for (int i = 0; i < 20; i++) {
            ids[i] = String.format("P%02d", i);
            partners.put(ids[i], new PartnerProfile(ids[i], "Partner Number" + i, i % 2 == 0 ? "Fox" + i : null,
                    Map.of()));
        }
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", Fixtures.revenueRace(), ids));
        for (int i = 0; i < 20; i++) {
            board.record(credit("C1", ids[i], "O" + i, String.valueOf(1000 - i * 10), inNovember(2, 0)));
        }
        ranking = board.ranking();
    }

    @Test
    void partnerSeesTopRowsAndItsOwnNeighbourhood() {
        Leaderboard view = presenter.forPartner(ranking, "P12", new DisplayPolicy(NameDisplay.ALIAS, true, 5, 2),
                partners, true);
        assertEquals(List.of(1, 2, 3, 4, 5), view.top().stream().map(LeaderboardRow::rank).toList());
        assertEquals(List.of(11, 12, 13, 14, 15), view.aroundViewer().stream().map(LeaderboardRow::rank).toList());
        assertEquals(13, view.viewer().rank());
        assertTrue(view.viewer().viewer());
        assertEquals("P12", view.viewer().partnerId());
        assertEquals("Partner Number12", view.viewer().displayName());
        assertEquals(20, view.participants());
        assertTrue(view.provisional());
    }

    @Test
    void othersAreShownAsAliasesOrInitialsAndNeverByPartyId() {
        Leaderboard view = presenter.forPartner(ranking, "P12", new DisplayPolicy(NameDisplay.ALIAS, true, 3, 0),
                partners, false);
        assertEquals(List.of("Fox0", "P. N.", "Fox2"), view.top().stream().map(LeaderboardRow::displayName).toList());
        view.top().forEach(row -> assertNull(row.partnerId()));
        Leaderboard initials = presenter.forPartner(ranking, "P12",
                new DisplayPolicy(NameDisplay.INITIALS, true, 1, 0), partners, false);
        assertEquals("P. N.", initials.top().get(0).displayName());
    }

    @Test
    void hiddenAmountsStayHiddenExceptOnTheViewersOwnRow() {
        Leaderboard view = presenter.forPartner(ranking, "P01", new DisplayPolicy(NameDisplay.FULL, false, 3, 1),
                partners, false);
        assertNull(view.top().get(0).score());
        assertNull(view.top().get(0).gapToNext());
        assertEquals(new BigDecimal("990.00"), view.top().get(1).score());
        assertTrue(view.top().get(1).viewer());
        assertTrue(view.aroundViewer().isEmpty(), "the viewer is already in the top rows");
    }

    @Test
    void adminsSeeEverything() {
        Leaderboard view = presenter.forAdmin(ranking, 50, partners, false);
        assertEquals(20, view.top().size());
        assertEquals("P00", view.top().get(0).partnerId());
        assertEquals(new BigDecimal("1000.00"), view.top().get(0).score());
    }

    @Test
    void initialsHandleHyphensAndSingleNames() {
        assertEquals("J. L. D.", PartnerNames.initials("Jean-Luc Dupont"));
        assertEquals("C.", PartnerNames.initials("cher"));
    }
}
