package org.dgsm.node.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collects per-transaction latencies and renders the one JSON line every `dgsm bench` prints. */
public final class LatencyRecorder {

    private long[] nanos = new long[1024];
    private int count;
    private long errors;

    public synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    public synchronized void error() {
        errors++;
    }

    public synchronized int completed() {
        return count;
    }

    public synchronized long errors() {
        return errors;
    }

    /** Percentile by nearest rank, in milliseconds; 0 when nothing completed. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** {@code {"bench": ..., <extra>, "count": .., "completed": .., "per_second": .., "p50_ms": .., "p99_ms": .., "errors": ..}} */
    public synchronized String json(String bench, String extraFields, long requested, long elapsedNanos) {
        double perSecond = elapsedNanos <= 0 ? 0 : count / (elapsedNanos / 1e9);
        return String.format(Locale.ROOT,
                "{\"bench\": \"%s\", %s\"count\": %d, \"completed\": %d, \"per_second\": %.1f,"
                        + " \"p50_ms\": %.3f, \"p99_ms\": %.3f, \"errors\": %d, \"elapsed_s\": %.3f}",
                bench, extraFields, requested, count, perSecond, percentileMillis(50), percentileMillis(99), errors,
                elapsedNanos / 1e9);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c < 0x20 ? ' ' : c);
        }
        return b.append('"').toString();
    }
}
