package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;

/**
 * A message from a VLR for a visitor, waiting for the home address or a ready link.
 *
 * @param peer     the connected GSUP peer it came from (where answers go)
 * @param source   the VLR's IPA name: the message's Source-Name, else {@code peer}
 * @param deadline when it is served from the cache or answered with an error instead
 */
record HeldRequest(Octets peer, Octets source, GsupMessage message, long deadline) {

    String imsi() {
        return message.imsi();
    }
}
