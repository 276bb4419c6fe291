package org.dgsm.hlr.netty;

import java.util.OptionalLong;

/**
 * When a GSUP client may start sending: once the server has accepted our identity. The server says so with an ID_ACK
 * (osmo-hlr and our server answer our ID_ACK with one, after processing the ID_RESP that precedes it); a server that
 * never sends ID_ACK is taken to have accepted the identity a short grace period after our ID_RESP went out. Since
 * TCP keeps order, anything we send after the ID_RESP reaches the server after it anyway; waiting for the ID_ACK
 * additionally proves the server is alive and processed it (dgsm-proxy.md §3.1). Sans-I/O; one per connection.
 */
final class IdentityAcceptance {

    private final long graceMillis;
    private boolean identitySent;
    private long deadline;
    private boolean accepted;

    IdentityAcceptance(long graceMillis) {
        if (graceMillis < 0) {
            throw new IllegalArgumentException("grace must not be negative: " + graceMillis);
        }
        this.graceMillis = graceMillis;
    }

    /** Our ID_RESP was handed out at {@code nowMillis}. */
    void identitySent(long nowMillis) {
        if (!identitySent) {
            identitySent = true;
            deadline = nowMillis + graceMillis;
        }
    }

    /** @return true if this ID_ACK is what made the identity accepted */
    boolean idAckReceived() {
        if (accepted || !identitySent) {
            return false;
        }
        accepted = true;
        return true;
    }

    /** @return true if the grace period ending by {@code nowMillis} is what made the identity accepted */
    boolean onTimer(long nowMillis) {
        if (accepted || !identitySent || nowMillis < deadline) {
            return false;
        }
        accepted = true;
        return true;
    }

    /** When {@link #onTimer} would accept, while still waiting. */
    OptionalLong deadline() {
        return identitySent && !accepted ? OptionalLong.of(deadline) : OptionalLong.empty();
    }

    boolean isAccepted() {
        return accepted;
    }
}
