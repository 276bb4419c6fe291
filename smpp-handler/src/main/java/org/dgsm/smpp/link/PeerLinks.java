package org.dgsm.smpp.link;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.queue.AttemptOutcome;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Binds to other villages' handlers on demand (one transceiver bind per address, shared by all messages to it) and
 * forwards submit_sm over them. A failed connect or bind makes further forwards to that village fail at once for the
 * retry gap; an idle bind is closed.
 */
public final class PeerLinks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeerLinks.class);
    /** How long closing a bind waits for the village's unbind_resp. */
    private static final long UNBIND_WAIT_MILLIS = 2_000;

    private final PeerLinkConfig config;
    private final Executor workers;
    private final AtomicLong malformed;
    private final Map<ServiceAddress, Link> links = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> idleSweep;
    private volatile boolean closed;

    private static final class Link {
        SubmittingSession session;
        long lastUsedNanos;
        long failedAtNanos;
        String failure;
        int inFlight;
    }

    public PeerLinks(PeerLinkConfig config, Executor workers, ScheduledExecutorService timer, AtomicLong malformed) {
        this.config = config;
        this.workers = workers;
        this.malformed = malformed;
        long sweep = Math.max(100, config.idleTimeout().toMillis() / 2);
        this.idleSweep = timer.scheduleWithFixedDelay(this::closeIdle, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    /** submit_sm to the village at {@code to}, binding first if needed. Runs on the worker executor. */
    public CompletableFuture<AttemptOutcome> forward(ServiceAddress to, ShortMessage message) {
        return CompletableFuture.supplyAsync(() -> {
            Link link = links.computeIfAbsent(to, a -> new Link());
            SubmittingSession session;
            synchronized (link) {
                if (closed) {
                    return new AttemptOutcome.LinkFailed("shutting down");
                }
                session = link.session;
                if (session == null || !session.getSessionState().isBound()) {
                    if (session != null) {
                        session.close();
                        link.session = null;
                    }
                    long sinceFailure = System.nanoTime() - link.failedAtNanos;
                    if (link.failure != null && sinceFailure < config.retryGap().toNanos()) {
                        return new AttemptOutcome.LinkFailed("link to village " + to + " is down (" + link.failure
                                + ")");
                    }
                    try {
                        session = bind(to);
                        link.session = session;
                        link.failure = null;
                    } catch (IOException e) {
                        link.failure = e.getMessage();
                        link.failedAtNanos = System.nanoTime();
                        return new AttemptOutcome.LinkFailed("cannot bind to village " + to + ": " + e.getMessage());
                    }
                }
                link.lastUsedNanos = System.nanoTime();
                link.inFlight++;
            }
            try {
                return Submits.submit(session, message, config.responseTimeout().toMillis(), "village " + to);
            } finally {
                synchronized (link) {
                    link.inFlight--;
                    link.lastUsedNanos = System.nanoTime();
                }
            }
        }, workers);
    }

    /** Binds currently up. */
    public int boundLinks() {
        int n = 0;
        for (Link link : links.values()) {
            synchronized (link) {
                if (link.session != null && link.session.getSessionState().isBound()) {
                    n++;
                }
            }
        }
        return n;
    }

    private SubmittingSession bind(ServiceAddress to) throws IOException {
        SynchronizedPDUSender sender = new SynchronizedPDUSender(new DefaultPDUSender());
        GuardedPduReader reader = new GuardedPduReader(sender, "village " + to, malformed);
        SubmittingSession session = new SubmittingSession(sender, reader,
                new SocketConnector((int) config.connectTimeout().toMillis(), reader));
        session.setEnquireLinkTimer((int) config.enquireLinkInterval().toMillis());
        session.setTransactionTimer(config.responseTimeout().toMillis());
        session.setPduProcessorDegree(2);
        session.setQueueCapacity(1000);
        session.connectAndBind(to.ip().getHostAddress(), to.port(), new BindParameter(BindType.BIND_TRX,
                config.systemId(), config.password(), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                null), config.bindTimeout().toMillis());
        LOG.info("bound to village {}", to);
        return session;
    }

    private void closeIdle() {
        long now = System.nanoTime();
        List<SubmittingSession> idle = new ArrayList<>();
        for (Map.Entry<ServiceAddress, Link> e : links.entrySet()) {
            Link link = e.getValue();
            synchronized (link) {
                if (link.session != null && link.inFlight == 0
                        && now - link.lastUsedNanos > config.idleTimeout().toNanos()) {
                    idle.add(link.session);
                    link.session = null;
                    LOG.debug("closing idle bind to village {}", e.getKey());
                }
            }
        }
        idle.forEach(s -> s.unbindAndClose(UNBIND_WAIT_MILLIS));
    }

    @Override
    public void close() {
        closed = true;
        idleSweep.cancel(false);
        List<SubmittingSession> open = new ArrayList<>();
        for (Link link : links.values()) {
            synchronized (link) {
                if (link.session != null) {
                    open.add(link.session);
                    link.session = null;
                }
            }
        }
        open.forEach(s -> s.unbindAndClose(UNBIND_WAIT_MILLIS));
    }
}
