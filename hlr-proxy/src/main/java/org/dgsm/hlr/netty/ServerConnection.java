package org.dgsm.hlr.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.ipa.IpaEvent;
import org.dgsm.hlr.ipa.IpaFrameEncoder;
import org.dgsm.hlr.ipa.IpaServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One accepted GSUP connection: bytes go into an {@link IpaServerHandshake}, its events are carried out (write,
 * identify, hold, close), GSUP payloads go through {@link GsupIntake} and accepted messages to the {@link
 * HandlerLoop}. Reading pauses while too many of this connection's messages wait for the handler thread or while the
 * peer does not read what we write. A peer the {@link PeerPolicy} refuses is closed with one WARN line naming its IPA
 * name, its address and the rule, either right after its identity exchange or at its first GSUP message in a role it
 * is not allowed (see {@link PeerAdmission}).
 */
final class ServerConnection extends ChannelInboundHandlerAdapter implements PeerLink {

    private static final Logger log = LoggerFactory.getLogger(ServerConnection.class);

    private final HandlerLoop loop;
    private final GsupServerSettings settings;
    private final IpaServerHandshake handshake = new IpaServerHandshake();
    private final EarlyGsupBuffer early;
    private final PeerAdmission admission;
    private final AtomicInteger queued = new AtomicInteger();
    private volatile Channel channel;
    private volatile InetSocketAddress remote;
    private Octets peer;
    private ScheduledFuture<?> expiry;
    private boolean earlyOverflowLogged;
    private int rejected;
    private int answered;

    ServerConnection(HandlerLoop loop, GsupServerSettings settings) {
        this.loop = loop;
        this.settings = settings;
        this.early = new EarlyGsupBuffer(settings.earlyGsupMaxMessages(), settings.earlyGsupHoldMillis());
        this.admission = new PeerAdmission(settings.peerPolicy());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        remote = (InetSocketAddress) ctx.channel().remoteAddress();
        log.debug("GSUP connection from {}", remote);
        apply(ctx, handshake.onConnect());
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
        if (expiry != null) {
            expiry.cancel(false);
        }
        if (early.size() > 0) {
            log.warn("GSUP connection {} closed before its ID_RESP; {} GSUP message(s) received before it discarded",
                    describe(), early.size());
        }
        if (rejected > 0) {
            log.info("GSUP peer {}: {} undecodable GSUP message(s) on this connection, {} answered with an"
                    + " error", describe(), rejected, answered);
        }
        if (peer != null) {
            log.info("GSUP peer {} disconnected", describe());
            loop.gone(peer, this);
        } else if (!admission.refused()) {
            log.debug("GSUP connection from {} closed before its peer identified itself", remote);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        updateAutoRead();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            log.debug("GSUP connection {}: {}", describe(), cause.toString());
        } else {
            log.warn("GSUP connection {}: closing after an unexpected error", describe(), cause);
        }
        ctx.close();
    }

    private void apply(ChannelHandlerContext ctx, List<IpaEvent> events) {
        if (admission.refused()) {
            return; // closing: bytes that were already on their way are not looked at
        }
        for (IpaEvent event : events) {
            if (event instanceof IpaEvent.Send send) {
                ctx.write(Unpooled.wrappedBuffer(send.bytes().toByteArray()));
            } else if (event instanceof IpaEvent.PeerIdentified identified) {
                if (!identified(ctx, identified.name())) {
                    return;
                }
            } else if (event instanceof IpaEvent.GsupReceived gsup) {
                if (!gsup(ctx, gsup.message())) {
                    return;
                }
            } else if (event instanceof IpaEvent.GsupBeforeIdentity gsup) {
                hold(ctx, gsup.message());
            } else if (event instanceof IpaEvent.Ignored ignored) {
                log.debug("GSUP connection {}: {}", describe(), ignored.reason());
            } else if (event instanceof IpaEvent.Close close) {
                log.warn("GSUP connection {}: closing it: {}", describe(), close.reason());
                ctx.flush();
                ctx.close();
                return;
            }
        }
        ctx.flush();
    }

    /** @return false if the peer was refused and the connection is being closed */
    private boolean identified(ChannelHandlerContext ctx, Octets name) {
        if (expiry != null) {
            expiry.cancel(false);
            expiry = null;
        }
        PeerPolicy.Decision decision = admission.onIdentified(IpaNames.display(name), remote.getAddress());
        if (!decision.allowed()) {
            early.drain();
            refuse(ctx, name, decision);
            return false;
        }
        peer = name;
        loop.identified(name, this);
        List<Octets> held = early.drain();
        if (!held.isEmpty()) {
            log.info("GSUP peer {}: passing on {} GSUP message(s) received before its ID_RESP", describe(),
                    held.size());
        }
        for (Octets message : held) {
            if (!gsup(ctx, message)) {
                return false;
            }
        }
        return true;
    }

    /** The one log line of a refusal, then the connection is closed (the handler sees a disconnect if it knew it). */
    private void refuse(ChannelHandlerContext ctx, Octets name, PeerPolicy.Decision decision) {
        log.warn("GSUP peer refused: IPA name '{}' from {}: {}; closing the connection", IpaNames.display(name),
                GsupServer.hostPort(remote), decision.rule());
        ctx.flush();
        ctx.close();
    }

    /** @return false if the peer was refused and the connection is being closed */
    private boolean gsup(ChannelHandlerContext ctx, Octets payload) {
        if (admission.refused()) {
            return false;
        }
        GsupIntake.Verdict verdict = GsupIntake.examine(payload.toByteArray());
        if (verdict instanceof GsupIntake.Accept accept) {
            PeerPolicy.Decision decision = admission.onGsup(accept.message());
            if (!decision.allowed()) {
                refuse(ctx, peer, decision);
                return false;
            }
            queued.incrementAndGet();
            updateAutoRead();
            loop.message(peer, this, accept.message());
        } else if (verdict instanceof GsupIntake.Answer answer) {
            noteRejected(answer.reason(), true);
            ctx.write(Unpooled.wrappedBuffer(IpaFrameEncoder.encodeGsup(GsupEncoder.encode(answer.reply()))));
        } else if (verdict instanceof GsupIntake.Discard discard) {
            noteRejected(discard.reason(), false);
        }
        return true;
    }

    /** One clear line per connection at WARN; the rest at DEBUG, and a count (INFO) when the connection closes. */
    private void noteRejected(String reason, boolean answeredWithError) {
        rejected++;
        if (answeredWithError) {
            answered++;
        }
        String outcome = answeredWithError ? "answered with an error" : "discarded";
        if (rejected == 1) {
            log.warn("GSUP peer {}: {} ({}); further ones on this connection are logged at DEBUG", describe(),
                    reason, outcome);
        } else {
            log.debug("GSUP peer {}: {} ({})", describe(), reason, outcome);
        }
    }

    private void hold(ChannelHandlerContext ctx, Octets payload) {
        long now = settings.clock().getAsLong();
        if (!early.offer(payload, now)) {
            if (!earlyOverflowLogged) {
                earlyOverflowLogged = true;
                log.warn("GSUP connection {}: GSUP before ID_RESP beyond the {} held messages discarded", describe(),
                        early.maxMessages());
            }
            return;
        }
        if (expiry == null) {
            scheduleExpiry(ctx);
        }
    }

    private void scheduleExpiry(ChannelHandlerContext ctx) {
        OptionalLong at = early.nextExpiry();
        if (at.isEmpty()) {
            expiry = null;
            return;
        }
        long delay = Math.max(0, at.getAsLong() - settings.clock().getAsLong());
        expiry = ctx.executor().schedule(() -> {
            int discarded = early.expire(settings.clock().getAsLong());
            if (discarded > 0) {
                log.warn("GSUP connection {}: no ID_RESP within {} ms; {} GSUP message(s) received before it discarded",
                        describe(), early.holdMillis(), discarded);
            }
            scheduleExpiry(ctx);
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Runs on the event loop only, so that pausing and resuming never race. */
    private void updateAutoRead() {
        Channel ch = channel;
        if (ch == null) {
            return;
        }
        int pending = queued.get();
        int max = settings.maxQueuedPerConnection();
        if (pending >= max || !ch.isWritable()) {
            ch.config().setAutoRead(false);
        } else if (pending <= max / 2) {
            ch.config().setAutoRead(true);
        }
    }

    private String describe() {
        return peer == null ? String.valueOf(remote) : IpaNames.display(peer) + " (" + remote + ")";
    }

    @Override
    public void send(byte[] frames) {
        Channel ch = channel;
        if (ch != null) {
            ch.writeAndFlush(Unpooled.wrappedBuffer(frames));
        }
    }

    @Override
    public void close(String reason) {
        Channel ch = channel;
        if (ch != null) {
            log.info("GSUP connection {}: closing it: {}", remote, reason);
            ch.close();
        }
    }

    @Override
    public void messageHandled() {
        int pending = queued.decrementAndGet();
        Channel ch = channel;
        if (ch != null && pending <= settings.maxQueuedPerConnection() / 2 && !ch.config().isAutoRead()) {
            ch.eventLoop().execute(this::updateAutoRead);
        }
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }
}
