package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a GSUP server drives: the HLR (and later the D-GSM proxy in front of it). Sans-I/O: the server hands in
 * decoded messages, peer events and the time, and sends whatever comes back. Every call is made from one thread
 * at a time; time is absolute milliseconds from the server's clock.
 *
 * <p>Peers are known by their IPA name (the CCM serial number, trailing NUL included, exactly as it arrived),
 * which is also the value that GSUP Source-Name / Destination-Name carry.
 */
public interface GsupHandler {

    /** A peer finished the IPA identity exchange. */
    List<GsupSend> onPeerConnected(Octets peer, long nowMillis);

    /** The connection to a peer is gone. */
    List<GsupSend> onPeerDisconnected(Octets peer, long nowMillis);

    /** A GSUP message from an identified peer. */
    List<GsupSend> onMessage(Octets peer, GsupMessage message, long nowMillis);

    /** Timers that are due at {@code nowMillis}. */
    List<GsupSend> onTime(long nowMillis);

    /** The earliest time {@link #onTime} has something to do, if any. */
    OptionalLong nextDeadline();

    /**
     * Group commit: the server hands several events to the handler inside one call of this method and sends
     * nothing they returned before it has returned, so a handler may make all their changes durable at once here
     * (one disk sync for many requests). If it throws, the server sends none of their answers.
     */
    default void inOneTransaction(Runnable events) {
        events.run();
    }
}
