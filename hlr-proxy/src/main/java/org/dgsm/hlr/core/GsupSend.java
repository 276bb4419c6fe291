package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;

import java.util.Objects;

/** One GSUP message to send to the peer known by this IPA name. A peer that is not connected loses it (logged). */
public record GsupSend(Octets peer, GsupMessage message) {
    public GsupSend {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(message, "message");
    }
}
