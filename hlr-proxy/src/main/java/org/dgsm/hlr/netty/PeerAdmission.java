package org.dgsm.hlr.netty;

import java.net.InetAddress;
import java.util.Objects;
import org.dgsm.hlr.gsup.GsupMessage;

/**
 * One connection's standing under a {@link PeerPolicy} (sans-I/O). The role is learnt from the GSUP: the first
 * message carrying Source-Name makes the peer an HLR proxy for the rest of the connection (a proxy's later messages
 * need not all carry it); until then each message is from an MSC/SGSN. Once refused, always refused.
 */
final class PeerAdmission {

    private final PeerPolicy policy;
    private String name;
    private InetAddress source;
    private boolean proxy;
    private PeerPolicy.Decision refusal;

    PeerAdmission(PeerPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The peer identified itself as {@code ipaName} (displayed form) from {@code source}. */
    PeerPolicy.Decision onIdentified(String ipaName, InetAddress source) {
        this.name = ipaName;
        this.source = source;
        return remember(policy.admit(ipaName, source));
    }

    /** A decoded GSUP message from the identified peer. */
    PeerPolicy.Decision onGsup(GsupMessage message) {
        if (refusal != null) {
            return refusal;
        }
        if (name == null) {
            throw new IllegalStateException("GSUP checked before the peer identified itself");
        }
        if (message.sourceName() != null) {
            proxy = true;
        }
        return remember(policy.admitAs(proxy ? PeerRole.HLR_PROXY : PeerRole.MSC_OR_SGSN, name, source));
    }

    boolean refused() {
        return refusal != null;
    }

    private PeerPolicy.Decision remember(PeerPolicy.Decision decision) {
        if (!decision.allowed()) {
            refusal = decision;
        }
        return decision;
    }
}
