package com.affiliatecontests.engine.contest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricTest {

    @Test
    void onlyAConversionRateScoresVisits() {
        for (Metric metric : Metric.values()) {
            assertEquals(metric == Metric.CONVERSION_RATE, metric.scoresVisits(), metric.name());
        }
    }
}
