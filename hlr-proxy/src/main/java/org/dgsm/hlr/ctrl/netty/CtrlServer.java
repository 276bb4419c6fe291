package org.dgsm.hlr.ctrl.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dgsm.hlr.ctrl.CtrlCommands;
import org.dgsm.hlr.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * osmo-hlr's CTRL interface (IPA, default port 4259) on a {@link SubscriberStore}, so that scripts written for
 * osmo-hlr ({@code osmo_ctrl.py} and the like) work unchanged; see {@link CtrlCommands} for the commands.
 *
 * <p>All connections are served from one thread of the server's own, never from the I/O threads, because every
 * command reads or writes the database: answers come in the order of the requests, and a connection stops being
 * read while many of its inputs wait.
 */
public final class CtrlServer implements AutoCloseable {

    /** osmo-hlr's CTRL port. */
    public static final int DEFAULT_PORT = 4259;

    private static final Logger log = LoggerFactory.getLogger(CtrlServer.class);
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final Channel serverChannel;
    private final ChannelGroup connections;
    private final ExecutorService worker;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CtrlServer(Channel serverChannel, ChannelGroup connections, ExecutorService worker) {
        this.serverChannel = serverChannel;
        this.connections = connections;
        this.worker = worker;
    }

    /**
     * Binds and starts serving.
     *
     * @param group event loops for accepting and for the connections (NIO); the caller shuts it down after {@link
     *              #close()}
     * @param bind  address and port; port 0 picks a free one (see {@link #localAddress()})
     * @param store the subscribers; the server does not close it
     * @throws IOException naming the address when it cannot be bound
     */
    public static CtrlServer start(EventLoopGroup group, InetSocketAddress bind, SubscriberStore store)
            throws IOException {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(store, "store");
        CtrlCommands commands = new CtrlCommands(store);
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dgsm-ctrl");
            thread.setDaemon(true);
            return thread;
        });
        ChannelGroup connections = new DefaultChannelGroup("ctrl-connections", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(new CtrlChannelHandler(commands, worker));
                    }
                });
        Channel channel;
        try {
            channel = bootstrap.bind(bind).syncUninterruptibly().channel();
        } catch (Exception e) {
            worker.shutdownNow();
            throw new IOException("cannot bind the CTRL server to " + hostPort(bind) + ": " + e.getMessage(), e);
        }
        CtrlServer server = new CtrlServer(channel, connections, worker);
        log.info("CTRL server listening on {}", hostPort(server.localAddress()));
        return server;
    }

    /** The bound address (with the actual port when 0 was asked for). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Stops accepting, closes every connection, lets queued commands finish (up to 5 s). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        serverChannel.close().syncUninterruptibly();
        connections.close().awaitUninterruptibly(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.info("CTRL server on {} closed", hostPort(localAddress()));
    }

    static String hostPort(InetSocketAddress address) {
        if (address == null) {
            return "(unbound)";
        }
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
