package org.dgsm.node.site;

/** How osmo-msc (and osmo-bsc) reach the village's osmo-stp. */
public enum Signalling {
    /** SCCP over IPA ("SCCPlite"), TCP port 5000: works without SCTP in the kernel. */
    IPA("ipa", 5000, 0),
    /** SCCP over M3UA, SCTP port 2905: needs SCTP (most real boxes have it). */
    M3UA("m3ua", 2905, 1);

    private final String protocol;
    private final int defaultPort;
    private final int routingContext;

    Signalling(String protocol, int defaultPort, int routingContext) {
        this.protocol = protocol;
        this.defaultPort = defaultPort;
        this.routingContext = routingContext;
    }

    /** The word osmo-stp's {@code listen} and osmo-msc's {@code asp}/{@code as} take. */
    public String protocol() {
        return protocol;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The routing context of osmo-msc's routing key (IPA only allows 0). */
    public int routingContext() {
        return routingContext;
    }
}
