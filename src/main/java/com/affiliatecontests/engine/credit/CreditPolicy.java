package com.affiliatecontests.engine.credit;

import com.affiliatecontests.engine.contest.ContestWindow;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a contest admits a credit: completed inside the window, for a partner in the snapshot,
 * with a value, and for an order not already credited to another partner. Shared by the in-memory
 * board and the OFBiz crediting service.
 */
public final class CreditPolicy {

    // resolved once: asking the zone rules on every credit is a hot-path cost
    private final Instant opensAt;
    private final Instant closesAt;

    public CreditPolicy(ContestWindow window) {
        this.opensAt = window.startInstant();
        this.closesAt = window.endInstant();
    }

    public Optional<CreditOutcome> refusal(Credit credit, boolean participant, Optional<String> creditedPartner) {
        if (credit.occurredAt().isBefore(opensAt) || !credit.occurredAt().isBefore(closesAt)) {
            return Optional.of(CreditOutcome.refused(CreditRefusal.OUTSIDE_WINDOW,
                    "order " + credit.orderId() + " completed at " + credit.occurredAt() + ", outside the window"));
        }
        if (!participant) {
            return Optional.of(CreditOutcome.refused(CreditRefusal.NOT_ELIGIBLE,
                    "partner " + credit.partnerId() + " does not compete in this contest"));
        }
        if (credit.value().signum() <= 0) {
            return Optional.of(CreditOutcome.refused(CreditRefusal.NO_VALUE,
                    "order " + credit.orderId() + " has no value to credit"));
        }
        if (creditedPartner.isPresent() && !creditedPartner.get().equals(credit.partnerId())) {
            return Optional.of(CreditOutcome.refused(CreditRefusal.CONFLICTING_PARTNER,
                    "order " + credit.orderId() + " is already credited to " + creditedPartner.get()));
        }
        return Optional.empty();
    }
}
