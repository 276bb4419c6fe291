package org.dgsm.hlr.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.core.GsupSend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HLR's GSUP-over-IPA TCP server (default port 4222): runs osmo-hlr's side of the IPA handshake on every accepted
 * connection, routes what the {@link GsupHandler} sends by the peers' IPA names, and calls the handler from one
 * dedicated thread (never from the I/O threads), including its timer at {@link GsupHandler#nextDeadline()}.
 *
 * <p>Robustness: GSUP received before a peer's ID_RESP is held (bounded, {@link GsupServerSettings}) and passed on
 * once the peer is known; undecodable GSUP is answered with an error where that is possible (see {@link
 * GsupIntake}) or discarded, with one WARN line per connection; an IPA stream that cannot recover (oversized frame
 * header, broken CCM, ID_RESP without unit id or serial) closes that connection only. A second connection presenting
 * an IPA name that is already connected takes the name over and the older connection is closed (logged); the handler
 * sees {@link GsupHandler#onPeerConnected} again for the name and no disconnect for the older connection.
 */
public final class GsupServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GsupServer.class);
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final Channel serverChannel;
    private final ChannelGroup connections;
    private final HandlerLoop loop;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GsupServer(Channel serverChannel, ChannelGroup connections, HandlerLoop loop) {
        this.serverChannel = serverChannel;
        this.connections = connections;
        this.loop = loop;
    }

    /**
     * Binds and starts serving.
     *
     * @param group    NIO event loops for accepting and for the connections, e.g. {@code new
     *                 MultiThreadIoEventLoopGroup(NioIoHandler.newFactory())}; the caller shuts it down after {@link
     *                 #close()}
     * @param bind     address and port; port 0 picks a free one (see {@link #localAddress()})
     * @param handler  the HLR; called from one thread of the server's own
     * @param settings limits and clock
     * @throws IOException naming the address when it cannot be bound
     */
    public static GsupServer start(EventLoopGroup group, InetSocketAddress bind, GsupHandler handler,
                                   GsupServerSettings settings) throws IOException {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(settings, "settings");
        HandlerLoop loop = new HandlerLoop(handler, settings.clock());
        ChannelGroup connections = new DefaultChannelGroup("gsup-connections", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(new ServerConnection(loop, settings));
                    }
                });
        Channel channel;
        try {
            channel = bootstrap.bind(bind).syncUninterruptibly().channel();
        } catch (Exception e) {
            loop.close(CLOSE_WAIT_MILLIS);
            throw new IOException("cannot bind the GSUP server to " + hostPort(bind) + ": " + e.getMessage(), e);
        }
        GsupServer server = new GsupServer(channel, connections, loop);
        log.info("GSUP server listening on {}", hostPort(server.localAddress()));
        return server;
    }

    /** The bound address (with the actual port when 0 was asked for). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /**
     * Runs {@code event} on the handler thread, queued like any other event (and in the same group commit), with
     * the server clock's time in milliseconds, and sends the messages it returns to the named peers. For handler
     * input that does not come from a GSUP peer, such as the D-GSM proxy's home links and lookups. Callable from
     * any thread; after {@link #close()} the event is dropped.
     */
    public void inject(LongFunction<List<GsupSend>> event) {
        Objects.requireNonNull(event, "event");
        loop.inject(event);
    }

    /** Peers that have identified themselves and are connected now, sorted by name. */
    public List<GsupPeer> connectedPeers() {
        return loop.peers();
    }

    /**
     * Stops accepting, closes every connection, reports the connected peers to the handler as disconnected, lets the
     * handler finish what was queued (up to 5 s) and stops its thread. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        serverChannel.close().syncUninterruptibly();
        connections.close().awaitUninterruptibly(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        loop.close(CLOSE_WAIT_MILLIS);
        log.info("GSUP server on {} closed", hostPort((InetSocketAddress) serverChannel.localAddress()));
    }

    static String hostPort(InetSocketAddress address) {
        if (address == null) {
            return "(unbound)";
        }
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
