package org.dgsm.hlr.ctrl.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.SocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dgsm.hlr.ctrl.CtrlCommands;
import org.dgsm.hlr.ctrl.CtrlConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one connection's bytes, in order, to its {@link CtrlConnection} on the server's worker thread and writes the
 * answers. Reading pauses while {@value #MAX_QUEUED_READS} reads wait for the worker or the peer does not take its
 * answers (channel not writable), so a flooding client cannot fill memory.
 */
final class CtrlChannelHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CtrlChannelHandler.class);
    static final int MAX_QUEUED_READS = 16;

    private final CtrlCommands commands;
    private final Executor worker;
    private final AtomicInteger queuedReads = new AtomicInteger();
    private CtrlConnection connection;

    CtrlChannelHandler(CtrlCommands commands, Executor worker) {
        this.commands = commands;
        this.worker = worker;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        connection = new CtrlConnection(commands, describe(ctx.channel().remoteAddress()));
        log.debug("CTRL connection from {}", ctx.channel().remoteAddress());
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        byte[] bytes;
        try {
            bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
        } finally {
            buf.release();
        }
        Channel channel = ctx.channel();
        queuedReads.incrementAndGet();
        updateAutoRead(channel);
        try {
            worker.execute(() -> serve(channel, bytes));
        } catch (RejectedExecutionException e) {
            channel.close(); // server closing
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        updateAutoRead(ctx.channel());
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("CTRL connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    /** Runs on the worker thread. */
    private void serve(Channel channel, byte[] bytes) {
        try {
            if (!channel.isActive() || connection.isClosed()) {
                return;
            }
            CtrlConnection.Output output = connection.receive(bytes);
            if (output.toSend().length > 0) {
                channel.writeAndFlush(Unpooled.wrappedBuffer(output.toSend()));
            }
            if (output.close()) {
                channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            }
        } catch (RuntimeException e) {
            log.warn("CTRL connection {}: closing after an internal error", channel.remoteAddress(), e);
            channel.close();
        } finally {
            queuedReads.decrementAndGet();
            try {
                channel.eventLoop().execute(() -> updateAutoRead(channel));
            } catch (RejectedExecutionException e) {
                // event loops shut down: nothing left to read
            }
        }
    }

    /** Runs on the channel's event loop only, so that decisions never act on a stale count. */
    private void updateAutoRead(Channel channel) {
        boolean read = queuedReads.get() < MAX_QUEUED_READS && channel.isWritable();
        if (channel.config().isAutoRead() != read) {
            channel.config().setAutoRead(read);
        }
    }

    private static String describe(SocketAddress address) {
        return address == null ? "(unknown peer)" : address.toString();
    }
}
