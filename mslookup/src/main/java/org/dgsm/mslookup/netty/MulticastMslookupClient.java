package org.dgsm.mslookup.netty;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.ScheduledFuture;
import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.StartedRequest;
import org.dgsm.mslookup.signing.SignedAnswerGate;
import org.dgsm.mslookup.signing.SigningSettings;
import org.dgsm.mslookup.wire.MslookupQuery;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Drives the sans-I/O {@link MslookupClientEngine} on a multicast socket: every datagram and every timer
 * goes through the engine on the socket's event loop, so the engine is never touched by two threads. With {@link
 * SigningSettings}, a {@link SignedAnswerGate} in front of the engine lets only verified answers through.
 */
public final class MulticastMslookupClient implements AutoCloseable {

    private final MslookupClientEngine engine;
    private final MulticastEndpoint endpoint;
    private final EventLoop loop;
    private final LongSupplier clockMillis;
    /** Null without signing: then every datagram goes straight to the engine, exactly as before signing existed. */
    private final SignedAnswerGate gate;
    private final Map<Long, Consumer<MslookupReport>> listeners = new HashMap<>();
    private ScheduledFuture<?> timer;
    private long timerDeadline = Long.MAX_VALUE;

    private MulticastMslookupClient(MslookupClientEngine engine, MulticastEndpoint endpoint, LongSupplier clockMillis,
                                    SignedAnswerGate gate) {
        this.engine = engine;
        this.gate = gate;
        this.endpoint = endpoint;
        this.loop = endpoint.eventLoop();
        this.clockMillis = clockMillis;
    }

    public static MulticastMslookupClient open(EventLoopGroup group, MulticastConfig config, String domainSuffix)
            throws IOException {
        return open(group, config, domainSuffix, null);
    }

    /**
     * A client that accepts only signed answers (or legacy villages' answers), see {@link SignedAnswerGate}.
     *
     * @param signing null for an unsigned client, the same as {@link #open(EventLoopGroup, MulticastConfig, String)}
     */
    public static MulticastMslookupClient open(EventLoopGroup group, MulticastConfig config, String domainSuffix,
                                               SigningSettings signing) throws IOException {
        Objects.requireNonNull(domainSuffix, "domainSuffix");
        SignedAnswerGate gate = signing == null ? null : new SignedAnswerGate(signing.verifier(domainSuffix),
                signing.companionGraceMillis(), System::currentTimeMillis);
        MslookupClientEngine engine = new MslookupClientEngine(domainSuffix, new SecureRandom().nextInt(0x10000));
        LongSupplier clock = () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
        // Datagrams that arrive while open() is still joining the group are dropped: no request is open yet.
        AtomicReference<MulticastMslookupClient> self = new AtomicReference<>();
        MulticastEndpoint endpoint = MulticastEndpoint.open(group, config, datagram -> {
            MulticastMslookupClient client = self.get();
            if (client != null) {
                client.onDatagram(datagram);
            }
        });
        self.set(new MulticastMslookupClient(engine, endpoint, clock, gate));
        return self.get();
    }

    /**
     * Starts one lookup; {@code listener} gets every report on the event loop, the last one with
     * {@code last() == true}. Returns a future of that last report.
     */
    public CompletableFuture<MslookupReport> lookup(MslookupQuery query, long minDelayMs, long timeoutMs,
                                                    Consumer<MslookupReport> listener) {
        CompletableFuture<MslookupReport> last = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                StartedRequest started = engine.start(query, minDelayMs, timeoutMs, clockMillis.getAsLong());
                listeners.put(started.requestId(), report -> {
                    listener.accept(report);
                    if (report.last()) {
                        last.complete(report);
                    }
                });
                endpoint.send(started.queryPacket());
                reschedule();
            } catch (RuntimeException e) {
                last.completeExceptionally(e);
            }
        });
        return last;
    }

    public CompletableFuture<MslookupReport> lookup(MslookupQuery query, long minDelayMs, long timeoutMs) {
        return lookup(query, minDelayMs, timeoutMs, report -> { });
    }

    public long malformedPackets() {
        return engine.malformedPackets();
    }

    /** The signing gate's counters, or null for an unsigned client; read it on the event loop or after close. */
    public SignedAnswerGate signedAnswerGate() {
        return gate;
    }

    private void onDatagram(byte[] datagram) {
        long now = clockMillis.getAsLong();
        if (gate == null) {
            deliver(engine.onPacket(datagram, now));
        } else {
            for (byte[] verified : gate.onPacket(datagram, now)) {
                deliver(engine.onPacket(verified, now));
            }
        }
        reschedule();
    }

    private void onTimer() {
        timer = null;
        timerDeadline = Long.MAX_VALUE;
        long now = clockMillis.getAsLong();
        if (gate != null) {
            gate.onTime(now);
        }
        deliver(engine.onTime(now));
        reschedule();
    }

    private void deliver(List<MslookupReport> reports) {
        for (MslookupReport report : reports) {
            Consumer<MslookupReport> listener = report.last()
                    ? listeners.remove(report.requestId())
                    : listeners.get(report.requestId());
            if (listener != null) {
                listener.accept(report);
            }
        }
    }

    private void reschedule() {
        OptionalLong next = engine.nextDeadline();
        if (gate != null) {
            OptionalLong held = gate.nextDeadline();
            if (held.isPresent() && (next.isEmpty() || held.getAsLong() < next.getAsLong())) {
                next = held;
            }
        }
        if (next.isEmpty()) {
            cancelTimer();
            return;
        }
        long deadline = next.getAsLong();
        if (timer != null && deadline == timerDeadline) {
            return;
        }
        cancelTimer();
        long delay = Math.max(0, deadline - clockMillis.getAsLong());
        timerDeadline = deadline;
        timer = loop.schedule(this::onTimer, delay, TimeUnit.MILLISECONDS);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
            timerDeadline = Long.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        loop.submit(this::cancelTimer).syncUninterruptibly();
        endpoint.close();
    }
}
