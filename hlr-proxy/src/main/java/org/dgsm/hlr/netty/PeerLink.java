package org.dgsm.hlr.netty;

import java.net.InetSocketAddress;

/** What the handler thread needs of a server connection; implemented over a Netty channel, faked in tests. */
interface PeerLink {

    /** Writes whole IPA frames; callable from any thread. */
    void send(byte[] frames);

    /** Closes the connection, logging why; callable from any thread. */
    void close(String reason);

    /** One message this connection queued for the handler thread has been handled. */
    void messageHandled();

    InetSocketAddress remoteAddress();
}
