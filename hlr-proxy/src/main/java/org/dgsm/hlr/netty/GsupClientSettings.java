package org.dgsm.hlr.netty;

import java.util.Objects;
import java.util.function.LongSupplier;
import org.dgsm.hlr.ipa.IpaClientHandshake;
import org.dgsm.hlr.ipa.IpaIdentity;

/**
 * Tunables of a {@link GsupClient}.
 *
 * @param identity             what we present in our ID_RESP; its serial number is our IPA name
 * @param keepaliveMillis      PING interval and PONG timeout (osmo: 20 s); 0 turns keepalive off
 * @param idAckGraceMillis     how long after our ID_RESP the identity counts as accepted when the server sends no
 *                             ID_ACK (osmo-hlr and our server do send one)
 * @param reconnectMinMillis   first delay before reconnecting (osmo: 1 s); doubles per failed attempt
 * @param reconnectMaxMillis   largest delay between attempts
 * @param connectTimeoutMillis TCP connect timeout
 * @param clock                absolute milliseconds, for keepalive and grace timers
 */
public record GsupClientSettings(IpaIdentity identity, long keepaliveMillis, long idAckGraceMillis,
                                 long reconnectMinMillis, long reconnectMaxMillis, int connectTimeoutMillis,
                                 LongSupplier clock) {

    public static final long DEFAULT_ID_ACK_GRACE_MILLIS = 500;
    public static final long DEFAULT_RECONNECT_MIN_MILLIS = 1_000;
    public static final long DEFAULT_RECONNECT_MAX_MILLIS = 16_000;
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 5_000;

    public GsupClientSettings {
        Objects.requireNonNull(identity, "identity");
        if (keepaliveMillis < 0 || idAckGraceMillis < 0) {
            throw new IllegalArgumentException("keepalive and grace must not be negative");
        }
        if (reconnectMinMillis < 1 || reconnectMaxMillis < reconnectMinMillis) {
            throw new IllegalArgumentException("need 1 <= reconnectMinMillis <= reconnectMaxMillis, got "
                    + reconnectMinMillis + " and " + reconnectMaxMillis);
        }
        if (connectTimeoutMillis < 1) {
            throw new IllegalArgumentException("connectTimeoutMillis must be positive, got " + connectTimeoutMillis);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** osmo's client behaviour: 20 s keepalive; reconnect after 1 s, backing off to 16 s; 500 ms ID_ACK grace. */
    public static GsupClientSettings of(IpaIdentity identity) {
        return new GsupClientSettings(identity, IpaClientHandshake.OSMO_KEEPALIVE_MILLIS, DEFAULT_ID_ACK_GRACE_MILLIS,
                DEFAULT_RECONNECT_MIN_MILLIS, DEFAULT_RECONNECT_MAX_MILLIS, DEFAULT_CONNECT_TIMEOUT_MILLIS,
                System::currentTimeMillis);
    }

    public GsupClientSettings withKeepaliveMillis(long millis) {
        return new GsupClientSettings(identity, millis, idAckGraceMillis, reconnectMinMillis, reconnectMaxMillis,
                connectTimeoutMillis, clock);
    }

    public GsupClientSettings withIdAckGraceMillis(long millis) {
        return new GsupClientSettings(identity, keepaliveMillis, millis, reconnectMinMillis, reconnectMaxMillis,
                connectTimeoutMillis, clock);
    }

    public GsupClientSettings withReconnect(long minMillis, long maxMillis) {
        return new GsupClientSettings(identity, keepaliveMillis, idAckGraceMillis, minMillis, maxMillis,
                connectTimeoutMillis, clock);
    }

    public GsupClientSettings withConnectTimeoutMillis(int millis) {
        return new GsupClientSettings(identity, keepaliveMillis, idAckGraceMillis, reconnectMinMillis,
                reconnectMaxMillis, millis, clock);
    }

    public GsupClientSettings withClock(LongSupplier clock) {
        return new GsupClientSettings(identity, keepaliveMillis, idAckGraceMillis, reconnectMinMillis,
                reconnectMaxMillis, connectTimeoutMillis, clock);
    }
}
