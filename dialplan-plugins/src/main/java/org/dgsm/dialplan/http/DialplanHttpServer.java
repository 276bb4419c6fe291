package org.dgsm.dialplan.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The node's HTTP API for dialplans, on the node's own (NIO) event loops:
 * <ul>
 *   <li>{@code GET /lookup/{service}/{msisdn}}: JSON, for Kamailio and scripts;</li>
 *   <li>{@code POST /freeswitch/dialplan} (or GET): the mod_xml_curl dialplan binding.</li>
 * </ul>
 * Requests are bounded (request line, headers, body) and connections idle for a minute are closed.
 */
public final class DialplanHttpServer implements AutoCloseable {

    static final int MAX_INITIAL_LINE = 4096;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int IDLE_SECONDS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(DialplanHttpServer.class);

    private final Channel serverChannel;
    private final ChannelGroup connections;

    private DialplanHttpServer(Channel serverChannel, ChannelGroup connections) {
        this.serverChannel = serverChannel;
        this.connections = connections;
    }

    /**
     * Binds and starts serving. {@code group} must run NIO channels (a {@code MultiThreadIoEventLoopGroup} with
     * {@code NioIoHandler}), like the mslookup sockets.
     *
     * @throws IOException when the address cannot be bound; the message names it
     */
    public static DialplanHttpServer start(EventLoopGroup group, InetSocketAddress bind, SubscriberLocator locator,
                                           DialplanSettings settings) throws IOException {
        return start(group, bind, locator, settings, MountedRoutes.NONE);
    }

    /** The same server with {@code mounted} asked first for every request (the node's status page). */
    public static DialplanHttpServer start(EventLoopGroup group, InetSocketAddress bind, SubscriberLocator locator,
                                           DialplanSettings settings, MountedRoutes mounted) throws IOException {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(bind, "bind");
        DialplanRoutes routes = new DialplanRoutes(locator, settings, Objects.requireNonNull(mounted, "mounted"));
        ChannelGroup connections = new DefaultChannelGroup("dialplan-http", GlobalEventExecutor.INSTANCE);
        int maxBody = settings.maxRequestBytes();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline()
                                .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                                .addLast(new HttpServerCodec(new HttpDecoderConfig()
                                        .setMaxInitialLineLength(MAX_INITIAL_LINE)
                                        .setMaxHeaderSize(MAX_HEADER_BYTES)))
                                .addLast(new HttpObjectAggregator(maxBody, true))
                                .addLast(new DialplanHttpHandler(routes));
                    }
                });
        Channel channel;
        try {
            channel = bootstrap.bind(bind).syncUninterruptibly().channel();
        } catch (Exception e) {
            throw new IOException("cannot bind the dialplan HTTP server to " + bind.getHostString() + ":"
                    + bind.getPort() + ": " + e.getMessage(), e);
        }
        LOG.info("dialplan HTTP API on {}", channel.localAddress());
        return new DialplanHttpServer(channel, connections);
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
    }
}
