package org.dgsm.node.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.netty.GsupClient;
import org.dgsm.hlr.netty.GsupClientSettings;

/**
 * {@code dgsm bench gsup}: acts as {@code concurrency} MSCs, each on its own GSUP connection with its own IPA name
 * ({@code bench-msc-1}, {@code bench-msc-2}, ...), and runs {@code count} SAI or LU transactions in total, each
 * connection one at a time (a closed loop). A transaction's latency runs from its request to its final answer; error
 * answers, Routing Errors, timeouts and requests that could not be sent count as errors. Works against our node and
 * against osmo-hlr alike (both answer the bench's ID_ACK, so every connection is ready before the first request).
 */
public final class GsupBench {

    private static final Duration CONNECT_WAIT = Duration.ofSeconds(10);

    private final GsupBenchConfig config;
    private final Duration connectWait;

    public GsupBench(GsupBenchConfig config) {
        this(config, CONNECT_WAIT);
    }

    /** @param connectWait how long the connections may take to be accepted (10 s normally) */
    GsupBench(GsupBenchConfig config, Duration connectWait) {
        this.config = config;
        this.connectWait = connectWait;
    }

    /**
     * Runs to completion and returns the JSON result line.
     *
     * @throws IOException if not every connection was accepted by the server in time (10 s)
     */
    public String run() throws IOException, InterruptedException {
        int threads = Math.min(config.concurrency(), Runtime.getRuntime().availableProcessors());
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        List<GsupClient> clients = new ArrayList<>();
        try {
            Run run = new Run(config);
            List<GsupBenchLane> lanes = new ArrayList<>();
            for (int n = 1; n <= config.concurrency(); n++) {
                GsupBenchLane lane = new GsupBenchLane(run, new GsupBenchTransaction(config.op(), config.cnDomain()),
                        config.timeoutMillis());
                IpaIdentity identity = IpaIdentity.of(config.namePrefix() + n, "MSC", "dgsm-bench");
                GsupClient client = GsupClient.connect(group, config.target(), GsupClientSettings.of(identity), lane);
                clients.add(client);
                lane.attach(client);
                lanes.add(lane);
            }
            awaitConnections(clients);
            for (GsupBenchLane lane : lanes) {
                lane.start();
            }
            long perLane = (config.count() + config.concurrency() - 1) / config.concurrency();
            long budget = perLane * (config.timeoutMillis() + connectWait.toMillis()) + connectWait.toMillis();
            run.finished.await(budget, TimeUnit.MILLISECONDS);
            long unfinished = run.finished.getCount();
            for (long i = 0; i < unfinished; i++) {
                run.recorder.error();
            }
            long end = run.lastDone.get() != 0 ? run.lastDone.get() : System.nanoTime();
            long elapsed = run.firstSend.get() == 0 ? 0 : end - run.firstSend.get();
            String extra = "\"target\": " + LatencyRecorder.quote(hostPort(config.target())) + ", \"op\": "
                    + LatencyRecorder.quote(config.op().label()) + ", \"concurrency\": " + config.concurrency() + ", ";
            return run.recorder.json("gsup", extra, config.count(), elapsed);
        } finally {
            for (GsupClient client : clients) {
                client.close();
            }
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private void awaitConnections(List<GsupClient> clients) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + connectWait.toNanos();
        int ready = 0;
        for (GsupClient client : clients) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (client.awaitReady(left)) {
                ready++;
            }
        }
        if (ready < clients.size()) {
            throw new IOException("GSUP server " + hostPort(config.target()) + " accepted " + ready + " of "
                    + clients.size() + " bench connections within " + connectWait.toMillis() + " ms");
        }
    }

    private static String hostPort(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** What the lanes of one run share. */
    static final class Run {
        final LatencyRecorder recorder = new LatencyRecorder();
        final CountDownLatch finished;
        final AtomicLong firstSend = new AtomicLong();
        final AtomicLong lastDone = new AtomicLong();
        private final AtomicInteger claimed = new AtomicInteger();
        private final GsupBenchConfig config;

        Run(GsupBenchConfig config) {
            this.config = config;
            this.finished = new CountDownLatch(config.count());
        }

        /** The IMSI of the next transaction, or null when all have been handed out. */
        String claim() {
            int index = claimed.getAndIncrement();
            if (index >= config.count()) {
                return null;
            }
            return config.imsis().get(index % config.imsis().size());
        }

        void started(long nanos) {
            firstSend.compareAndSet(0, nanos);
        }

        void done(GsupBenchTransaction.Outcome outcome, long latencyNanos, long nowNanos) {
            if (outcome == GsupBenchTransaction.Outcome.SUCCESS) {
                recorder.record(latencyNanos);
            } else {
                recorder.error();
            }
            lastDone.set(nowNanos);
            finished.countDown();
        }
    }
}
