package com.affiliatecontests.engine.fraud;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.LedgerEntry;
import com.affiliatecontests.engine.credit.OrderValue;
import com.affiliatecontests.engine.credit.Reversal;
import com.affiliatecontests.engine.credit.ReversalKind;
import com.affiliatecontests.engine.fraud.FlagReview.FlagStatus;
import com.affiliatecontests.engine.fraud.FlagReview.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13.6: a fraud flag is dismissed or its order excluded, once; an excluded order never counts again. */
class FlagReviewTest {

    private final FlagReview review = new FlagReview();
    private final Instant at = Fixtures.inNovember(2, 0);
    private final Credit credit = new Credit("C1", "P1", "O1", new BigDecimal("80.00"), at, "S1");

    @Test
    void anOpenFlagIsDismissedOnce() {
        assertEquals(FlagStatus.CLEARED, review.dismiss(FlagStatus.OPEN).status());
        assertEquals(Refusal.ALREADY_REVIEWED, review.dismiss(FlagStatus.CLEARED).refusal());
        assertEquals(Refusal.ALREADY_REVIEWED, review.dismiss(FlagStatus.CONFIRMED).refusal());
    }

    @Test
    void excludingAnOpenFlagsOrderReversesItWithTheSameKeyEveryTime() {
        FlagReview.Decision decision = review.exclude("C1", "O1", FlagStatus.OPEN, ContestStatus.ACTIVE, List.of(credit), "self-referral", at);
        assertFalse(decision.refused());
        assertEquals(FlagStatus.CONFIRMED, decision.status());
        Reversal line = decision.reversal().orElseThrow();
        assertEquals(ReversalKind.EXCLUDED, line.kind());
        assertTrue(line.isFull());
        assertEquals(Reversal.exclusion("C1", "O1", at.plusSeconds(60)).key(), line.key(), "one key per order and contest");
    }

    @Test
    void aSecondExclusionOfTheOrderIsRefusedWhicheverFlagAsksForIt() {
        List<LedgerEntry> excluded = List.of(credit, Reversal.exclusion("C1", "O1", at));
        assertEquals(Refusal.ALREADY_EXCLUDED, review.exclude("C1", "O1", FlagStatus.OPEN, ContestStatus.ACTIVE, excluded, "again", at).refusal());
        assertEquals(Refusal.ALREADY_EXCLUDED, review.exclude("C1", "O1", FlagStatus.CONFIRMED, ContestStatus.ACTIVE, excluded, "again", at).refusal());
    }

    @Test
    void anExclusionIsRefusedWithoutReasonCreditOrRunningContest() {
        assertEquals(Refusal.REASON_REQUIRED, review.exclude("C1", "O1", FlagStatus.OPEN, ContestStatus.ACTIVE, List.of(credit), "  ", at).refusal());
        assertEquals(Refusal.NOT_CREDITED, review.exclude("C1", "O1", FlagStatus.OPEN, ContestStatus.ACTIVE, List.of(), "x", at).refusal());
        assertEquals(Refusal.CONTEST_CLOSED, review.exclude("C1", "O1", FlagStatus.OPEN, ContestStatus.FINALIZED, List.of(credit), "x", at).refusal());
        assertFalse(review.exclude("C1", "O1", FlagStatus.OPEN, ContestStatus.ENDED, List.of(credit), "x", at).refused(),
                "an ended contest still moves its standings until it is finalized");
        assertEquals(Refusal.ALREADY_REVIEWED, review.exclude("C1", "O1", FlagStatus.CLEARED, ContestStatus.ACTIVE, List.of(credit), "x", at).refusal());
        assertEquals("AffiliateContestsFlagRefusalAlreadyExcluded", Refusal.ALREADY_EXCLUDED.labelKey());
    }

    /** An excluded order stays out: a later reopening, return or completion changes nothing, in any order of lines. */
    @Test
    void anExcludedOrderNeverCountsAgain() {
        Reversal exclusion = Reversal.exclusion("C1", "O1", at.plusSeconds(60));
        Reversal reopened = Reversal.full("C1", "O1", ReversalKind.REOPENED, at.plusSeconds(120), "S2");
        Credit again = new Credit("C1", "P1", "O1", new BigDecimal("80.00"), at.plusSeconds(180), "S3");
        Reversal returned = Reversal.partialReturn("C1", "O1", new BigDecimal("10.00"), at.plusSeconds(240), "R1");
        for (Metric metric : List.of(Metric.REVENUE, Metric.CONVERSIONS)) {
            assertEquals(BigDecimal.ZERO, OrderValue.of(List.of(credit, exclusion), metric).value());
            assertFalse(OrderValue.of(List.of(credit, exclusion, reopened, again, returned), metric).converted());
            assertEquals(BigDecimal.ZERO, OrderValue.of(List.of(again, returned, exclusion, credit, reopened), metric).value());
        }
    }
}
