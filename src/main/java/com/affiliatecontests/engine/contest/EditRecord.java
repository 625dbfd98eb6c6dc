package com.affiliatecontests.engine.contest;

import java.time.Instant;

/** One line of a contest's edit log: who changed which field, when, from what to what. */
public record EditRecord(String contestId, Instant at, String userLoginId, ContestField field, String oldValue,
                         String newValue) {
}
