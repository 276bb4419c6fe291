package org.dgsm.hlr.netty;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Which GSUP peers our server serves, per role (sans-I/O). Checked twice per connection: when the peer has
 * identified itself ({@link #admit}: it must be allowed in at least one role) and for each GSUP message ({@link
 * #admitAs}: the role the message shows must be allowed).
 *
 * @param mscAndSgsn peers without Source-Name in their GSUP: the village's own MSC and SGSN
 * @param hlrProxies peers whose GSUP carries Source-Name: other villages' HLR proxies
 */
public record PeerPolicy(PeerAllowList mscAndSgsn, PeerAllowList hlrProxies) {

    private static final PeerPolicy ALLOW_ALL = new PeerPolicy(PeerAllowList.any(), PeerAllowList.any());

    public PeerPolicy {
        Objects.requireNonNull(mscAndSgsn, "mscAndSgsn");
        Objects.requireNonNull(hlrProxies, "hlrProxies");
    }

    /** Every peer in every role: osmo-hlr's behaviour, and our default. */
    public static PeerPolicy allowAll() {
        return ALLOW_ALL;
    }

    public boolean isAllowAll() {
        return equals(ALLOW_ALL);
    }

    public PeerAllowList allowList(PeerRole role) {
        return role == PeerRole.HLR_PROXY ? hlrProxies : mscAndSgsn;
    }

    /** After the identity exchange: allowed if some role allows this name from this address. */
    public Decision admit(String ipaName, InetAddress source) {
        if (mscAndSgsn.allows(ipaName, source) || hlrProxies.allows(ipaName, source)) {
            return Decision.ALLOWED;
        }
        return Decision.refused("on neither the " + PeerRole.MSC_OR_SGSN.label() + " allow-list ("
                + mscAndSgsn.describe() + ") nor the " + PeerRole.HLR_PROXY.label() + " allow-list ("
                + hlrProxies.describe() + ")");
    }

    /** For a GSUP message showing the peer in {@code role}. */
    public Decision admitAs(PeerRole role, String ipaName, InetAddress source) {
        PeerAllowList list = allowList(role);
        if (list.allows(ipaName, source)) {
            return Decision.ALLOWED;
        }
        return Decision.refused("acts as " + role.label() + " but is not on the " + role.label() + " allow-list ("
                + list.describe() + ")");
    }

    /**
     * @param allowed whether the peer may go on
     * @param rule    for a refusal, the rule that refused it, in words; empty when allowed
     */
    public record Decision(boolean allowed, String rule) {

        static final Decision ALLOWED = new Decision(true, "");

        public Decision {
            Objects.requireNonNull(rule, "rule");
        }

        static Decision refused(String rule) {
            return new Decision(false, rule);
        }
    }
}
