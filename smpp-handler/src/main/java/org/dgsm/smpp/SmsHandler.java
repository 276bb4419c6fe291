package org.dgsm.smpp;

import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.smpp.link.PeerLinks;
import org.dgsm.smpp.link.PeerServer;
import org.dgsm.smpp.link.SmscLink;
import org.dgsm.smpp.queue.QueuedSms;
import org.dgsm.smpp.queue.SmsRouter;
import org.dgsm.smpp.queue.SqliteSmsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * SMS between villages: an ESME bound to the local SMSC (osmo-msc's {@code smpp} interface with
 * {@code smpp-first} and a {@code default-route} ESME), a server other villages' handlers bind to, and the
 * persistent store-and-forward queue between them. Start one per village; {@link #close()} stops it (the queue
 * survives in its SQLite file and is picked up by the next start).
 */
public final class SmsHandler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmsHandler.class);

    private final SqliteSmsStore store;
    private final RouterDriver driver;
    private final SmscLink smsc;
    private final PeerLinks peers;
    private final PeerServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final AtomicLong malformed;

    private SmsHandler(SqliteSmsStore store, RouterDriver driver, SmscLink smsc, PeerLinks peers, PeerServer server,
                       ExecutorService workers, ScheduledExecutorService timers, AtomicLong malformed) {
        this.store = store;
        this.driver = driver;
        this.smsc = smsc;
        this.peers = peers;
        this.server = server;
        this.workers = workers;
        this.timers = timers;
        this.malformed = malformed;
    }

    /** Starts with mslookup over multicast, using {@code client} (owned by the caller). */
    public static SmsHandler start(SmsSettings settings, MulticastMslookupClient client) throws IOException {
        return start(settings, new MslookupSmsLookup(client, settings.lookupTimeout()), System::currentTimeMillis);
    }

    /**
     * Starts the handler: opens the queue, listens for villages, binds to the local SMSC (in the background,
     * retrying) and resumes delivering what the queue holds.
     *
     * @param clock epoch milliseconds; the queue stores these times
     * @throws IOException if the server cannot listen
     */
    public static SmsHandler start(SmsSettings settings, SmsLookup lookup, LongSupplier clock) throws IOException {
        SqliteSmsStore store = SqliteSmsStore.open(settings.queueDb());
        AtomicLong malformed = new AtomicLong();
        ExecutorService workers = null;
        ScheduledExecutorService timers = null;
        RouterDriver driver = null;
        PeerLinks peers = null;
        SmscLink smsc = null;
        try {
            SmsRouter router = new SmsRouter(store, settings.routerConfig(), new SecureRandom(), clock.getAsLong());
            driver = new RouterDriver(router, clock, lookup, settings.intakeTimeout());
            workers = Executors.newFixedThreadPool(settings.workerThreads(), daemonThreads("sms-link"));
            timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("sms-timer"));
            peers = new PeerLinks(settings.peers(), workers, timers, malformed);
            RouterDriver d = driver;
            smsc = SmscLink.create(settings.smsc(),
                    m -> d.intake(now -> router.onLocalDeliver(m, now)), workers, malformed);
            driver.connect(smsc, peers);
            smsc.start();
            PeerServer server = PeerServer.start(settings.listen(), settings.peers().systemId(),
                    settings.peers().password(), settings.peers().bindTimeout(),
                    settings.peers().enquireLinkInterval(), m -> d.intake(now -> router.onPeerSubmit(m, now)),
                    malformed);
            LOG.info("SMS handler up: queue {}, known to mslookup as {}, villages bind to {}", settings.queueDb(),
                    settings.ownAddress(), server.localAddress());
            return new SmsHandler(store, driver, smsc, peers, server, workers, timers, malformed);
        } catch (IOException | RuntimeException e) {
            if (smsc != null) {
                smsc.close();
            }
            if (peers != null) {
                peers.close();
            }
            if (driver != null) {
                driver.close();
            }
            if (workers != null) {
                workers.shutdownNow();
            }
            if (timers != null) {
                timers.shutdownNow();
            }
            store.close();
            throw e;
        }
    }

    /** What the queue holds: queued messages and receipts, their attempts and next retry. */
    public List<QueuedSms> queue() {
        return driver.query(SmsRouter::queue);
    }

    public SmsHandlerStatus status() {
        return driver.query(router -> {
            List<QueuedSms> q = router.queue();
            int awaiting = (int) q.stream().filter(s -> s.state().equals("awaiting-receipt")).count();
            return new SmsHandlerStatus(smsc.isBound(), server.boundSessions(), peers.boundLinks(),
                    q.size() - awaiting, awaiting, malformed.get(), router.counters());
        });
    }

    /** Where the server for other villages listens (useful with port 0). */
    public InetSocketAddress peerServerAddress() {
        return server.localAddress();
    }

    public boolean isSmscBound() {
        return smsc.isBound();
    }

    public Path queueDb() {
        return store.file();
    }

    /** Reads a queue file without starting a handler (for {@code dgsm sms queue} next to a running node). */
    public static List<QueuedSms> readQueue(Path queueDb) {
        return SqliteSmsStore.readQueue(queueDb);
    }

    @Override
    public void close() {
        smsc.close();
        server.close();
        driver.close();
        peers.close();
        workers.shutdownNow();
        timers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        LOG.info("SMS handler stopped");
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
