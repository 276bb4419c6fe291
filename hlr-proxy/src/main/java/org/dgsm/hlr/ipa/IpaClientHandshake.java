package org.dgsm.hlr.ipa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Our node as a GSUP client on one IPA connection (the D-GSM proxy towards a home HLR, the bench tool), behaving as
 * osmo's GSUP client does (gsup-ipa.md §2.5): answers every ID_GET with an ID_RESP carrying exactly the requested
 * tags from its {@link IpaIdentity}, followed by an ID_ACK; answers PING with PONG; pings at connect and then every
 * keepalive interval (osmo: 20 s), closing the connection when a PING got no PONG within one interval.
 *
 * <p>Unlike osmo's client, callers should send GSUP only after {@link IpaEvent.IdentitySent} (see {@link
 * #isIdentitySent()}): a server that gets GSUP before the ID_RESP cannot route the answer (dgsm-proxy.md §3.1).
 * Time comes in as {@code nowMillis} from the caller's clock; {@link #nextTimerMillis()} says when to call
 * {@link #onTimer}. Once {@link IpaEvent.Close} has been returned all further input is ignored.
 */
public final class IpaClientHandshake {

    public static final long OSMO_KEEPALIVE_MILLIS = 20_000;

    private static final byte[] PING = CcmEncoder.frame(new CcmMessage.Ping());
    private static final byte[] PONG = CcmEncoder.frame(new CcmMessage.Pong());
    private static final byte[] ID_ACK = CcmEncoder.frame(new CcmMessage.IdAck());

    private final IpaIdentity identity;
    private final long keepaliveMillis;
    private final FrameFeed feed = new FrameFeed();
    private boolean connected;
    private boolean identitySent;
    private boolean pingOutstanding;
    private long nextTimer;
    private boolean closed;

    public IpaClientHandshake(IpaIdentity identity) {
        this(identity, OSMO_KEEPALIVE_MILLIS);
    }

    /** @param keepaliveMillis PING interval and PONG timeout; 0 or less turns keepalive off */
    public IpaClientHandshake(IpaIdentity identity, long keepaliveMillis) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.keepaliveMillis = keepaliveMillis;
    }

    /** Call once the TCP connection is up: the first PING, if keepalive is on. */
    public List<IpaEvent> onConnect(long nowMillis) {
        if (connected) {
            throw new IllegalStateException("onConnect called twice");
        }
        connected = true;
        return keepaliveMillis > 0 ? List.of(ping(nowMillis)) : List.of();
    }

    public List<IpaEvent> onBytes(byte[] chunk) {
        return onBytes(chunk, 0, chunk.length);
    }

    public List<IpaEvent> onBytes(byte[] chunk, int offset, int length) {
        if (closed) {
            return List.of();
        }
        FrameFeed.Result result = feed.feed(chunk, offset, length);
        List<IpaEvent> events = new ArrayList<>();
        for (IpaFrame frame : result.frames()) {
            if (closed) {
                break;
            }
            handle(frame, events);
        }
        if (result.failure() != null && !closed) {
            close(events, result.failure());
        }
        return events;
    }

    /** Keepalive: a PING when due, or a {@link IpaEvent.Close} when the last PING went unanswered. */
    public List<IpaEvent> onTimer(long nowMillis) {
        if (closed || !connected || keepaliveMillis <= 0 || nowMillis < nextTimer) {
            return List.of();
        }
        if (pingOutstanding) {
            List<IpaEvent> events = new ArrayList<>();
            close(events, "no PONG within " + keepaliveMillis + " ms");
            return events;
        }
        return List.of(ping(nowMillis));
    }

    /** When {@link #onTimer} has something to do; empty while keepalive is off, not connected or closed. */
    public OptionalLong nextTimerMillis() {
        return closed || !connected || keepaliveMillis <= 0 ? OptionalLong.empty() : OptionalLong.of(nextTimer);
    }

    /** Whether our ID_RESP went out, so that GSUP may be sent. */
    public boolean isIdentitySent() {
        return identitySent;
    }

    public boolean isClosed() {
        return closed;
    }

    private void handle(IpaFrame frame, List<IpaEvent> events) {
        if (frame.isGsup()) {
            events.add(new IpaEvent.GsupReceived(frame.payload()));
            return;
        }
        if (!frame.isCcm()) {
            events.add(new IpaEvent.Ignored(FrameFeed.describeIgnored(frame)));
            return;
        }
        CcmMessage message;
        try {
            message = CcmDecoder.decode(frame.payload());
        } catch (MalformedIpaException e) {
            close(events, "malformed CCM message: " + e.getMessage());
            return;
        }
        if (message instanceof CcmMessage.IdGet request) {
            answer(request, events);
        } else if (message instanceof CcmMessage.IdAck) {
            events.add(new IpaEvent.IdAckReceived());
        } else if (message instanceof CcmMessage.Ping) {
            events.add(IpaEvent.Send.of(PONG));
        } else if (message instanceof CcmMessage.Pong) {
            pingOutstanding = false;
            events.add(new IpaEvent.PongReceived());
        } else {
            events.add(new IpaEvent.Ignored(String.format("CCM type 0x%02x not handled by a client", message.type())));
        }
    }

    private void answer(CcmMessage.IdGet request, List<IpaEvent> events) {
        byte[] response;
        try {
            response = CcmEncoder.frame(identity.answer(request.tags()));
        } catch (IllegalArgumentException e) {
            close(events, "ID_RESP for " + request.tags().size() + " requested tags does not fit one IPA frame");
            return;
        }
        events.add(IpaEvent.Send.of(response));
        events.add(IpaEvent.Send.of(ID_ACK));
        identitySent = true;
        events.add(new IpaEvent.IdentitySent());
    }

    private IpaEvent ping(long nowMillis) {
        pingOutstanding = true;
        nextTimer = nowMillis + keepaliveMillis;
        return IpaEvent.Send.of(PING);
    }

    private void close(List<IpaEvent> events, String reason) {
        closed = true;
        events.add(new IpaEvent.Close(reason));
    }
}
