package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.TieBreak;
import com.affiliatecontests.engine.credit.CreditLedger.OrderChange;
import com.affiliatecontests.engine.credit.OrderValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

/** When "reached at" is read again, names' initials, and what a board and a rule set say about themselves. */
class TotalsAndNamesEdgesTest {

    private final Instant earlier = Instant.parse("2026-11-02T00:00:00Z");
    private final Instant reached = Instant.parse("2026-11-05T00:00:00Z");
    private final Instant latest = Instant.parse("2026-11-09T00:00:00Z");
    private final PartnerTotals totals = new PartnerTotals("P", BigDecimal.TEN, 1, 0, reached);

    @Test
    void aValueChangedAtTheSameMomentKeepsTheTimeTheScoreWasReached() {
        OrderChange partialReturn = new OrderChange("P", "O1", new OrderValue(BigDecimal.TEN, true, reached),
                new OrderValue(BigDecimal.ONE, true, reached));
        PartnerTotals after = totals.apply(partialReturn, () -> Optional.of(latest));
        assertEquals(reached, after.reachedAt());
        assertEquals(BigDecimal.ONE, after.total());
        assertEquals(1, after.conversions());
    }

    @Test
    void theOrderThatSetTheTimeMovingElsewhereReadsTheLatestContributionAgain() {
        OrderChange moved = new OrderChange("P", "O1", new OrderValue(BigDecimal.TEN, true, reached),
                new OrderValue(BigDecimal.TEN, true, earlier));
        assertEquals(latest, totals.apply(moved, () -> Optional.of(latest)).reachedAt());
        OrderChange gone = new OrderChange("P", "O1", new OrderValue(BigDecimal.TEN, true, reached), OrderValue.NONE);
        PartnerTotals none = totals.apply(gone, Optional::empty);
        assertEquals(null, none.reachedAt());
        assertEquals(0, none.conversions());
    }

    @Test
    void aChangeThatMovesNothingChangesNothing() {
        OrderValue same = new OrderValue(BigDecimal.TEN, true, reached);
        assertSame(totals, totals.apply(new OrderChange("P", "O1", same, same),
                () -> fail("nothing to read again")));
    }

    @Test
    void initialsSkipWhatIsNotAWord() {
        assertEquals("A. L.", PartnerNames.initials("-Ann  Lee-"));
        assertEquals("É. Z.", PartnerNames.initials(" élodie zola "));
    }

    @Test
    void aBoardKnowsItsContestAndParticipants() {
        var contest = Fixtures.running("C7", Fixtures.conversionsRanking(), "A", "B", "C");
        ContestBoard board = ContestBoard.live(contest);
        assertEquals("C7", board.contestId());
        assertEquals(contest.snapshot(), board.snapshot());
        Standings standings = new Standings(Fixtures.conversionsRanking(), List.of("A", "B", "C"));
        assertEquals(3, standings.participants());
    }

    @Test
    void parsedCodesAndTieBreakChains() {
        assertEquals(ContestKind.GOAL, ContestKind.parse("GOAL"));
        assertEquals(TieBreak.MORE_CONVERSIONS, TieBreak.parse("MORE_CONVERSIONS"));
        assertEquals(List.of(TieBreak.MORE_CONVERSIONS, TieBreak.PARTNER_ID),
                ContestRules.ranking().withTieBreaks(List.of(TieBreak.MORE_CONVERSIONS)).tieBreaks());
    }
}
