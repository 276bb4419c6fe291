package org.dgsm.dialplan.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.dialplan.http.DialplanHttpServer;
import org.dgsm.dialplan.http.DialplanSettings;
import org.dgsm.dialplan.lookup.MulticastAsyncMslookup;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.netty.MulticastMslookupResponder;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Lookup latency through the HTTP API, cached and uncached, and requests per second under concurrent load — all on
 * loopback: a village responder answering every {@code sip.voice} query with age 0, the real multicast client
 * (on {@code lo} only), the HTTP server on 127.0.0.1 and a JDK HTTP client.
 *
 * <p>Run inside a private network namespace with multicast routed to lo:
 * <pre>
 * unshare -n bash -c 'ip link set lo up; ip link set lo multicast on; ip route add 224.0.0.0/4 dev lo src 127.0.0.1;
 *   java -cp ... org.dgsm.dialplan.bench.DialplanHttpBench --count 20000 --concurrency 32'
 * </pre>
 * Prints one JSON line per phase.
 */
public final class DialplanHttpBench {

    static final int MAX_COUNT = 1_000_000;
    static final int MAX_CONCURRENCY = 256;

    private DialplanHttpBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = 20_000;
        int concurrency = 32;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = bounded(args, ++i, 1, MAX_COUNT);
                case "--concurrency" -> concurrency = bounded(args, ++i, 1, MAX_CONCURRENCY);
                default -> usage("unknown option " + args[i]);
            }
        }
        run(count, concurrency, System.out);
    }

    static void run(int count, int concurrency, PrintStream out) throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        ExecutorService callers = Executors.newFixedThreadPool(concurrency);
        MulticastConfig mesh = MulticastConfig.defaults(); // pinned to lo
        ServiceAddress villageB = new ServiceAddress(InetAddress.getByName("127.0.0.20"), 5060);
        try (MulticastMslookupResponder responder = MulticastMslookupResponder.open(group, mesh,
                new MslookupResponder(DomainSuffix.DEFAULT, q -> q.service().equals("sip.voice")
                        ? Optional.of(new MslookupResult(0, villageB, null)) : Optional.empty()));
             MulticastMslookupClient client = MulticastMslookupClient.open(group, mesh, DomainSuffix.DEFAULT);
             DialplanHttpServer server = DialplanHttpServer.start(group, new InetSocketAddress("127.0.0.1", 0),
                     SubscriberLocator.builder(new MulticastAsyncMslookup(client)).build(),
                     DialplanSettings.defaults())) {
            String base = "http://127.0.0.1:" + server.localAddress().getPort() + "/lookup/sip.voice/";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            AtomicInteger unique = new AtomicInteger();
            IntFunction<String> fresh = i -> base + String.format("2%09d", unique.incrementAndGet());
            IntFunction<String> cached = i -> base + "1001";

            // warm-up (JIT, connection pool), not reported: every phase once
            int warmUp = Math.min(count, 10_000);
            phase(http, warmUp, 1, callers, cached, null, null);
            phase(http, warmUp, 1, callers, fresh, null, null);
            phase(http, warmUp, concurrency, callers, cached, null, null);
            phase(http, warmUp, concurrency, callers, fresh, null, null);

            phase(http, count, 1, callers, cached, "cached-sequential", out);
            phase(http, count, 1, callers, fresh, "uncached-age0-sequential", out);
            phase(http, count, concurrency, callers, cached, "cached-concurrent", out);
            phase(http, count, concurrency, callers, fresh, "uncached-age0-concurrent", out);
            out.println("{\"bench\": \"dialplan-http\", \"mslookup_answers_sent\": " + responder.responder().answered()
                    + ", \"mslookup_malformed_seen\": " + client.malformedPackets() + "}");
        } finally {
            callers.shutdownNow();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static void phase(HttpClient http, int count, int concurrency, ExecutorService callers,
                              IntFunction<String> urls, String name, PrintStream out) throws Exception {
        LatencySample sample = new LatencySample(count);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(callers.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.apply(i)))
                            .timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            sample.record(System.nanoTime() - t0);
                        } else {
                            sample.error();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    } catch (Exception e) {
                        sample.error();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long elapsed = System.nanoTime() - start;
        if (out != null) {
            out.println(sample.json(name, concurrency, elapsed));
        }
    }

    private static int bounded(String[] args, int index, int min, int max) {
        if (index >= args.length) {
            usage("missing value for " + args[index - 1]);
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value < min || value > max) {
                usage(args[index - 1] + " must be " + min + ".." + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            usage(args[index - 1] + " needs a number, got '" + args[index] + "'");
            return 0;
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: DialplanHttpBench [--count 1.." + MAX_COUNT + "] [--concurrency 1.."
                + MAX_CONCURRENCY + "]   (loopback only; run inside unshare -n with multicast routed to lo)");
        System.exit(2);
    }
}
