/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of affiliatecontests.
 */
package com.affiliatecontests.ofbiz.bench

import java.lang.management.ManagementFactory
import java.math.RoundingMode

/** Figures of benchmark timings: percentiles, ratios of medians with a bootstrap confidence interval, the machine's load. */
final class BenchStats {

    private BenchStats() {
    }

    /** Nanoseconds to milliseconds with 3 decimals. */
    static BigDecimal millis(double nanos) {
        return BigDecimal.valueOf(nanos).movePointLeft(6).setScale(3, RoundingMode.HALF_UP)
    }

    /** Median, p10 and p90 (milliseconds) and the number of runs. */
    static Map<String, Object> figures(List<Long> nanos) {
        long[] sorted = nanos as long[]
        Arrays.sort(sorted)
        return [median: millis(median(sorted)), p10: millis(sorted[(int) (sorted.length * 0.1)]),
                p90: millis(sorted[(int) (sorted.length * 0.9)]), runs: sorted.length]
    }

    static double median(long[] sorted) {
        int n = sorted.length
        return n % 2 == 1 ? sorted[n.intdiv(2)] : (sorted[n.intdiv(2) - 1] + sorted[n.intdiv(2)]) / 2.0d
    }

    /**
     * median(a) / median(b) and its 95% percentile bootstrap interval. The samples are paired (a[i] and
     * b[i] were measured in the same round, one right after the other), so rounds are resampled,
     * which keeps the machine's drifting load common to both arms.
     */
    static Map<String, BigDecimal> ratioOfMedians(List<Long> a, List<Long> b, int resamples, long seed) {
        assert a.size() == b.size() && !a.isEmpty()
        int n = a.size()
        long[] x = a as long[]
        long[] y = b as long[]
        SplittableRandom random = new SplittableRandom(seed)
        double[] ratios = new double[resamples]
        long[] sx = new long[n]
        long[] sy = new long[n]
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n)
                sx[i] = x[k]
                sy[i] = y[k]
            }
            Arrays.sort(sx)
            Arrays.sort(sy)
            ratios[r] = median(sx) / median(sy)
        }
        Arrays.sort(ratios)
        long[] ox = Arrays.copyOf(x, n)
        long[] oy = Arrays.copyOf(y, n)
        Arrays.sort(ox)
        Arrays.sort(oy)
        return [ratio: round(median(ox) / median(oy)), ciLow: round(ratios[(int) (resamples * 0.025)]),
                ciHigh: round(ratios[Math.min(resamples - 1, (int) (resamples * 0.975))])]
    }

    /** The 1-minute load average of the machine now (all its processes, not only this JVM). */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().systemLoadAverage
    }

    /** Median, minimum and maximum of load samples, and the number of CPUs. */
    static Map<String, Object> loadFigures(List<Double> samples) {
        List<Double> sorted = samples.sort(false)
        return [median: round(sorted[sorted.size().intdiv(2)]), min: round(sorted[0]), max: round(sorted[-1]),
                cpus: Runtime.runtime.availableProcessors()]
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP)
    }
}
