package org.dgsm.hlr.netty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;

/**
 * A stand-in HLR for server tests. Records every call (with its thread); answers each request with a result to its
 * sender, or, when the request carries a Destination-Name, passes it on to that peer instead (routing by name); a
 * deadline set with {@link #scheduleAt} is served by {@link #onTime} with whatever {@link #onTimeSend} says.
 */
final class ScriptedHandler implements GsupHandler {

    enum Kind { CONNECTED, DISCONNECTED, MESSAGE, TIME }

    record Call(Kind kind, Octets peer, GsupMessage message, long nowMillis, String thread) {
    }

    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<GsupSend> onTimeSends = new ConcurrentLinkedQueue<>();
    private volatile long deadline = -1;
    private volatile boolean answerRequests = true;
    private volatile boolean routeByDestination = true;
    private volatile RuntimeException failNext;
    private volatile long messageDelayMillis;
    private volatile RuntimeException failNextCommit;
    /** How many calls each inOneTransaction covered, in order. */
    final List<Integer> transactions = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Override
    public void inOneTransaction(Runnable events) {
        long before = recorded.get();
        events.run();
        transactions.add((int) (recorded.get() - before));
        RuntimeException failure = failNextCommit;
        if (failure != null) {
            failNextCommit = null;
            throw failure;
        }
    }

    void failNextCommit(RuntimeException e) {
        failNextCommit = e;
    }

    @Override
    public List<GsupSend> onPeerConnected(Octets peer, long nowMillis) {
        record(new Call(Kind.CONNECTED, peer, null, nowMillis, Thread.currentThread().getName()));
        return List.of();
    }

    @Override
    public List<GsupSend> onPeerDisconnected(Octets peer, long nowMillis) {
        record(new Call(Kind.DISCONNECTED, peer, null, nowMillis, Thread.currentThread().getName()));
        return List.of();
    }

    @Override
    public List<GsupSend> onMessage(Octets peer, GsupMessage message, long nowMillis) {
        record(new Call(Kind.MESSAGE, peer, message, nowMillis, Thread.currentThread().getName()));
        if (messageDelayMillis > 0) {
            try {
                Thread.sleep(messageDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RuntimeException failure = failNext;
        if (failure != null) {
            failNext = null;
            throw failure;
        }
        if (!answerRequests || !message.isRequest()) {
            return List.of();
        }
        if (routeByDestination && message.destinationName() != null) {
            return List.of(new GsupSend(message.destinationName(), message));
        }
        return List.of(new GsupSend(peer, GsupReplies.result(message).build()));
    }

    @Override
    public List<GsupSend> onTime(long nowMillis) {
        record(new Call(Kind.TIME, null, null, nowMillis, Thread.currentThread().getName()));
        deadline = -1;
        List<GsupSend> sends = new ArrayList<>();
        GsupSend send;
        while ((send = onTimeSends.poll()) != null) {
            sends.add(send);
        }
        return sends;
    }

    @Override
    public OptionalLong nextDeadline() {
        long d = deadline;
        return d < 0 ? OptionalLong.empty() : OptionalLong.of(d);
    }

    /** Takes effect when the server next asks, i.e. after the handler's next call. */
    void scheduleAt(long millis) {
        deadline = millis;
    }

    void onTimeSend(GsupSend send) {
        onTimeSends.add(send);
    }

    /** Off: every request is answered to its sender, whatever Destination-Name it carries. */
    void routeByDestination(boolean on) {
        routeByDestination = on;
    }

    void answerRequests(boolean on) {
        answerRequests = on;
    }

    /** Makes every onMessage take this long, like a handler busy with SQLite. */
    void slowDown(long millis) {
        messageDelayMillis = millis;
    }

    void failNextMessage(RuntimeException e) {
        failNext = e;
    }

    private final java.util.concurrent.atomic.AtomicLong recorded = new java.util.concurrent.atomic.AtomicLong();

    private void record(Call call) {
        recorded.incrementAndGet();
        threads.add(call.thread());
        calls.add(call);
    }

    /** The next call of the given kind (other calls before it are skipped), or an AssertionError. */
    Call next(Kind kind, Duration timeout) throws InterruptedException {
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        while (true) {
            Call call = calls.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (call == null) {
                throw new AssertionError("no " + kind + " call within " + timeout);
            }
            if (call.kind() == kind) {
                return call;
            }
        }
    }

    /** Every call made so far that has not been taken yet. */
    List<Call> drain() {
        List<Call> all = new ArrayList<>();
        calls.drainTo(all);
        return all;
    }

    Set<String> threads() {
        return threads;
    }
}
