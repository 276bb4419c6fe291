package org.dgsm.node.reliability;

import java.util.List;

/**
 * Whether memory stayed bounded over a run: after a warm-up, the live heap of the last third of the samples is
 * compared with the first third, and a least-squares slope is given for the record. A leak shows as a last third
 * well above the first; noise from caches filling up and GC timing stays within {@code tolerance}.
 *
 * @param slopeBytesPerMinute heap growth per minute after warm-up (least squares)
 * @param firstThirdMaxBytes  highest live heap in the first third after warm-up
 * @param lastThirdMaxBytes   highest live heap in the last third
 */
public record MemoryTrend(int samplesUsed, double slopeBytesPerMinute, long firstThirdMaxBytes, long lastThirdMaxBytes,
                          boolean bounded) {

    /** Extra growth always allowed, whatever the ratio: a few MiB are GC noise, not a leak. */
    static final long ABSOLUTE_SLACK_BYTES = 4L << 20;

    /**
     * @param warmupSamples samples to skip at the start
     * @param tolerance     allowed ratio of last-third to first-third maximum (e.g. 1.25)
     */
    public static MemoryTrend of(List<MemorySample> samples, int warmupSamples, double tolerance) {
        List<MemorySample> used = samples.subList(Math.min(warmupSamples, samples.size()), samples.size());
        if (used.size() < 3) {
            throw new IllegalArgumentException("need at least 3 samples after warm-up, got " + used.size());
        }
        int third = used.size() / 3;
        long first = used.subList(0, third).stream().mapToLong(MemorySample::heapUsedBytes).max().orElseThrow();
        long last = used.subList(used.size() - third, used.size()).stream().mapToLong(MemorySample::heapUsedBytes)
                .max().orElseThrow();
        boolean bounded = last <= Math.max(first * tolerance, first + ABSOLUTE_SLACK_BYTES);
        return new MemoryTrend(used.size(), slope(used), first, last, bounded);
    }

    private static double slope(List<MemorySample> used) {
        double n = used.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (MemorySample s : used) {
            double x = s.elapsedSeconds() / 60.0;
            double y = s.heapUsedBytes();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }
}
