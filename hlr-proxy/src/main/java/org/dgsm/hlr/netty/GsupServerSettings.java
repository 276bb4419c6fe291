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
 */
public record GsupServerSettings(int earlyGsupMaxMessages, long earlyGsupHoldMillis, int maxQueuedPerConnection,
                                 LongSupplier clock) {

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
    }

    /** 16 early messages held for up to 5 s, 256 queued messages per connection, the system clock. */
    public static GsupServerSettings defaults() {
        return new GsupServerSettings(DEFAULT_EARLY_GSUP_MAX_MESSAGES, DEFAULT_EARLY_GSUP_HOLD_MILLIS,
                DEFAULT_MAX_QUEUED_PER_CONNECTION, System::currentTimeMillis);
    }

    public GsupServerSettings withEarlyGsup(int maxMessages, long holdMillis) {
        return new GsupServerSettings(maxMessages, holdMillis, maxQueuedPerConnection, clock);
    }

    public GsupServerSettings withMaxQueuedPerConnection(int maxQueued) {
        return new GsupServerSettings(earlyGsupMaxMessages, earlyGsupHoldMillis, maxQueued, clock);
    }

    public GsupServerSettings withClock(LongSupplier clock) {
        return new GsupServerSettings(earlyGsupMaxMessages, earlyGsupHoldMillis, maxQueuedPerConnection, clock);
    }
}
