package org.dgsm.simulations.scenario;

/**
 * The store-and-forward retry schedule of the SMS model: the first retry after {@code initialSeconds}, each next
 * one {@code multiplier} times later, at most {@code maxMinutes} apart, ± {@code jitter} (a fraction); given up
 * {@code expiryHours} after submission. Defaults are those of the SMPP handler's {@code RetryPolicy}.
 */
public record SmsRetrySpec(double initialSeconds, double multiplier, double maxMinutes, double expiryHours,
                           double jitter) {

    /** Milliseconds to wait after the {@code failedAttempts}-th failure (1 = first), with {@code random01} in [0,1). */
    public long delayMillis(int failedAttempts, double random01) {
        double base = initialSeconds * 1000;
        double cap = maxMinutes * 60_000;
        for (int i = 1; i < failedAttempts && base < cap; i++) {
            base *= multiplier;
        }
        base = Math.min(base, cap);
        double spread = base * (1.0 - jitter + 2.0 * jitter * random01);
        return Math.max(1L, Math.round(Math.min(spread, cap)));
    }
}
