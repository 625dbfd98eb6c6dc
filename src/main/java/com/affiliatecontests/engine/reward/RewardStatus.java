package com.affiliatecontests.engine.reward;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The life of one reward (one per contest, partner and prize tier): approved, then claimed for
 * issuing by exactly one caller, then issued or failed (a failure can be claimed again), and an
 * issued reward can be voided. Stored as the StatusItem {@code AFFC_RWS_<name>}.
 */
public enum RewardStatus {
    APPROVED,
    ISSUING,
    ISSUED,
    FAILED,
    VOIDED;

    private static final String PREFIX = "AFFC_RWS_";

    public String statusId() {
        return PREFIX + name();
    }

    public static Optional<RewardStatus> fromStatusId(String statusId) {
        return Arrays.stream(values()).filter(s -> s.statusId().equals(statusId)).findFirst();
    }

    /** The statuses from which this one can be reached. */
    public Set<RewardStatus> from() {
        return switch (this) {
            case APPROVED -> EnumSet.noneOf(RewardStatus.class);
            case ISSUING -> EnumSet.of(APPROVED, FAILED);
            case ISSUED, FAILED -> EnumSet.of(ISSUING);
            case VOIDED -> EnumSet.of(ISSUED);
        };
    }

    public boolean canMoveTo(RewardStatus next) {
        return next.from().contains(this);
    }

    /** What a request to issue finds in this status. */
    public IssueStep issueStep() {
        return switch (this) {
            case APPROVED, FAILED -> IssueStep.CLAIM;
            case ISSUED -> IssueStep.ALREADY_ISSUED;
            case ISSUING -> IssueStep.IN_PROGRESS;
            case VOIDED -> IssueStep.REFUSED;
        };
    }

    /** What a request to issue does. */
    public enum IssueStep {
        /** Take the reward for issuing (the locked transition to ISSUING), then issue it. */
        CLAIM,
        /** Nothing: a repeated request (a retry, a double click) changes nothing. */
        ALREADY_ISSUED,
        /** Another caller is issuing it now. */
        IN_PROGRESS,
        /** A voided reward is never issued again. */
        REFUSED
    }
}
