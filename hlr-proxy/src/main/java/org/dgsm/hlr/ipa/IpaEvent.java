package org.dgsm.hlr.ipa;

import java.util.Objects;
import org.dgsm.hlr.gsup.Octets;

/** What {@link IpaServerHandshake} and {@link IpaClientHandshake} hand back to their connection, in order. */
public sealed interface IpaEvent {

    /** Write these bytes (one or more whole IPA frames) to the connection. */
    record Send(Octets bytes) implements IpaEvent {
        public Send {
            Objects.requireNonNull(bytes, "bytes");
        }

        static Send of(byte[] bytes) {
            return new Send(Octets.of(bytes));
        }
    }

    /** Server side: the peer's ID_RESP was accepted; {@code name} is its serial number value, NUL included. */
    record PeerIdentified(Octets name, CcmMessage.IdResp identity) implements IpaEvent {
        public PeerIdentified {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(identity, "identity");
        }
    }

    /** A GSUP message (without IPA header) from an identified peer, or any GSUP message on the client side. */
    record GsupReceived(Octets message) implements IpaEvent {
        public GsupReceived {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Server side: a GSUP message that arrived before the peer's ID_RESP. osmo-hlr processes it but cannot route the
     * answer; a robust server holds it until {@link PeerIdentified} or drops it.
     */
    record GsupBeforeIdentity(Octets message) implements IpaEvent {
        public GsupBeforeIdentity {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Client side: our ID_RESP has been handed out in a {@link Send}; GSUP may flow from now on. */
    record IdentitySent() implements IpaEvent {
    }

    /** Client side: the server acknowledged our identity. */
    record IdAckReceived() implements IpaEvent {
    }

    /** Client side: the server answered our PING. */
    record PongReceived() implements IpaEvent {
    }

    /** A frame that is discarded, as osmo discards it (other streams, other extensions, unexpected CCM). */
    record Ignored(String reason) implements IpaEvent {
    }

    /** Close the connection; the handshake ignores all further input. */
    record Close(String reason) implements IpaEvent {
    }
}
