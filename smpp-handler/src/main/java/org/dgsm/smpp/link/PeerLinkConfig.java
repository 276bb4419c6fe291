package org.dgsm.smpp.link;

import java.time.Duration;
import java.util.Objects;

/**
 * How this village binds to other villages' handlers.
 *
 * @param retryGap    after a failed connect or bind, how long further attempts to the same village fail at once
 *                    instead of waiting for another timeout
 * @param idleTimeout an unused bind is closed after this long
 */
public record PeerLinkConfig(String systemId, String password, Duration connectTimeout, Duration bindTimeout,
                             Duration responseTimeout, Duration enquireLinkInterval, Duration retryGap,
                             Duration idleTimeout) {

    public PeerLinkConfig {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        for (Duration d : new Duration[] {connectTimeout, bindTimeout, responseTimeout, enquireLinkInterval,
            idleTimeout}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("peer link timers must be positive, got " + d);
            }
        }
        if (retryGap == null || retryGap.isNegative()) {
            throw new IllegalArgumentException("peer retry gap must not be negative, got " + retryGap);
        }
    }

    /** Without the password: settings get logged. */
    @Override
    public String toString() {
        return "PeerLinkConfig[" + "peers as " + systemId + ", password ***]";
    }
}
