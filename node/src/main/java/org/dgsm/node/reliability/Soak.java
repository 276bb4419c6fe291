package org.dgsm.node.reliability;

import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node in this JVM under {@link SoakLoad} for a fixed time, with a {@link MemorySample} every interval. The load
 * generators share the heap, but they hold a fixed number of connections and no history, so a growing live heap
 * means the node (or a library under it) keeps something.
 */
public final class Soak {

    /** Fixed test keys: the soak's subscribers are throw-away. */
    static final String KI = "eb215756028d60e3275e613320aec880";
    static final String OPC = "fb2a3d1b360f599abab99db8669f8308";

    public record Settings(Path workDir, String address, Duration length, Duration sampleEvery, int subscribers,
                           int gsupCallers, long pauseMillis, Path csv) {
        public Settings {
            if (length.compareTo(Duration.ofHours(6)) > 0) {
                throw new IllegalArgumentException("a soak is bounded to 6 hours");
            }
            if (!address.startsWith("127.")) {
                throw new IllegalArgumentException("soak only on loopback, got " + address);
            }
        }
    }

    public record Report(List<MemorySample> samples, MemoryTrend trend, long locationUpdates, long authInfos,
                         long mslookups, long httpLookups, long failures) {
    }

    private Soak() {
    }

    public static Report run(Settings s, PrintStream log) throws IOException, InterruptedException {
        Path db = s.workDir().resolve("soak.db");
        List<String> imsis = new ArrayList<>();
        List<String> msisdns = new ArrayList<>();
        try (SubscriberStore store = SubscriberStore.open(db)) {
            store.inOneTransaction(() -> {
                for (int i = 0; i < s.subscribers(); i++) {
                    String imsi = String.format("90170%010d", i);
                    String msisdn = Integer.toString(20000 + i);
                    store.createWithAuth(imsi, msisdn, AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                            AuthData3g.milenageWithOpc(KI, OPC));
                    imsis.add(imsi);
                    msisdns.add(msisdn);
                }
                return null;
            });
        }
        InetAddress ip = InetAddress.getByName(s.address());
        MulticastConfig group = MulticastConfig.defaults();
        List<MemorySample> samples = new ArrayList<>();
        if (s.csv() != null) {
            Files.writeString(s.csv(), MemorySample.csvHeader() + "\n");
        }
        try (VillageNode node = VillageNode.start(NodeSettings.builder().siteName("soak").discoveryEnabled(false)
                .database(db).gsupBind(new InetSocketAddress(ip, 4222)).httpBind(new InetSocketAddress(ip, 8042))
                .mslookup(group).services(Map.of("sip.voice", new ServiceAddress(ip, 5060))).build())) {
            SoakLoad load = new SoakLoad(node.gsup().localAddress(), node.httpAddress(), group, imsis, msisdns,
                    s.gsupCallers(), s.pauseMillis());
            long start = System.nanoTime();
            load.start();
            try {
                long end = start + s.length().toNanos();
                long next = start;
                while (true) {
                    long now = System.nanoTime();
                    if (now >= next) {
                        MemorySample sample = MemorySample.take((now - start) / 1_000_000_000L, load.operations());
                        samples.add(sample);
                        log.println(sample.csv() + "  " + load.summary());
                        if (s.csv() != null) {
                            Files.writeString(s.csv(), sample.csv() + "\n", StandardOpenOption.APPEND);
                        }
                        next += s.sampleEvery().toNanos();
                    }
                    if (now >= end) {
                        break;
                    }
                    Thread.sleep(Math.max(1, Math.min(next, end) - System.nanoTime()) / 1_000_000 + 1);
                }
            } finally {
                load.close();
            }
            int warmup = Math.max(1, samples.size() / 6);
            MemoryTrend trend = MemoryTrend.of(samples, warmup, 1.25);
            return new Report(samples, trend, load.locationUpdates(), load.authInfos(), load.mslookups(),
                    load.httpLookups(), load.failures());
        }
    }
}
