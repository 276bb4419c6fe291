package org.dgsm.smpp.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * When to try a queued SMS again: exponential backoff from {@code initialDelay}, multiplied by {@code multiplier} per
 * failed attempt, capped at {@code maxDelay}, spread by ±{@code jitter} (a fraction) so that messages queued together
 * do not retry in lockstep; after {@code expiry} from acceptance the SMS is given up and its sender gets a failure
 * report.
 *
 * @throws IllegalArgumentException from the constructor for non-positive delays, a multiplier below 1, a jitter
 *                                  outside 0..0.5, or a cap below the initial delay
 */
public record RetryPolicy(Duration initialDelay, double multiplier, Duration maxDelay, Duration expiry,
                          double jitter) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(expiry, "expiry");
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initial retry delay must be positive, got " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maximum retry delay " + maxDelay + " is below the initial delay "
                    + initialDelay);
        }
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("expiry must be positive, got " + expiry);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("retry multiplier must be >= 1, got " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("retry jitter must be 0..0.5, got " + jitter);
        }
    }

    /** 5 s, doubling, at most 10 minutes apart, for 2 days, ±10 %. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(10), Duration.ofDays(2), 0.1);
    }

    /**
     * Milliseconds to wait after the {@code failedAttempts}-th failed attempt (1 = the first failure).
     *
     * @param random01 a uniform random number in [0, 1) that places the delay inside the jitter band
     */
    public long delayMillis(int failedAttempts, double random01) {
        double base = initialDelay.toMillis();
        double cap = maxDelay.toMillis();
        for (int i = 1; i < failedAttempts && base < cap; i++) {
            base *= multiplier;
        }
        base = Math.min(base, cap);
        double spread = base * (1.0 - jitter + 2.0 * jitter * random01);
        return Math.max(1L, Math.round(Math.min(spread, cap)));
    }
}
