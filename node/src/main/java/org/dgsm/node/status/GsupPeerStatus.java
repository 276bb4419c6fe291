package org.dgsm.node.status;

import java.time.Instant;
import java.util.Objects;

/**
 * A GSUP client connected to this village's HLR: an MSC/VLR, an SGSN, a proxying HLR.
 *
 * @param ipaName        its IPA name as text, e.g. {@code MSC-00-00-00-00-00-00}
 * @param connectedSince when its connection came up
 * @param servesCs       it did a circuit-switched (MSC) location update on this connection
 * @param servesPs       it did a packet-switched (SGSN) location update on this connection
 */
public record GsupPeerStatus(String ipaName, Instant connectedSince, boolean servesCs, boolean servesPs) {

    public GsupPeerStatus {
        Objects.requireNonNull(ipaName, "ipaName");
        Objects.requireNonNull(connectedSince, "connectedSince");
    }

    /** {@code MSC}, {@code SGSN}, {@code MSC+SGSN} or {@code GSUP} when no location update told yet. */
    public String role() {
        if (servesCs && servesPs) {
            return "MSC+SGSN";
        }
        return servesCs ? "MSC" : servesPs ? "SGSN" : "GSUP";
    }
}
