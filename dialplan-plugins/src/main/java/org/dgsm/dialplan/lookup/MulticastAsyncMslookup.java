package org.dgsm.dialplan.lookup;

import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AsyncMslookup} over the multicast client. An answer with age 0 ends the lookup at once; older answers are
 * held until {@code minDelayMs}, as osmo does, so that a younger one from another village can still win.
 */
public final class MulticastAsyncMslookup implements AsyncMslookup {

    /** osmo's default min-delay and timeout (osmo-mslookup-client, the reference FreeSWITCH script). */
    public static final long DEFAULT_MIN_DELAY_MS = 1000;
    public static final long DEFAULT_TIMEOUT_MS = 1000;

    private final MulticastMslookupClient client;
    private final long minDelayMs;
    private final long timeoutMs;

    public MulticastAsyncMslookup(MulticastMslookupClient client, long minDelayMs, long timeoutMs) {
        this.client = Objects.requireNonNull(client, "client");
        if (minDelayMs < 0 || timeoutMs < 0) {
            throw new IllegalArgumentException("min-delay and timeout must not be negative: " + minDelayMs + ", "
                    + timeoutMs);
        }
        this.minDelayMs = minDelayMs;
        this.timeoutMs = timeoutMs;
    }

    public MulticastAsyncMslookup(MulticastMslookupClient client) {
        this(client, DEFAULT_MIN_DELAY_MS, DEFAULT_TIMEOUT_MS);
    }

    @Override
    public CompletableFuture<Optional<MslookupResult>> lookup(MslookupQuery query) {
        YoungestAnswer youngest = new YoungestAnswer();
        return client.lookup(query, minDelayMs, timeoutMs, youngest::offer).thenApply(last -> youngest.result());
    }
}
