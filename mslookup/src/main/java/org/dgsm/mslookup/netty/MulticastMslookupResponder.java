package org.dgsm.mslookup.netty;

import io.netty.channel.EventLoopGroup;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.signing.SigningResponder;
import org.dgsm.mslookup.signing.SigningSettings;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts a sans-I/O {@link MslookupResponder} on a multicast socket: query in, answer (if any) out; with {@link
 * SigningSettings} each answer is followed by its companion (see {@link SigningResponder}).
 */
public final class MulticastMslookupResponder implements AutoCloseable {

    private final MslookupResponder responder;
    private final MulticastEndpoint endpoint;
    private final SigningResponder signing;

    private MulticastMslookupResponder(MslookupResponder responder, MulticastEndpoint endpoint,
                                       SigningResponder signing) {
        this.responder = responder;
        this.endpoint = endpoint;
        this.signing = signing;
    }

    public static MulticastMslookupResponder open(EventLoopGroup group, MulticastConfig config,
                                                  MslookupResponder responder) throws IOException {
        // A query may arrive while open() is still joining the group: it is dropped until the endpoint is known.
        AtomicReference<MulticastEndpoint> endpoint = new AtomicReference<>();
        endpoint.set(MulticastEndpoint.open(group, config, datagram -> {
            MulticastEndpoint e = endpoint.get();
            if (e != null) {
                responder.onPacket(datagram).ifPresent(e::send);
            }
        }));
        return new MulticastMslookupResponder(responder, endpoint.get(), null);
    }

    /**
     * A responder that follows each answer with its companion, signed with the current key of {@code signing}.
     *
     * @param domainSuffix the responder's suffix (the companion's name is derived from it)
     * @param signing      null for an unsigned responder, the same as {@link #open(EventLoopGroup, MulticastConfig,
     *                     MslookupResponder)}
     */
    public static MulticastMslookupResponder open(EventLoopGroup group, MulticastConfig config,
                                                  MslookupResponder responder, String domainSuffix,
                                                  SigningSettings signing) throws IOException {
        if (signing == null) {
            return open(group, config, responder);
        }
        SigningResponder signer = new SigningResponder(responder, signing.signer(domainSuffix));
        AtomicReference<MulticastEndpoint> endpoint = new AtomicReference<>();
        endpoint.set(MulticastEndpoint.open(group, config, datagram -> {
            MulticastEndpoint e = endpoint.get();
            if (e != null) {
                signer.onPacket(datagram, System.currentTimeMillis()).forEach(e::send);
            }
        }));
        return new MulticastMslookupResponder(responder, endpoint.get(), signer);
    }

    /** The signing wrapper, or null for an unsigned responder. */
    public SigningResponder signingResponder() {
        return signing;
    }

    public MslookupResponder responder() {
        return responder;
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
