package org.dgsm.hlr.netty;

import org.dgsm.hlr.gsup.GsupMessage;

/**
 * What a {@link GsupClient} reports. Every call comes from the client's own event loop ({@link
 * GsupClient#eventLoop()}), one at a time and in order; a listener must not block it.
 */
public interface GsupClientListener {

    /** A GSUP message from the server. */
    void onMessage(GsupMessage message);

    /** The server accepted our identity on a new connection: {@link GsupClient#send} works from now on. */
    default void onReady() {
    }

    /** A connection that was up is gone; the client reconnects by itself unless it was closed. */
    default void onDisconnected(String reason) {
    }
}
