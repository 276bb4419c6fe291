package org.dgsm.hlr.netty;

/**
 * What a GSUP peer of our server is. A peer whose GSUP carries a Source-Name IE is another village's HLR proxy
 * forwarding for its subscribers (dgsm-proxy.md); any other peer is a local MSC or SGSN.
 */
public enum PeerRole {
    MSC_OR_SGSN("MSC/SGSN"),
    HLR_PROXY("HLR proxy");

    private final String label;

    PeerRole(String label) {
        this.label = label;
    }

    /** {@code MSC/SGSN} or {@code HLR proxy}, for log lines. */
    public String label() {
        return label;
    }
}
