package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;

import java.util.Objects;

/**
 * A GSUP client connected to this HLR (an MSC/VLR, an SGSN, a proxying HLR, ...), as the node lists it.
 *
 * @param ipaName            the IPA name exactly as presented (trailing NUL included)
 * @param name               the same name as text, without the NUL (what osmo stores and shows)
 * @param connectedAtMillis  when the identity exchange finished
 * @param servesCs           it sent a CS Update Location on this connection
 * @param servesPs           it sent a PS Update Location on this connection
 */
public record ConnectedPeer(Octets ipaName, String name, long connectedAtMillis, boolean servesCs, boolean servesPs) {

    public ConnectedPeer {
        Objects.requireNonNull(ipaName, "ipaName");
        Objects.requireNonNull(name, "name");
    }
}
