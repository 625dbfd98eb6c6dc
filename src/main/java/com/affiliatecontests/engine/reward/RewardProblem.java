package com.affiliatecontests.engine.reward;

import java.util.Objects;

/** One refused piece of reward input: the field it is about and what is wrong with it. */
public record RewardProblem(String field, RewardError error) {

    public RewardProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(error, "error");
    }
}
