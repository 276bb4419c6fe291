package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;

import java.util.Objects;

/**
 * A GSUP message as the HLR sees it after routing (gsup-ipa.md §8): the connected peer it came from, its source (the
 * Source-Name IE if present, else the peer) and, when the source is not the peer itself, the peer as the proxy it
 * came through.
 *
 * @param viaProxy the forwarding peer, or null for a message straight from its source
 */
record ReceivedMessage(Octets peer, GsupMessage message, Octets source, Octets viaProxy) {

    ReceivedMessage {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }

    /** The source as the database names it (no NUL): the VLR/SGSN of an Update Location, the IND key of a SAI. */
    String sourceText() {
        return IpaNames.toText(source);
    }

    /** The proxy as the database names it, or null. */
    String viaProxyText() {
        return viaProxy == null ? null : IpaNames.toText(viaProxy);
    }

    String imsi() {
        return message.imsi();
    }
}
