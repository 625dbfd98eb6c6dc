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
        assertEquals("Fox12", view.viewer().displayName(), "aliases shown: my own row shows my alias, not my legal name");
        assertEquals(20, view.participants());
        assertTrue(view.provisional());
    }

    @Test
    void theViewersOwnRowShowsItsAliasUnlessTheRulesShowFullNames() {
        assertEquals("Fox12", presenter.forPartner(ranking, "P12", new DisplayPolicy(NameDisplay.ALIAS, true, 3, 1), partners, true)
                .aroundViewer().stream().filter(LeaderboardRow::viewer).findFirst().orElseThrow().displayName());
        assertEquals("Fox12", presenter.forPartner(ranking, "P12", new DisplayPolicy(NameDisplay.INITIALS, true, 3, 1), partners, true)
                .viewer().displayName(), "initials for others, my alias for me");
        assertEquals("Partner Number13", presenter.forPartner(ranking, "P13", new DisplayPolicy(NameDisplay.ALIAS, true, 3, 1),
                partners, true).viewer().displayName(), "without an alias, my own name");
        assertEquals("Partner Number12", presenter.forPartner(ranking, "P12", new DisplayPolicy(NameDisplay.FULL, true, 3, 1),
                partners, true).viewer().displayName());
        assertEquals("Partner Number12", presenter.forAdmin(ranking, 20, partners, true).top().get(12).displayName(),
                "the admin sees legal names");
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

    /** Issue 12 item 1: 21 + "6 to move up a place" gave the hidden 27 above. */
    @Test
    void withAmountsHiddenTheViewersGapToTheRowAboveIsNotShown() {
        List<Standing> club = List.of(
                new Standing("A", 1, 1, new BigDecimal("27"), 27, null, 0, true, new BigDecimal("100.0"), null),
                new Standing("B", 2, 2, new BigDecimal("21"), 21, null, 0, true, new BigDecimal("100.0"),
                        new BigDecimal("6")));
        DisplayPolicy hidden = new DisplayPolicy(NameDisplay.INITIALS, false, 10, 2);
        LeaderboardRow mine = presenter.forPartner(club, "B", hidden, partners, true).viewer();
        assertEquals(new BigDecimal("21"), mine.score(), "my own score is still mine to see");
        assertNull(mine.gapToNext());
        assertNull(presenter.ownRow(club.get(1), hidden).gapToNext());
        DisplayPolicy shown = new DisplayPolicy(NameDisplay.INITIALS, true, 10, 2);
        assertEquals(new BigDecimal("6"), presenter.forPartner(club, "B", shown, partners, true).viewer().gapToNext());
        assertEquals(new BigDecimal("6"), presenter.ownRow(club.get(1), shown).gapToNext());
    }

    /** A shared rank says "same score as mine": with amounts hidden, rows are numbered by place. */
    @Test
    void withAmountsHiddenSharedRanksAreShownAsPlaces() {
        List<Standing> tied = List.of(
                new Standing("A", 1, 1, new BigDecimal("30"), 30, null, 0, true, null, null),
                new Standing("B", 2, 2, new BigDecimal("21"), 21, null, 0, true, null, new BigDecimal("9")),
                new Standing("C", 2, 3, new BigDecimal("21"), 21, null, 0, true, null, new BigDecimal("9")));
        DisplayPolicy hidden = new DisplayPolicy(NameDisplay.INITIALS, false, 10, 2);
        Leaderboard view = presenter.forPartner(tied, "C", hidden, partners, true);
        assertEquals(List.of(1, 2, 3), view.top().stream().map(LeaderboardRow::rank).toList());
        assertEquals(3, view.viewer().rank());
        assertEquals(3, presenter.ownRow(tied.get(2), hidden).rank());
        DisplayPolicy shown = new DisplayPolicy(NameDisplay.INITIALS, true, 10, 2);
        assertEquals(List.of(1, 2, 2), presenter.forPartner(tied, "C", shown, partners, true).top().stream()
                .map(LeaderboardRow::rank).toList());
        LeaderboardRow own = presenter.ownRow(tied.get(2), shown);
        assertEquals(2, own.rank());
        assertEquals(3, own.place());
        assertEquals("C", own.partnerId());
        assertTrue(own.viewer());
        assertTrue(own.qualified());
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
