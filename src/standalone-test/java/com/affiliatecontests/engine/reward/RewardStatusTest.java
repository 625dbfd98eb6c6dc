package com.affiliatecontests.engine.reward;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RewardStatusTest {

    @Test
    void onlyTheDocumentedTransitionsAreAllowed() {
        EnumSet<RewardStatus> none = EnumSet.noneOf(RewardStatus.class);
        for (RewardStatus from : RewardStatus.values()) {
            for (RewardStatus to : RewardStatus.values()) {
                boolean expected = switch (to) {
                    case APPROVED -> false;
                    case ISSUING -> from == RewardStatus.APPROVED || from == RewardStatus.FAILED;
                    case ISSUED, FAILED -> from == RewardStatus.ISSUING;
                    case VOIDED -> from == RewardStatus.ISSUED;
                };
                assertEquals(expected, from.canMoveTo(to), from + " -> " + to);
            }
        }
        assertEquals(none, RewardStatus.APPROVED.from());
    }

    @Test
    void anIssueRequestClaimsOnlyAnApprovedOrFailedReward() {
        assertEquals(RewardStatus.IssueStep.CLAIM, RewardStatus.APPROVED.issueStep());
        assertEquals(RewardStatus.IssueStep.CLAIM, RewardStatus.FAILED.issueStep());
        assertEquals(RewardStatus.IssueStep.ALREADY_ISSUED, RewardStatus.ISSUED.issueStep());
        assertEquals(RewardStatus.IssueStep.IN_PROGRESS, RewardStatus.ISSUING.issueStep());
        assertEquals(RewardStatus.IssueStep.REFUSED, RewardStatus.VOIDED.issueStep());
        for (RewardStatus status : RewardStatus.values()) {
            assertEquals(status.issueStep() == RewardStatus.IssueStep.CLAIM, status.canMoveTo(RewardStatus.ISSUING));
        }
    }

    @Test
    void statusAndKindIdsRoundTrip() {
        assertEquals("AFFC_RWS_ISSUED", RewardStatus.ISSUED.statusId());
        for (RewardStatus status : RewardStatus.values()) {
            assertEquals(Optional.of(status), RewardStatus.fromStatusId(status.statusId()));
        }
        assertTrue(RewardStatus.fromStatusId("AFFC_RW_PENDING").isEmpty());
        assertEquals("AFFC_RK_STORE_CREDIT", RewardKind.STORE_CREDIT.enumId());
        for (RewardKind kind : RewardKind.values()) {
            assertEquals(Optional.of(kind), RewardKind.fromEnumId(kind.enumId()));
            assertEquals(kind != RewardKind.OTHER, kind.paysAmount());
            assertEquals(kind == RewardKind.PROMO_CODE, kind.needsPromotion());
        }
        assertTrue(RewardKind.fromEnumId("STORE_CREDIT").isEmpty());
        assertFalse(RewardKind.fromEnumId(null).isPresent());
    }

    @Test
    void errorLabelKeysAreCamelCase() {
        assertEquals("AffiliateContestsRewardErrorOverBudget", RewardError.OVER_BUDGET.labelKey());
        assertEquals("AffiliateContestsRewardErrorVoided", RewardError.VOIDED.labelKey());
    }
}
