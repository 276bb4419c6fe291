package org.dgsm.hlr.netty;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.ipa.IpaFrameEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that calls the {@link GsupHandler} (which may block on SQLite, so never on an I/O thread). It owns
 * the route table (IPA name → connection), sends what the handler returns to the connection routed for each name,
 * and keeps one timer at the handler's {@link GsupHandler#nextDeadline()}. Connections report to it from their I/O
 * threads; the calls only enqueue work, in order, so one connection's identity, messages and disconnect reach the
 * handler in the order they happened. A handler that throws is logged and the server goes on.
 *
 * <p>Group commit: whatever has queued up while the handler was busy (at most {@link #MAX_BATCH} events) is handed
 * over inside one {@link GsupHandler#inOneTransaction} call, and the answers are sent only after it returned, so
 * under load many requests share one sync to disk and nothing is answered before it is stored.
 */
final class HandlerLoop {

    private static final Logger log = LoggerFactory.getLogger(HandlerLoop.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    static final int MAX_BATCH = 64;

    /** A routed peer: its connection and what status shows about it. */
    private record Route(PeerLink link, GsupPeer status) {
    }

    private final GsupHandler handler;
    private final LongSupplier clock;
    private final ScheduledThreadPoolExecutor executor;
    private final PeerRegistry<Route> registry = new PeerRegistry<>();
    private ScheduledFuture<?> timer;
    private long timerAt;
    /** The deadline onTime was last called for: a handler that keeps returning it is not re-run in a tight loop. */
    private long lastServed = Long.MIN_VALUE;
    private boolean stopped;
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> queued = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean drainScheduled = new java.util.concurrent.atomic.AtomicBoolean();
    /** Answers of the batch being handled; sent once the batch is committed. Only touched by the handler thread. */
    private List<GsupSend> held;

    HandlerLoop(GsupHandler handler, LongSupplier clock) {
        this.handler = handler;
        this.clock = clock;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "gsup-handler-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** The connection's peer presented {@code name}; it now gets everything sent to that name. */
    void identified(Octets name, PeerLink link) {
        submit(() -> {
            long now = clock.getAsLong();
            Route route = new Route(link, new GsupPeer(name, link.remoteAddress(), now));
            Optional<Route> previous = registry.register(name, route);
            if (previous.isPresent()) {
                log.warn("GSUP peer {}: a new connection from {} takes over this IPA name; closing the older one from {}",
                        IpaNames.display(name), link.remoteAddress(), previous.get().link().remoteAddress());
                previous.get().link().close("replaced by a newer connection with the same IPA name");
            } else {
                log.info("GSUP peer {} connected from {}", IpaNames.display(name), link.remoteAddress());
            }
            deliver(() -> handler.onPeerConnected(name, now));
        });
    }

    /** A GSUP message from the identified peer {@code name} on {@code link}. */
    void message(Octets name, PeerLink link, GsupMessage message) {
        submit(() -> {
            try {
                deliver(() -> handler.onMessage(name, message, clock.getAsLong()));
            } finally {
                link.messageHandled();
            }
        });
    }

    /** The connection of the identified peer {@code name} closed; reported only if it still had the name. */
    void gone(Octets name, PeerLink link) {
        submit(() -> {
            Optional<Route> route = registry.route(name).filter(r -> r.link() == link);
            if (route.isPresent() && registry.remove(name, route.get())) {
                deliver(() -> handler.onPeerDisconnected(name, clock.getAsLong()));
            }
        });
    }

    /**
     * An event from outside the GSUP connections (e.g. a D-GSM home link or lookup): queued behind what is already
     * waiting, run on the handler thread with the server clock's time, inside a group commit like any other event,
     * and what it returns is sent. Callable from any thread.
     */
    void inject(LongFunction<List<GsupSend>> event) {
        submit(() -> deliver(() -> event.apply(clock.getAsLong())));
    }

    /** Identified peers now, sorted by name. Callable from any thread. */
    List<GsupPeer> peers() {
        return registry.snapshot().values().stream().map(Route::status)
                .sorted(Comparator.comparing(GsupPeer::displayName)).toList();
    }

    /**
     * Reports every still-routed peer as disconnected, after the work already queued, then stops the thread; waits
     * up to {@code waitMillis} for that.
     */
    void close(long waitMillis) {
        submit(() -> {
            for (Map.Entry<Octets, Route> entry : registry.snapshot().entrySet()) {
                if (registry.remove(entry.getKey(), entry.getValue())) {
                    deliver(() -> handler.onPeerDisconnected(entry.getKey(), clock.getAsLong()));
                }
            }
            stopped = true;
            cancelTimer();
        });
        executor.shutdown();
        try {
            if (!executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
                log.warn("GSUP handler still busy {} ms after close; interrupting it", waitMillis);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void submit(Runnable task) {
        queued.add(task);
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                log.debug("GSUP server closed; {} events not delivered to the handler", queued.size());
            }
        }
    }

    /** Runs up to MAX_BATCH queued events in one handler transaction, then sends their answers. */
    private void drain() {
        drainScheduled.set(false);
        List<Runnable> batch = new java.util.ArrayList<>();
        for (Runnable task; batch.size() < MAX_BATCH && (task = queued.poll()) != null; ) {
            batch.add(task);
        }
        if (!batch.isEmpty()) {
            held = new java.util.ArrayList<>();
            try {
                handler.inOneTransaction(() -> {
                    for (Runnable task : batch) {
                        if (!stopped) {
                            task.run();
                        }
                    }
                });
            } catch (RuntimeException e) {
                log.error("GSUP handler could not store a batch of {} events; their {} answers are not sent",
                        batch.size(), held.size(), e);
                held.clear();
            }
            List<GsupSend> sends = held;
            held = null;
            sends.forEach(this::route);
            armTimer();
        }
        if (!queued.isEmpty()) {
            scheduleDrain();
        }
    }

    private void deliver(Supplier<List<GsupSend>> call) {
        List<GsupSend> sends;
        try {
            sends = call.get();
        } catch (RuntimeException e) {
            log.error("GSUP handler failed; its event is lost, the server goes on", e);
            sends = List.of();
        }
        if (sends != null) {
            if (held != null) {
                held.addAll(sends);
            } else {
                sends.forEach(this::route);
            }
        }
        if (held == null) {
            armTimer();
        }
    }

    private void route(GsupSend send) {
        GsupMessage message = send.message();
        Optional<Route> route = registry.route(send.peer());
        if (route.isEmpty()) {
            log.warn("GSUP {} for IMSI {} to {} dropped: that peer is not connected", describe(message),
                    message.imsi(), IpaNames.display(send.peer()));
            return;
        }
        byte[] frame;
        try {
            frame = IpaFrameEncoder.encodeGsup(GsupEncoder.encode(message));
        } catch (IllegalArgumentException e) {
            log.error("GSUP {} for IMSI {} to {} dropped: {}", describe(message), message.imsi(),
                    IpaNames.display(send.peer()), e.getMessage());
            return;
        }
        route.get().link().send(frame);
    }

    private static String describe(GsupMessage message) {
        return String.format("%s (0x%02x)", message.type(), message.messageType());
    }

    private void armTimer() {
        if (stopped) {
            return;
        }
        OptionalLong next;
        try {
            next = handler.nextDeadline();
        } catch (RuntimeException e) {
            log.error("GSUP handler failed to tell its next deadline; no timer until its next event", e);
            next = OptionalLong.empty();
        }
        if (next == null || next.isEmpty()) {
            cancelTimer();
            return;
        }
        long at = next.getAsLong();
        if (timer != null && timerAt == at) {
            return;
        }
        cancelTimer();
        timerAt = at;
        long delay = Math.max(at == lastServed ? 1 : 0, at - clock.getAsLong());
        try {
            timer = executor.schedule(() -> submit(this::onTimer), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("GSUP server closing; handler timer not armed");
        }
    }

    private void onTimer() {
        timer = null;
        if (stopped) {
            return;
        }
        long now = clock.getAsLong();
        if (now < timerAt) {
            armTimer();
            return;
        }
        lastServed = timerAt;
        deliver(() -> handler.onTime(now));
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
