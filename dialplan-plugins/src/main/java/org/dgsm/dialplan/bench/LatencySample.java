package org.dgsm.dialplan.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one benchmark phase, and the JSON line that reports them. */
final class LatencySample {

    private final long[] nanos;
    private int count;
    private long errors;

    LatencySample(int capacity) {
        this.nanos = new long[capacity];
    }

    synchronized void record(long latencyNanos) {
        if (count < nanos.length) {
            nanos[count++] = latencyNanos;
        }
    }

    synchronized void error() {
        errors++;
    }

    /** Nearest-rank percentile in milliseconds; 0 when nothing was recorded. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    synchronized String json(String phase, int concurrency, long elapsedNanos) {
        double perSecond = elapsedNanos <= 0 ? 0 : count / (elapsedNanos / 1e9);
        return String.format(Locale.ROOT,
                "{\"bench\": \"dialplan-http\", \"phase\": \"%s\", \"concurrency\": %d, \"completed\": %d,"
                        + " \"errors\": %d, \"per_second\": %.0f, \"p50_ms\": %.3f, \"p90_ms\": %.3f,"
                        + " \"p99_ms\": %.3f, \"max_ms\": %.3f, \"elapsed_s\": %.3f}",
                phase, concurrency, count, errors, perSecond, percentileMillis(50), percentileMillis(90),
                percentileMillis(99), percentileMillis(100), elapsedNanos / 1e9);
    }
}
