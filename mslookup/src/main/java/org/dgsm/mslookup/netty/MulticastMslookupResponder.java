package org.dgsm.mslookup.netty;

import io.netty.channel.EventLoopGroup;
import org.dgsm.mslookup.server.MslookupResponder;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/** Puts a sans-I/O {@link MslookupResponder} on a multicast socket: query in, answer (if any) out. */
public final class MulticastMslookupResponder implements AutoCloseable {

    private final MslookupResponder responder;
    private final MulticastEndpoint endpoint;

    private MulticastMslookupResponder(MslookupResponder responder, MulticastEndpoint endpoint) {
        this.responder = responder;
        this.endpoint = endpoint;
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
        return new MulticastMslookupResponder(responder, endpoint.get());
    }

    public MslookupResponder responder() {
        return responder;
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
