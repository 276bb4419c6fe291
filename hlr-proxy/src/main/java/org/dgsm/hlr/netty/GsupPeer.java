package org.dgsm.hlr.netty;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.dgsm.hlr.gsup.Octets;

/**
 * A connected, identified GSUP peer, for status output.
 *
 * @param name              its IPA name as it arrived (trailing NUL included)
 * @param remoteAddress     the TCP peer
 * @param identifiedAtMillis when its ID_RESP was accepted, on the server's clock
 */
public record GsupPeer(Octets name, InetSocketAddress remoteAddress, long identifiedAtMillis) {

    public GsupPeer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }

    /** The name without its NUL, e.g. {@code SGSN-00-00-00-00-00-00}. */
    public String displayName() {
        return IpaNames.display(name);
    }
}
