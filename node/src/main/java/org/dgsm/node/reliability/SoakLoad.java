package org.dgsm.node.reliability;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.node.bench.MslookupBench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady mixed load on one node: GSUP callers alternating location updates and auth info requests, mslookup
 * queries on the multicast group and HTTP lookups, each paced so the node is busy but never saturated. Counts every
 * outcome; failures are counted, not thrown, so a soak reports them at the end.
 */
public final class SoakLoad implements AutoCloseable {

    private static final Pattern ERRORS = Pattern.compile("\"errors\": (\\d+)");
    private static final Pattern COMPLETED = Pattern.compile("\"completed\": (\\d+)");

    private final InetSocketAddress gsup;
    private final InetSocketAddress http;
    private final MulticastConfig mslookup;
    private final List<String> imsis;
    private final List<String> msisdns;
    private final int gsupCallers;
    private final long pauseMillis;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());

    final AtomicLong luOk = new AtomicLong();
    final AtomicLong saiOk = new AtomicLong();
    final AtomicLong mslookupOk = new AtomicLong();
    final AtomicLong httpOk = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    /** @param pauseMillis pause between two operations of one load thread */
    public SoakLoad(InetSocketAddress gsup, InetSocketAddress http, MulticastConfig mslookup, List<String> imsis,
                    List<String> msisdns, int gsupCallers, long pauseMillis) {
        this.gsup = gsup;
        this.http = http;
        this.mslookup = mslookup;
        this.imsis = List.copyOf(imsis);
        this.msisdns = List.copyOf(msisdns);
        this.gsupCallers = gsupCallers;
        this.pauseMillis = pauseMillis;
    }

    public void start() {
        for (int i = 0; i < gsupCallers; i++) {
            int lane = i;
            threads.add(new Thread(() -> gsupLoop(lane), "soak-gsup-" + i));
        }
        // lookups start once the subscribers they ask for are attached, so a not-found is a real failure
        threads.add(new Thread(() -> afterFirstAttach(this::mslookupLoop), "soak-mslookup"));
        threads.add(new Thread(() -> afterFirstAttach(this::httpLoop), "soak-http"));
        threads.forEach(Thread::start);
    }

    public long operations() {
        return luOk.get() + saiOk.get() + mslookupOk.get() + httpOk.get();
    }

    public String summary() {
        return "lu=" + luOk + " sai=" + saiOk + " mslookup=" + mslookupOk + " http=" + httpOk + " failures=" + failures;
    }

    public long locationUpdates() {
        return luOk.get();
    }

    public long authInfos() {
        return saiOk.get();
    }

    public long mslookups() {
        return mslookupOk.get();
    }

    public long httpLookups() {
        return httpOk.get();
    }

    public long failures() {
        return failures.get();
    }

    private void gsupLoop(int lane) {
        try (GsupCaller caller = GsupCaller.connect(group, gsup, "soak-msc-" + lane)) {
            if (!caller.awaitReady(Duration.ofSeconds(10))) {
                failures.incrementAndGet();
                return;
            }
            // each subscriber in turn: a location update, then an auth info request
            for (long i = 0; running.get(); i++) {
                String imsi = imsis.get((int) (((i / 2) * gsupCallers + lane) % imsis.size()));
                if (i % 2 == 0) {
                    count(caller.locationUpdate(imsi, Duration.ofSeconds(5)) == GsupCaller.Outcome.RESULT, luOk);
                } else {
                    count(caller.sendAuthInfo(imsi, Duration.ofSeconds(5)).outcome() == GsupCaller.Outcome.RESULT,
                            saiOk);
                }
                pause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void afterFirstAttach(Runnable loop) {
        long needed = Math.min(50, imsis.size());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (running.get() && luOk.get() < needed && System.nanoTime() < deadline) {
            pause();
        }
        loop.run();
    }

    private void mslookupLoop() {
        List<MslookupQuery> queries = new ArrayList<>();
        try {
            for (String msisdn : msisdns.subList(0, Math.min(50, msisdns.size()))) {
                queries.add(MslookupQuery.parse("sip.voice." + msisdn + ".msisdn"));
            }
        } catch (Exception e) {
            throw new IllegalStateException("soak queries", e);
        }
        int rate = (int) Math.max(1, 1000 / Math.max(1, pauseMillis));
        while (running.get()) {
            try {
                String json = new MslookupBench(mslookup, "mdns.osmocom.org", queries, queries.size(), rate, 2_000,
                        0).run();
                mslookupOk.addAndGet(number(COMPLETED, json));
                failures.addAndGet(number(ERRORS, json));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.incrementAndGet();
                pause();
            }
        }
    }

    private void httpLoop() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int n = 0;
        while (running.get()) {
            String msisdn = msisdns.get(n++ % msisdns.size());
            URI uri = URI.create("http://" + http.getAddress().getHostAddress() + ":" + http.getPort()
                    + "/lookup/sip.voice/" + msisdn);
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                // 200 (found) and 404 (not attached yet) are both a working lookup; anything else is a failure
                count(r.statusCode() == 200 || r.statusCode() == 404, httpOk);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.incrementAndGet();
            }
            pause();
        }
    }

    private static long number(Pattern p, String json) {
        Matcher m = p.matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private void count(boolean ok, AtomicLong counter) {
        (ok ? counter : failures).incrementAndGet();
    }

    private void pause() {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(15_000);
        }
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
