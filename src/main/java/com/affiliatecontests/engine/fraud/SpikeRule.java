package com.affiliatecontests.engine.fraud;

/**
 * A partner's credits in one hour are a spike when they exceed {@code multiple} times its median
 * count over the hours in which it had credits, and are at least {@code minimumCount} (so that a
 * partner going from one sale an hour to three is not flagged).
 */
public record SpikeRule(double multiple, int minimumCount) {

    public SpikeRule {
        if (multiple <= 1 || minimumCount < 1) {
            throw new IllegalArgumentException("a spike needs a multiple above 1 and a minimum count of at least 1");
        }
    }

    public static SpikeRule standard() {
        return new SpikeRule(5.0, 5);
    }
}
