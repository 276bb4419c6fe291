package org.dgsm.smpp.it;

import org.dgsm.smpp.SmsHandlerStatus;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.Tlv;
import org.dgsm.smpp.queue.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many SMS from village A to village B through {@link ImpairingRelay} with 20 % segment loss, resets and stalls:
 * none may be lost, none delivered twice. Measures throughput and the delay from A's SMSC handing an SMS over to B's
 * SMSC receiving it. CI sends 200; the full benchmark sends 1,000:
 * {@code ./mvnw -B -o -pl smpp-handler test -Dtest=ImpairedLinkTest -Ddgsm.smpp.impaired.count=1000}.
 * Results go to {@code target/impaired-link-results.md} (and the test output).
 */
class ImpairedLinkTest {

    static final int COUNT = Integer.getInteger("dgsm.smpp.impaired.count", 200);
    /** SMS per second offered by A's SMSC; 0 hands them all over at once (a burst, limited by a window of 20). */
    static final int RATE = Integer.getInteger("dgsm.smpp.impaired.rate", 0);
    /** 20 % of segments lost (delivered after an RTO), 5 % reset the connection, 5 % of connections stall. */
    static final ImpairingRelay.Impairment LOSSY = new ImpairingRelay.Impairment(
            0.20, 200, 3_200, 10, 0.05, 0.05, 42);
    /** {@code lossy} (the default) or {@code clean}: the same relay without impairment, as a baseline. */
    static final String PROFILE = System.getProperty("dgsm.smpp.impaired.profile", "lossy");

    @TempDir
    Path dir;

    @Test
    void everySmsArrivesExactlyOnceThroughALossyLink() throws Exception {
        try (MslookupNet net = MslookupNet.open(42665)) {
            InetAddress relayIp = InetAddress.getByName("127.0.0.3");
            InetSocketAddress relayAddress = new InetSocketAddress(relayIp, Village.freePort(relayIp));
            try (Village b = Village.start("B", dir.resolve("b"), InetAddress.getByName("127.0.0.2"), net,
                    relayAddress, ImpairedLinkTest::tune);
                 ImpairingRelay relay = ImpairingRelay.start(relayAddress, b.listen,
                         PROFILE.equals("clean") ? ImpairingRelay.Impairment.none() : LOSSY);
                 Village a = Village.start("A", dir.resolve("a"), InetAddress.getByName("127.0.0.1"), net, null,
                         ImpairedLinkTest::tune)) {
                for (int i = 0; i < 10; i++) {
                    a.attach("100" + i);
                    b.attach("200" + i);
                }
                a.smsc.setWindow(20);
                Set<String> expected = new HashSet<>();
                long start = System.nanoTime();
                for (int i = 0; i < COUNT; i++) {
                    if (RATE > 0) {
                        long due = start + i * 1_000_000_000L / RATE;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    String text = String.format("msg %05d", i);
                    expected.add(text);
                    a.smsc.deliver(text, new ShortMessage("CMT", new SmppAddress(3, 1, "100" + (i % 10)),
                            new SmppAddress(0, 1, "200" + (i % 10)), 0x01, 0, 0, "", "", 0, 0, 0x00, 0,
                            text.getBytes(StandardCharsets.US_ASCII),
                            List.of(new Tlv(0x0204, new byte[] {0, (byte) i}))));
                }
                Duration wait = Duration.ofSeconds(120 + COUNT / 5 + (RATE > 0 ? COUNT / RATE : 0));
                List<SmscEvent> acks = a.smsc.await(e -> e.is("deliver_sm_resp"), COUNT, wait, "A's acknowledgements");
                assertThat(acks).allSatisfy(e -> assertThat(e.num("status")).isZero());
                b.smsc.await(e -> e.is("submit_sm"), COUNT, wait, COUNT + " SMS at B");
                LinkDownScenario.awaitQueue(a, List::isEmpty, wait);
                LinkDownScenario.awaitQueue(b, List::isEmpty, wait);
                Thread.sleep(3_000); // several retry intervals: a late duplicate would show now

                List<SmscEvent> arrived = b.smsc.events("submit_sm");
                Map<String, Long> perText = arrived.stream().collect(Collectors.groupingBy(
                        e -> new String(e.hex("short_message_hex"), StandardCharsets.US_ASCII),
                        Collectors.counting()));
                Set<String> lost = new HashSet<>(expected);
                lost.removeAll(perText.keySet());
                List<String> duplicated = perText.entrySet().stream().filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey).toList();
                assertThat(lost).as("lost").isEmpty();
                assertThat(duplicated).as("delivered twice").isEmpty();
                assertThat(arrived).hasSize(COUNT);

                report(a, b, relay, arrived);
            }
        }
    }

    private static org.dgsm.smpp.SmsSettings.Builder tune(org.dgsm.smpp.SmsSettings.Builder builder) {
        return builder
                .retry(new RetryPolicy(Duration.ofMillis(200), 2.0, Duration.ofSeconds(2), Duration.ofMinutes(30),
                        0.2))
                .peerTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3))
                .peerRetryGap(Duration.ofMillis(200))
                .lookupCacheTtl(Duration.ofSeconds(10));
    }

    private void report(Village a, Village b, ImpairingRelay relay, List<SmscEvent> arrived) throws Exception {
        Map<String, Double> sentAt = new HashMap<>();
        for (SmscEvent e : a.smsc.events("deliver_sent")) {
            sentAt.put(e.str("tag"), e.time());
        }
        List<Double> delays = new ArrayList<>();
        double first = Double.MAX_VALUE;
        double last = 0;
        for (SmscEvent e : arrived) {
            String text = new String(e.hex("short_message_hex"), StandardCharsets.US_ASCII);
            double sent = sentAt.get(text);
            delays.add((e.time() - sent) * 1000.0);
            first = Math.min(first, sent);
            last = Math.max(last, e.time());
        }
        Collections.sort(delays);
        double seconds = last - first;
        SmsHandlerStatus sa = a.handler().status();
        SmsHandlerStatus sb = b.handler().status();
        String line = String.format(Locale.ROOT,
                "| %s | %s | %d | %s | %.1f s | %.1f SMS/s | %.0f | %.0f | %.0f | %.0f | %.0f | %d | %d | %s |",
                LocalDate.now(), PROFILE, COUNT, RATE > 0 ? RATE + " SMS/s" : "burst", seconds, COUNT / seconds, percentile(delays, 50), percentile(delays, 90),
                percentile(delays, 99), delays.get(delays.size() - 1), delays.get(0),
                sa.counters().attemptsFailed(), sb.counters().duplicates(), relay.stats());
        String header = "| date | link | SMS | offered | duration | throughput | p50 ms | p90 ms | p99 ms | max ms | min ms"
                + " | failed attempts at A | duplicates suppressed at B | relay |";
        System.out.println("impaired link results:\n" + header + "\n" + line);
        Path out = Path.of(System.getProperty("user.dir"), System.getProperty("dgsm.target", "target"),
                "impaired-link-results-" + PROFILE + "-" + COUNT + "-" + (RATE > 0 ? RATE + "ps" : "burst") + ".md");
        if (Files.isDirectory(out.getParent())) {
            Files.writeString(out, header + "\n" + line + "\n");
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
