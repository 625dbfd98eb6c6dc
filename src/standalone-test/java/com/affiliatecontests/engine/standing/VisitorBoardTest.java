package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.NameDisplay;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.affiliatecontests.engine.Fixtures.credit;
import static com.affiliatecontests.engine.Fixtures.inNovember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public board of the storefront: what an anonymous visitor sees, never more than an outside partner. */
class VisitorBoardTest {

    private final LeaderboardPresenter presenter = new LeaderboardPresenter();
    private final Map<String, PartnerProfile> partners = new HashMap<>();
    private final List<Standing> ranking;

    VisitorBoardTest() {
        String[] ids = new String[8];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "P" + i;
            partners.put(ids[i], new PartnerProfile(ids[i], "Legal Name" + i, i % 2 == 0 ? "Alias" + i : null, Map.of()));
        }
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", Fixtures.revenueRace(), ids));
        for (int i = 0; i < ids.length; i++) {
            board.record(credit("C1", ids[i], "O" + i, String.valueOf(900 - i * 100), inNovember(2, 0)));
        }
        ranking = board.ranking();
    }

    @Test
    void aVisitorSeesTheTopRowsAsAnOutsidePartnerButNeverFullNames() {
        Leaderboard visitor = presenter.forVisitor(ranking, new DisplayPolicy(NameDisplay.FULL, true, 3, 2), partners, true);
        Leaderboard outsider = presenter.forPartner(ranking, "NOBODY", new DisplayPolicy(NameDisplay.ALIAS, true, 3, 2), partners, true);
        assertEquals(outsider, visitor);
        assertEquals(List.of("Alias0", "L. N.", "Alias2"), visitor.top().stream().map(LeaderboardRow::displayName).toList());
        visitor.top().forEach(row -> {
            assertNull(row.partnerId());
            assertFalse(row.viewer());
        });
        assertTrue(visitor.aroundViewer().isEmpty());
        assertNull(visitor.viewer());
        assertEquals(8, visitor.participants());
        assertTrue(visitor.provisional());
    }

    @Test
    void hiddenAmountsStayHiddenAndRowsAreNumberedByPlace() {
        Leaderboard visitor = presenter.forVisitor(ranking, new DisplayPolicy(NameDisplay.INITIALS, false, 4, 1), partners, false);
        assertEquals(4, visitor.top().size());
        visitor.top().forEach(row -> {
            assertNull(row.score());
            assertNull(row.progressPercent());
            assertNull(row.gapToNext());
            assertEquals(row.place(), row.rank());
        });
        assertEquals("L. N.", visitor.top().get(0).displayName());
        assertFalse(visitor.provisional());
        Leaderboard aliases = presenter.forVisitor(ranking, new DisplayPolicy(NameDisplay.ALIAS, false, 2, 0), partners, false);
        assertEquals(List.of("Alias0", "L. N."), aliases.top().stream().map(LeaderboardRow::displayName).toList());
    }
}
