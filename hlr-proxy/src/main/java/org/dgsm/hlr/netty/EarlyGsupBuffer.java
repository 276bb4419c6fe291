package org.dgsm.hlr.netty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.dgsm.hlr.gsup.Octets;

/**
 * GSUP that arrived on a connection before the peer's ID_RESP, held until the identity is known (dgsm-proxy.md §3.1:
 * osmo-hlr's proxy may send its first request right after TCP connect). Bounded in count and in time: a message that
 * does not fit, or that waited longer than the hold time, is discarded. Sans-I/O; one instance per connection, used
 * from one thread.
 */
final class EarlyGsupBuffer {

    private record Held(Octets message, long heldAt) {
    }

    private final int maxMessages;
    private final long holdMillis;
    private final ArrayDeque<Held> held = new ArrayDeque<>();

    EarlyGsupBuffer(int maxMessages, long holdMillis) {
        if (maxMessages < 0 || holdMillis < 0) {
            throw new IllegalArgumentException("early GSUP limits must not be negative");
        }
        this.maxMessages = maxMessages;
        this.holdMillis = holdMillis;
    }

    /** @return false if the buffer is full and the message was not kept */
    boolean offer(Octets message, long nowMillis) {
        if (held.size() >= maxMessages) {
            return false;
        }
        held.addLast(new Held(message, nowMillis));
        return true;
    }

    /** Discards what has been held for longer than the hold time; returns how many were discarded. */
    int expire(long nowMillis) {
        int discarded = 0;
        while (!held.isEmpty() && nowMillis - held.peekFirst().heldAt() >= holdMillis) {
            held.removeFirst();
            discarded++;
        }
        return discarded;
    }

    /** When the oldest held message expires, if any is held. */
    OptionalLong nextExpiry() {
        return held.isEmpty() ? OptionalLong.empty() : OptionalLong.of(held.peekFirst().heldAt() + holdMillis);
    }

    /** Everything held, oldest first; the buffer is empty afterwards. */
    List<Octets> drain() {
        List<Octets> messages = new ArrayList<>(held.size());
        for (Held h : held) {
            messages.add(h.message());
        }
        held.clear();
        return messages;
    }

    int size() {
        return held.size();
    }

    int maxMessages() {
        return maxMessages;
    }

    long holdMillis() {
        return holdMillis;
    }
}
