package org.dgsm.node.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What traffic with another village says about the link to it (mslookup answers, GSUP proxying, SMS forwarding).
 *
 * @param village   the other village's name
 * @param lastHeard when it last answered, or {@code null} when never
 * @param rtt       the latest round-trip time measured, or {@code null} when none is known
 */
public record LinkHealth(String village, Instant lastHeard, Duration rtt) {

    public LinkHealth {
        Objects.requireNonNull(village, "village");
        if (rtt != null && rtt.isNegative()) {
            throw new IllegalArgumentException("rtt must not be negative, got " + rtt);
        }
    }
}
