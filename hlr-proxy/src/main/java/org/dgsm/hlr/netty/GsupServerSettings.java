package org.dgsm.hlr.netty;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Tunables of a {@link GsupServer}.
 *
 * @param earlyGsupMaxMessages   GSUP messages held per connection while its ID_RESP is outstanding; more are discarded
 * @param earlyGsupHoldMillis    how long such a message is held before it is discarded
 * @param maxQueuedPerConnection messages of one connection waiting for the handler thread before the server stops
 *                               reading from that connection (it resumes at half)
 * @param clock                  absolute milliseconds; the time handed to the {@link org.dgsm.hlr.core.GsupHandler}
 * @param peerPolicy             which peers are served, per role; a refused peer's connection is closed after the
 *                               identity exchange (or at its first GSUP message in a role it is not allowed)
 */
public record GsupServerSettings(int earlyGsupMaxMessages, long earlyGsupHoldMillis, int maxQueuedPerConnection,
                                 LongSupplier clock, PeerPolicy peerPolicy) {

    public static final int DEFAULT_EARLY_GSUP_MAX_MESSAGES = 16;
    public static final long DEFAULT_EARLY_GSUP_HOLD_MILLIS = 5_000;
    public static final int DEFAULT_MAX_QUEUED_PER_CONNECTION = 256;

    public GsupServerSettings {
        if (earlyGsupMaxMessages < 0) {
            throw new IllegalArgumentException("earlyGsupMaxMessages must be >= 0, got " + earlyGsupMaxMessages);
        }
        if (earlyGsupHoldMillis < 0) {
            throw new IllegalArgumentException("earlyGsupHoldMillis must be >= 0, got " + earlyGsupHoldMillis);
        }
        if (maxQueuedPerConnection < 2) {
            throw new IllegalArgumentException("maxQueuedPerConnection must be >= 2, got " + maxQueuedPerConnection);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(peerPolicy, "peerPolicy");
    }

    /** Settings that serve every peer ({@link PeerPolicy#allowAll()}). */
    public GsupServerSettings(int earlyGsupMaxMessages, long earlyGsupHoldMillis, int maxQueuedPerConnection,
                              LongSupplier clock) {
        this(earlyGsupMaxMessages, earlyGsupHoldMillis, maxQueuedPerConnection, clock, PeerPolicy.allowAll());
    }

    /** 16 early messages held for up to 5 s, 256 queued messages per connection, the system clock, every peer served. */
    public static GsupServerSettings defaults() {
        return new GsupServerSettings(DEFAULT_EARLY_GSUP_MAX_MESSAGES, DEFAULT_EARLY_GSUP_HOLD_MILLIS,
                DEFAULT_MAX_QUEUED_PER_CONNECTION, System::currentTimeMillis);
    }

    public GsupServerSettings withEarlyGsup(int maxMessages, long holdMillis) {
        return new GsupServerSettings(maxMessages, holdMillis, maxQueuedPerConnection, clock, peerPolicy);
    }

    public GsupServerSettings withMaxQueuedPerConnection(int maxQueued) {
        return new GsupServerSettings(earlyGsupMaxMessages, earlyGsupHoldMillis, maxQueued, clock, peerPolicy);
    }

    public GsupServerSettings withClock(LongSupplier clock) {
        return new GsupServerSettings(earlyGsupMaxMessages, earlyGsupHoldMillis, maxQueuedPerConnection, clock,
                peerPolicy);
    }

    public GsupServerSettings withPeerPolicy(PeerPolicy peerPolicy) {
        return new GsupServerSettings(earlyGsupMaxMessages, earlyGsupHoldMillis, maxQueuedPerConnection, clock,
                peerPolicy);
    }
}
