package org.dgsm.node.status;

import java.time.Instant;

/**
 * The store-and-forward SMS queue at a glance.
 *
 * @param queued    messages waiting for delivery
 * @param oldest    when the oldest waiting message was queued, or {@code null} when none waits
 * @param nextRetry when the next delivery attempt is due, or {@code null} when none is planned
 */
public record SmsQueueSummary(long queued, Instant oldest, Instant nextRetry) {

    public static final SmsQueueSummary EMPTY = new SmsQueueSummary(0, null, null);

    public SmsQueueSummary {
        if (queued < 0) {
            throw new IllegalArgumentException("queued must not be negative, got " + queued);
        }
    }
}
