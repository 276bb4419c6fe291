package org.dgsm.mslookup.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * One UDP socket joined to the mslookup group on exactly one interface. Bound to group:port with
 * SO_REUSEADDR, as osmo-hlr does, so several endpoints (ours, osmo-hlr's, osmo-mslookup-client's)
 * share the port on one host. Hands every datagram's bytes to a consumer on the channel's event loop;
 * what they mean is the sans-I/O cores' business.
 */
public final class MulticastEndpoint implements AutoCloseable {

    /** osmo reads at most 1024 bytes per datagram; anything larger is not mslookup. */
    public static final int MAX_DATAGRAM = 1024;

    private static final Logger log = LoggerFactory.getLogger(MulticastEndpoint.class);

    private final MulticastConfig config;
    private final DatagramChannel channel;
    private final InetSocketAddress groupAddress;

    private MulticastEndpoint(MulticastConfig config, DatagramChannel channel) {
        this.config = config;
        this.channel = channel;
        this.groupAddress = new InetSocketAddress(config.group(), config.port());
    }

    /**
     * Opens the socket, joins the group and starts delivering datagrams to {@code onDatagram}.
     * Fails with an IOException that names the group, port and interface.
     */
    public static MulticastEndpoint open(EventLoopGroup group, MulticastConfig config, Consumer<byte[]> onDatagram)
            throws IOException {
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channelFactory(() -> new NioDatagramChannel(SocketProtocolFamily.INET))
                .option(ChannelOption.SO_REUSEADDR, true)
                // bursts of queries or answers from many villages at once; the kernel caps this at net.core.rmem_max
                .option(ChannelOption.SO_RCVBUF, 1 << 20)
                .option(ChannelOption.IP_MULTICAST_IF, config.networkInterface())
                .option(ChannelOption.IP_MULTICAST_TTL, config.ttl())
                .option(ChannelOption.IP_MULTICAST_LOOP_DISABLED, false)
                .handler(new Inbound(onDatagram));
        DatagramChannel channel;
        try {
            channel = (DatagramChannel) bootstrap.bind(new InetSocketAddress(config.group(), config.port()))
                    .syncUninterruptibly().channel();
        } catch (Exception e) {
            throw new IOException("cannot bind mslookup socket " + config + ": " + e.getMessage(), e);
        }
        try {
            channel.joinGroup(new InetSocketAddress(config.group(), config.port()), config.networkInterface())
                    .syncUninterruptibly();
        } catch (Exception e) {
            channel.close().syncUninterruptibly();
            throw new IOException("cannot join mslookup group " + config + ": " + e.getMessage(), e);
        }
        log.debug("mslookup endpoint open: {}", config);
        return new MulticastEndpoint(config, channel);
    }

    /** Multicasts one datagram to the group; failures are logged, a lost datagram is what UDP is. */
    public void send(byte[] datagram) {
        channel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(datagram), groupAddress))
                .addListener(f -> {
                    if (!f.isSuccess()) {
                        log.warn("mslookup send to {} failed: {}", config, f.cause().toString());
                    }
                });
    }

    public EventLoop eventLoop() {
        return channel.eventLoop();
    }

    public MulticastConfig config() {
        return config;
    }

    Channel channel() {
        return channel;
    }

    @Override
    public void close() {
        Future<?> f = channel.close();
        f.syncUninterruptibly();
    }

    private static final class Inbound extends SimpleChannelInboundHandler<DatagramPacket> {
        private final Consumer<byte[]> onDatagram;

        Inbound(Consumer<byte[]> onDatagram) {
            this.onDatagram = onDatagram;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            if (packet.content().readableBytes() > MAX_DATAGRAM) {
                log.debug("dropping {}-byte datagram from {}: larger than mslookup allows",
                        packet.content().readableBytes(), packet.sender());
                return;
            }
            byte[] bytes = ByteBufUtil.getBytes(packet.content());
            try {
                onDatagram.accept(bytes);
            } catch (RuntimeException e) {
                log.warn("mslookup datagram handler failed; datagram dropped", e);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            log.warn("mslookup socket error: {}", cause.toString());
        }
    }
}
