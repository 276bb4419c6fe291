package org.dgsm.hlr.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.ipa.IpaClientHandshake;
import org.dgsm.hlr.ipa.IpaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection of a {@link GsupClient}: bytes and time go into an {@link IpaClientHandshake} and an {@link
 * IdentityAcceptance}, their events are carried out, and one timer runs at the earlier of their deadlines.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);

    private final GsupClient owner;
    private final GsupClientSettings settings;
    private final IpaClientHandshake handshake;
    private final IdentityAcceptance acceptance;
    private ScheduledFuture<?> timer;
    private long timerAt;
    private String closeReason;
    private int malformed;

    ClientConnection(GsupClient owner, GsupClientSettings settings) {
        this.owner = owner;
        this.settings = settings;
        this.handshake = new IpaClientHandshake(settings.identity(), settings.keepaliveMillis());
        this.acceptance = new IdentityAcceptance(settings.idAckGraceMillis());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        owner.linkUp(this, ctx.channel());
        apply(ctx, handshake.onConnect(now()));
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        byte[] bytes;
        ByteBuf buf = (ByteBuf) msg;
        try {
            bytes = ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
        apply(ctx, handshake.onBytes(bytes));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
        }
        if (malformed > 1) {
            log.warn("GSUP link to {}: {} undecodable GSUP messages discarded on this connection", owner.remote(),
                    malformed);
        }
        owner.linkDown(this, closeReason != null ? closeReason : "connection closed by the server");
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        closeReason = cause instanceof IOException ? cause.getMessage() : cause.toString();
        if (!(cause instanceof IOException)) {
            log.warn("GSUP link to {}: closing after an unexpected error", owner.remote(), cause);
        }
        ctx.close();
    }

    private void apply(ChannelHandlerContext ctx, List<IpaEvent> events) {
        for (IpaEvent event : events) {
            if (event instanceof IpaEvent.Send send) {
                ctx.write(Unpooled.wrappedBuffer(send.bytes().toByteArray()));
            } else if (event instanceof IpaEvent.IdentitySent) {
                acceptance.identitySent(now());
            } else if (event instanceof IpaEvent.IdAckReceived) {
                if (acceptance.idAckReceived()) {
                    ctx.flush();
                    owner.accepted(this, "ID_ACK");
                }
            } else if (event instanceof IpaEvent.GsupReceived gsup) {
                received(gsup.message().toByteArray());
            } else if (event instanceof IpaEvent.Ignored ignored) {
                log.debug("GSUP link to {}: {}", owner.remote(), ignored.reason());
            } else if (event instanceof IpaEvent.Close close) {
                closeReason = close.reason();
                log.warn("GSUP link to {}: closing it: {}", owner.remote(), close.reason());
                ctx.flush();
                ctx.close();
                return;
            }
        }
        ctx.flush();
        armTimer(ctx);
    }

    private void received(byte[] gsup) {
        GsupMessage message;
        try {
            message = GsupDecoder.decode(gsup);
        } catch (MalformedGsupException e) {
            malformed++;
            if (malformed == 1) {
                log.warn("GSUP link to {}: undecodable GSUP discarded: {}", owner.remote(), e.getMessage());
            }
            return;
        }
        owner.received(message);
    }

    private void armTimer(ChannelHandlerContext ctx) {
        OptionalLong keepalive = handshake.nextTimerMillis();
        OptionalLong grace = acceptance.deadline();
        long at = Math.min(keepalive.orElse(Long.MAX_VALUE), grace.orElse(Long.MAX_VALUE));
        if (at == Long.MAX_VALUE || handshake.isClosed()) {
            cancelTimer();
            return;
        }
        if (timer != null && timerAt == at) {
            return;
        }
        cancelTimer();
        timerAt = at;
        timer = ctx.executor().schedule(() -> onTimer(ctx), Math.max(0, at - now()), TimeUnit.MILLISECONDS);
    }

    private void onTimer(ChannelHandlerContext ctx) {
        timer = null;
        if (!ctx.channel().isActive()) {
            return;
        }
        long now = now();
        if (acceptance.onTimer(now)) {
            log.info("GSUP link to {}: no ID_ACK within {} ms of our ID_RESP; taking the identity as accepted",
                    owner.remote(), settings.idAckGraceMillis());
            owner.accepted(this, "grace period");
        }
        apply(ctx, handshake.onTimer(now));
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private long now() {
        return settings.clock().getAsLong();
    }
}
