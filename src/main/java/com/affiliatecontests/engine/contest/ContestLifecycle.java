package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** The moves of a contest through its states, each checked against the clock and the rules. */
public final class ContestLifecycle {

    /**
     * Launches a draft: freezes who competes, then the contest is ACTIVE when its start has come,
     * otherwise SCHEDULED. A window that has already ended cannot be launched.
     */
    public Contest launch(Contest contest, Collection<PartnerProfile> partners, Instant now) {
        require(contest, ContestStatus.SCHEDULED);
        ContestDefinition definition = contest.definition().validated();
        if (!now.isBefore(definition.window().endInstant())) {
            throw ValidationException.of("window.end", ValidationCode.END_BEFORE_NOW,
                    "the contest window has already ended");
        }
        EligibilitySnapshot snapshot = EligibilitySnapshot.take(definition.eligibility(), partners, now);
        ContestStatus status = now.isBefore(definition.window().startInstant())
                ? ContestStatus.SCHEDULED : ContestStatus.ACTIVE;
        return contest.withSnapshot(snapshot).withStatus(status);
    }

    /** Takes a scheduled contest back to draft for more edits; its snapshot is dropped. */
    public Contest unschedule(Contest contest) {
        require(contest, ContestStatus.DRAFT);
        return contest.withSnapshot(null).withStatus(ContestStatus.DRAFT);
    }

    public Contest cancel(Contest contest) {
        require(contest, ContestStatus.CANCELLED);
        return contest.withStatus(ContestStatus.CANCELLED);
    }

    /**
     * Finalizes an ended contest. Before the return window is over only an explicit early
     * finalization (an admin's decision) is allowed.
     */
    public Contest finalizeContest(Contest contest, Instant now, boolean early) {
        return finalizeContest(contest, now, early, 0);
    }

    /**
     * The same, refused while order events that may move the contest's credits are still waiting in the
     * crediting outbox: winners are decided on every order that has been completed, reopened or returned,
     * never on a ledger a pending event is about to change. The lifecycle job asks again later.
     */
    public Contest finalizeContest(Contest contest, Instant now, boolean early, long pendingEvents) {
        require(contest, ContestStatus.FINALIZED);
        if (!early && now.isBefore(contest.finalizableAt())) {
            throw ValidationException.of("status", ValidationCode.NOT_DUE,
                    "the return window is still open until " + contest.finalizableAt());
        }
        if (pendingEvents > 0) {
            throw ValidationException.of("status", ValidationCode.EVENTS_PENDING,
                    pendingEvents + " order events of the contest are still to be credited");
        }
        return contest.withStatus(ContestStatus.FINALIZED);
    }

    /**
     * The automatic move due at this instant, if any: SCHEDULED to ACTIVE at the start, ACTIVE to
     * ENDED at the end, ENDED to FINALIZED after the return window. Used by the scheduled job; asking
     * twice gives the same answer, so the job is idempotent.
     */
    public Optional<ContestStatus> dueTransition(Contest contest, Instant now) {
        ContestWindow window = contest.definition().window();
        return switch (contest.status()) {
        case SCHEDULED -> !now.isBefore(window.startInstant())
                ? Optional.of(ContestStatus.ACTIVE) : Optional.empty();
        case ACTIVE -> !now.isBefore(window.endInstant()) ? Optional.of(ContestStatus.ENDED) : Optional.empty();
        case ENDED -> !now.isBefore(contest.finalizableAt())
                ? Optional.of(ContestStatus.FINALIZED) : Optional.empty();
        default -> Optional.empty();
        };
    }

    /** Applies every transition due by now (a job that missed a whole window catches up). */
    public Contest advance(Contest contest, Instant now) {
        Contest current = contest;
        for (Optional<ContestStatus> due = dueTransition(current, now); due.isPresent();
                due = dueTransition(current, now)) {
            current = current.withStatus(due.get());
        }
        return current;
    }

    private static void require(Contest contest, ContestStatus target) {
        if (!contest.status().canMoveTo(target)) {
            throw ValidationException.of("status", ValidationCode.TRANSITION_NOT_ALLOWED,
                    "a " + contest.status() + " contest cannot become " + target);
        }
    }
}
