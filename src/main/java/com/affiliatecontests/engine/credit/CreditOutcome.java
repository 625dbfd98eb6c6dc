package com.affiliatecontests.engine.credit;

/** What recording a ledger line did. */
public record CreditOutcome(Result result, CreditRefusal refusal, String detail) {

    public enum Result {
        /** The line was recorded and the standings moved accordingly. */
        APPLIED,
        /** The same line was already recorded: nothing changed. */
        DUPLICATE,
        /** The line was refused for the reason given: nothing changed. */
        REFUSED
    }

    public static final CreditOutcome APPLIED = new CreditOutcome(Result.APPLIED, null, null);
    public static final CreditOutcome DUPLICATE = new CreditOutcome(Result.DUPLICATE, null, null);

    public static CreditOutcome refused(CreditRefusal reason, String detail) {
        return new CreditOutcome(Result.REFUSED, reason, detail);
    }

    public boolean applied() {
        return result == Result.APPLIED;
    }
}
