package org.dgsm.hlr.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.ipa.IpaFrameEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GSUP-over-IPA link to a server (a home HLR for the D-GSM proxy, any HLR for the bench), kept up for as long as
 * the client is open: it answers the server's ID_GET with our {@link org.dgsm.hlr.ipa.IpaIdentity}, pings every
 * keepalive interval and drops a connection whose PING goes unanswered, and reconnects with backoff whenever the link
 * is lost or cannot be made.
 *
 * <p><b>Ready</b> means the server has accepted our identity on the current connection: its ID_ACK arrived, or, from
 * a server that never sends one, the grace period after our ID_RESP passed ({@link IdentityAcceptance}). Until then
 * {@link #send} refuses, so nothing reaches the server before it knows our name (dgsm-proxy.md §3.1, unlike osmo's
 * client, which counts the link as up at TCP connect). All connections of a client live on one event loop, {@link
 * #eventLoop()}, where the listener is called.
 */
public final class GsupClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GsupClient.class);

    private final InetSocketAddress remote;
    private final GsupClientSettings settings;
    private final GsupClientListener listener;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final ReconnectBackoff backoff;
    /** The connection now up, if any; only touched on {@link #loop}. */
    private ClientConnection current;
    private volatile Channel channel;
    private volatile boolean ready;
    private volatile CompletableFuture<Void> readyFuture = new CompletableFuture<>();
    private volatile boolean closed;
    private boolean failureLogged;

    private GsupClient(EventLoopGroup group, InetSocketAddress remote, GsupClientSettings settings,
                       GsupClientListener listener) {
        this.remote = remote;
        this.settings = settings;
        this.listener = listener;
        this.loop = group.next();
        this.backoff = new ReconnectBackoff(settings.reconnectMinMillis(), settings.reconnectMaxMillis());
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, settings.connectTimeoutMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ClientConnection(GsupClient.this, settings));
                    }
                });
    }

    /**
     * Starts connecting in the background and returns at once; see {@link #awaitReady} / {@link #whenReady}.
     *
     * @param group    NIO event loops (e.g. {@code new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory())}); the
     *                 client uses one of them for all its connections; the caller shuts the group down
     * @param remote   the server, e.g. 127.0.0.1:4222
     * @param settings identity, keepalive, reconnect
     * @param listener called on the client's event loop
     */
    public static GsupClient connect(EventLoopGroup group, InetSocketAddress remote, GsupClientSettings settings,
                                     GsupClientListener listener) {
        GsupClient client = new GsupClient(Objects.requireNonNull(group, "group"),
                Objects.requireNonNull(remote, "remote"), Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(listener, "listener"));
        client.loop.execute(client::attempt);
        return client;
    }

    /**
     * Sends one message if the link is ready.
     *
     * @return false if it is not (nothing was sent); true if the message was handed to the connection, which does not
     * guarantee delivery should the connection break now
     * @throws IllegalArgumentException if the message does not fit one IPA frame
     */
    public boolean send(GsupMessage message) {
        byte[] frame = IpaFrameEncoder.encodeGsup(GsupEncoder.encode(message));
        Channel ch = channel;
        if (!ready || ch == null) {
            return false;
        }
        ch.writeAndFlush(Unpooled.wrappedBuffer(frame)).addListener(f -> {
            if (!f.isSuccess()) {
                log.debug("GSUP link to {}: {} for IMSI {} not sent: {}", remote, message.type(), message.imsi(),
                        f.cause().toString());
            }
        });
        return true;
    }

    /** Whether the server has accepted our identity on the current connection. */
    public boolean isReady() {
        return ready;
    }

    /** Completes when the link is (or next becomes) ready. */
    public CompletableFuture<Void> whenReady() {
        return readyFuture.copy();
    }

    /** Waits until the link is ready; @return false if it was not within {@code timeout} */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        try {
            whenReady().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("readiness failed", e.getCause());
        }
    }

    /** Our IPA name as the server sees it (serial number plus NUL). */
    public Octets ipaName() {
        return settings.identity().ipaName();
    }

    public InetSocketAddress remote() {
        return remote;
    }

    /** The loop all of this client's connections, timers and listener calls run on. */
    public EventLoop eventLoop() {
        return loop;
    }

    /**
     * Closes the connection and stops reconnecting. Idempotent. Called from outside the client's event loop it waits
     * (up to the connect timeout) until the connection is closed; from the loop itself (a listener) it does not wait.
     */
    @Override
    public void close() {
        closed = true;
        if (loop.inEventLoop()) {
            Channel ch = channel;
            if (ch != null) {
                ch.close();
            }
            return;
        }
        try {
            loop.submit(() -> {
                Channel ch = channel;
                if (ch != null) {
                    ch.close();
                }
            }).awaitUninterruptibly(settings.connectTimeoutMillis());
        } catch (RejectedExecutionException e) {
            log.debug("GSUP link to {}: event loop already shut down", remote);
        }
        Channel ch = channel;
        if (ch != null) {
            ch.closeFuture().awaitUninterruptibly(settings.connectTimeoutMillis());
        }
    }

    private void attempt() {
        if (closed) {
            return;
        }
        ChannelFuture future = bootstrap.connect(remote);
        future.addListener(f -> {
            if (!f.isSuccess()) {
                String reason = f.cause() == null ? "cancelled" : f.cause().getMessage();
                scheduleReconnect("cannot connect: " + reason);
            }
        });
    }

    void linkUp(ClientConnection connection, Channel ch) {
        if (closed) {
            ch.close();
            return;
        }
        current = connection;
        channel = ch;
        failureLogged = false;
        log.info("GSUP link to {} connected as {}", GsupServer.hostPort(remote), IpaNames.display(ipaName()));
    }

    void accepted(ClientConnection connection, String how) {
        if (connection != current) {
            return;
        }
        ready = true;
        backoff.reset();
        log.info("GSUP link to {} ready ({})", GsupServer.hostPort(remote), how);
        readyFuture.complete(null);
        try {
            listener.onReady();
        } catch (RuntimeException e) {
            log.error("GSUP client listener failed in onReady", e);
        }
    }

    void received(GsupMessage message) {
        try {
            listener.onMessage(message);
        } catch (RuntimeException e) {
            log.error("GSUP client listener failed on {} for IMSI {}", message.type(), message.imsi(), e);
        }
    }

    void linkDown(ClientConnection connection, String reason) {
        if (connection != current) {
            return;
        }
        current = null;
        channel = null;
        ready = false;
        if (readyFuture.isDone()) {
            readyFuture = new CompletableFuture<>();
        }
        log.info("GSUP link to {} down: {}", GsupServer.hostPort(remote), reason);
        try {
            listener.onDisconnected(reason);
        } catch (RuntimeException e) {
            log.error("GSUP client listener failed in onDisconnected", e);
        }
        scheduleReconnect(reason);
    }

    private void scheduleReconnect(String reason) {
        if (closed) {
            return;
        }
        long delay = backoff.nextDelayMillis();
        if (!failureLogged) {
            failureLogged = true;
            log.warn("GSUP link to {}: {}; retrying in {} ms (further attempts logged at DEBUG)",
                    GsupServer.hostPort(remote), reason, delay);
        } else {
            log.debug("GSUP link to {}: {}; retrying in {} ms", GsupServer.hostPort(remote), reason, delay);
        }
        loop.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
    }
}
