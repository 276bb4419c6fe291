package org.dgsm.smpp;

import org.dgsm.smpp.link.PeerLinks;
import org.dgsm.smpp.link.SmscLink;
import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.queue.AttemptOutcome;
import org.dgsm.smpp.queue.Intake;
import org.dgsm.smpp.queue.RouterAction;
import org.dgsm.smpp.queue.SmsRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Runs the {@link SmsRouter} on one thread: events from the SMPP links, lookups and timers are queued onto it, and
 * the actions it returns are started on the links (which report back through {@link #post}). The router itself
 * never blocks and never waits; this class owns the only timer.
 */
final class RouterDriver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RouterDriver.class);
    /** Shortest timer delay, so that a router that keeps reporting "due now" cannot spin the thread. */
    private static final long MIN_TIMER_DELAY_MILLIS = 10;

    private final SmsRouter router;
    private final LongSupplier clock;
    private final SmsLookup lookup;
    private final Duration intakeTimeout;
    private final ScheduledExecutorService engine;
    private SmscLink smsc;
    private PeerLinks peers;
    private ScheduledFuture<?> timer;
    private long timerAt = Long.MAX_VALUE;

    RouterDriver(SmsRouter router, LongSupplier clock, SmsLookup lookup, Duration intakeTimeout) {
        this.router = router;
        this.clock = clock;
        this.lookup = lookup;
        this.intakeTimeout = intakeTimeout;
        this.engine = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sms-router");
            t.setDaemon(true);
            return t;
        });
    }

    /** The links, once they exist; the first timer runs after this. */
    void connect(SmscLink smscLink, PeerLinks peerLinks) {
        engine.execute(() -> {
            this.smsc = smscLink;
            this.peers = peerLinks;
            reschedule();
        });
    }

    /**
     * Hands a received message to the router and waits for its verdict; called by the SMPP threads, whose answer
     * to the sender depends on it. A router that does not answer in time counts as a refusal (ESME_RSYSERR).
     */
    Intake intake(LongFunction<Intake> event) {
        Future<Intake> result;
        try {
            result = engine.submit(() -> {
                Intake intake = event.apply(clock.getAsLong());
                dispatch(intake.actions());
                reschedule();
                return intake;
            });
        } catch (RejectedExecutionException e) {
            return new Intake(SmppStatus.RSYSERR, null, "shutting down", List.of());
        }
        try {
            return result.get(intakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.error("the SMS router did not store a message within {}; refusing it", intakeTimeout);
            return new Intake(SmppStatus.RSYSERR, null, "router busy", List.of());
        } catch (java.util.concurrent.CancellationException e) {
            return new Intake(SmppStatus.RSYSERR, null, "shutting down", List.of());
        } catch (ExecutionException e) {
            LOG.error("the SMS router failed on a message", e.getCause());
            return new Intake(SmppStatus.RSYSERR, null, "internal error", List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Intake(SmppStatus.RSYSERR, null, "interrupted", List.of());
        }
    }

    /** Runs an event on the router thread; its actions are started. */
    void post(LongFunction<List<RouterAction>> event) {
        try {
            engine.execute(() -> {
                try {
                    dispatch(event.apply(clock.getAsLong()));
                } catch (RuntimeException e) {
                    LOG.error("the SMS router failed on an event", e);
                }
                reschedule();
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("router stopped; event dropped (its record stays queued)");
        }
    }

    /** Reads router state on its thread. */
    <T> T query(Function<SmsRouter, T> reader) {
        try {
            return engine.submit(() -> reader.apply(router)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the SMS queue", e);
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("cannot read the SMS queue: " + e, e);
        }
    }

    private void dispatch(List<RouterAction> actions) {
        for (RouterAction action : actions) {
            if (action instanceof RouterAction.Lookup l) {
                lookup.lookup(l.msisdn()).whenComplete((found, error) -> post(now -> router.onLookupResult(
                        l.msisdn(), error == null && found != null ? found : Optional.empty(), now)));
            } else if (action instanceof RouterAction.Forward f) {
                peers.forward(f.to(), f.message()).whenComplete((outcome, error) -> post(now ->
                        router.onForwardOutcome(f.id(), outcomeOf(outcome, error), now)));
            } else if (action instanceof RouterAction.SubmitLocal s) {
                smsc.submit(s.message()).whenComplete((outcome, error) -> post(now ->
                        router.onSubmitOutcome(s.id(), outcomeOf(outcome, error), now)));
            }
        }
    }

    private static AttemptOutcome outcomeOf(AttemptOutcome outcome, Throwable error) {
        if (error != null) {
            return new AttemptOutcome.LinkFailed("attempt failed: " + error);
        }
        return outcome;
    }

    private void reschedule() {
        long next = router.nextWakeup();
        if (next == Long.MAX_VALUE) {
            return;
        }
        if (timer != null && timerAt <= next) {
            return; // the pending timer comes first; it reschedules
        }
        if (timer != null) {
            timer.cancel(false);
        }
        long delay = Math.max(MIN_TIMER_DELAY_MILLIS, next - clock.getAsLong());
        timerAt = next;
        timer = engine.schedule(this::onTimer, delay, TimeUnit.MILLISECONDS);
    }

    private void onTimer() {
        timer = null;
        timerAt = Long.MAX_VALUE;
        try {
            dispatch(router.onTimer(clock.getAsLong()));
        } catch (RuntimeException e) {
            LOG.error("the SMS router failed on its timer", e);
        }
        reschedule();
    }

    @Override
    public void close() {
        for (Runnable queued : engine.shutdownNow()) {
            if (queued instanceof Future<?> f) {
                f.cancel(false); // an SMPP thread waiting in intake() answers "shutting down" at once
            }
        }
        try {
            engine.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
