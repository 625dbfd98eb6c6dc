package com.affiliatecontests.engine.fraud;

import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.LedgerEntry;
import com.affiliatecontests.engine.credit.Reversal;
import com.affiliatecontests.engine.credit.ReversalKind;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An admin's review of a fraud flag: dismiss it (the credit stays), or exclude the flagged order from the contest
 * (a reversal line that takes the whole credit back for good, see {@link ReversalKind#EXCLUDED}). A flag is
 * reviewed once; an order is excluded once per contest, whichever of its flags leads to it; only a contest that
 * still moves its standings (active, or ended and not finalized) can lose an order; an exclusion needs a reason.
 */
public final class FlagReview {

    /** A flag's review status (OFBiz StatusItem AFFC_FL_...). */
    public enum FlagStatus {
        OPEN, CLEARED, CONFIRMED;

        public String statusId() {
            return "AFFC_FL_" + name();
        }

        public static FlagStatus ofStatusId(String statusId) {
            return valueOf(statusId.substring("AFFC_FL_".length()));
        }
    }

    /** Why a review is refused; each has a label. */
    public enum Refusal {
        ALREADY_REVIEWED,
        ALREADY_EXCLUDED,
        NOT_CREDITED,
        CONTEST_CLOSED,
        REASON_REQUIRED;

        public String labelKey() {
            StringBuilder key = new StringBuilder("AffiliateContestsFlagRefusal");
            for (String word : name().split("_")) {
                key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            return key.toString();
        }
    }

    /** What a review does: the flag's new status and, for an exclusion, the reversal line to record; or a refusal. */
    public record Decision(FlagStatus status, Optional<Reversal> reversal, Refusal refusal) {
        public boolean refused() {
            return refusal != null;
        }

        static Decision refuse(Refusal refusal) {
            return new Decision(null, Optional.empty(), refusal);
        }
    }

    public Decision dismiss(FlagStatus current) {
        if (current != FlagStatus.OPEN) {
            return Decision.refuse(Refusal.ALREADY_REVIEWED);
        }
        return new Decision(FlagStatus.CLEARED, Optional.empty(), null);
    }

    /**
     * @param orderLines the contest's ledger lines of the flagged order, as read now
     * @param reason     the admin's reason, written on the reversal's audit
     */
    public Decision exclude(String contestId, String orderId, FlagStatus current, ContestStatus contest,
                            List<? extends LedgerEntry> orderLines, String reason, Instant at) {
        if (orderLines.stream().anyMatch(l -> l instanceof Reversal r && r.kind() == ReversalKind.EXCLUDED)) {
            return Decision.refuse(Refusal.ALREADY_EXCLUDED);
        }
        if (current != FlagStatus.OPEN) {
            return Decision.refuse(Refusal.ALREADY_REVIEWED);
        }
        if (!contest.acceptsCredits()) {
            return Decision.refuse(Refusal.CONTEST_CLOSED);
        }
        if (orderLines.stream().noneMatch(l -> l instanceof Credit)) {
            return Decision.refuse(Refusal.NOT_CREDITED);
        }
        if (reason == null || reason.isBlank()) {
            return Decision.refuse(Refusal.REASON_REQUIRED);
        }
        return new Decision(FlagStatus.CONFIRMED, Optional.of(Reversal.exclusion(contestId, orderId, at)), null);
    }
}
