package org.dgsm.node.site;

import java.time.Duration;
import java.util.Objects;

/**
 * How a program is restarted and stopped.
 *
 * @param initialDelay  wait before the first restart after a failure (default 1 s)
 * @param maxDelay      the wait doubles with every failure in a row up to this (default 60 s)
 * @param stableAfter   a run at least this long counts as healthy: the next failure waits {@code initialDelay}
 *                      again (default 60 s)
 * @param stopGrace     after SIGTERM, wait this long before SIGKILL (default 5 s)
 * @param maxLogBytes   a log larger than this is moved to {@code <log>.1} (replacing it) before a (re)start
 *                      (default 10 MiB)
 */
public record SupervisionPolicy(Duration initialDelay, Duration maxDelay, Duration stableAfter, Duration stopGrace,
                                long maxLogBytes) {

    public static final SupervisionPolicy DEFAULT = new SupervisionPolicy(Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(5), 10L << 20);

    public SupervisionPolicy {
        requirePositive("initialDelay", initialDelay);
        requirePositive("maxDelay", maxDelay);
        requirePositive("stableAfter", stableAfter);
        requirePositive("stopGrace", stopGrace);
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
        }
        if (maxLogBytes < 1) {
            throw new IllegalArgumentException("maxLogBytes must be positive, got " + maxLogBytes);
        }
    }

    /** The wait before start number {@code failuresInARow + 1} after that many failures in a row (at least 1). */
    long delayMillis(int failuresInARow) {
        long delay = initialDelay.toMillis();
        long max = maxDelay.toMillis();
        for (int i = 1; i < failuresInARow && delay < max; i++) {
            delay *= 2;
        }
        return Math.min(delay, max);
    }

    private static void requirePositive(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }
}
