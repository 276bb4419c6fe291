package org.dgsm.mslookup.netty;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.ScheduledFuture;
import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.StartedRequest;
import org.dgsm.mslookup.wire.MslookupQuery;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Drives the sans-I/O {@link MslookupClientEngine} on a multicast socket: every datagram and every timer
 * goes through the engine on the socket's event loop, so the engine is never touched by two threads.
 */
public final class MulticastMslookupClient implements AutoCloseable {

    private final MslookupClientEngine engine;
    private final MulticastEndpoint endpoint;
    private final EventLoop loop;
    private final LongSupplier clockMillis;
    private final Map<Long, Consumer<MslookupReport>> listeners = new HashMap<>();
    private ScheduledFuture<?> timer;
    private long timerDeadline = Long.MAX_VALUE;

    private MulticastMslookupClient(MslookupClientEngine engine, MulticastEndpoint endpoint, LongSupplier clockMillis) {
        this.engine = engine;
        this.endpoint = endpoint;
        this.loop = endpoint.eventLoop();
        this.clockMillis = clockMillis;
    }

    public static MulticastMslookupClient open(EventLoopGroup group, MulticastConfig config, String domainSuffix)
            throws IOException {
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
        self.set(new MulticastMslookupClient(engine, endpoint, clock));
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

    private void onDatagram(byte[] datagram) {
        deliver(engine.onPacket(datagram, clockMillis.getAsLong()));
        reschedule();
    }

    private void onTimer() {
        timer = null;
        timerDeadline = Long.MAX_VALUE;
        deliver(engine.onTime(clockMillis.getAsLong()));
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
