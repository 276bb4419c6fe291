package org.dgsm.node.discovery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Real jmDNS on loopback addresses in the test JVM's private namespace. Short heartbeats and timeouts, so that what
 * the defaults do in 5 s / 20 s happens here within seconds.
 */
class PeerDiscoveryTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** Long enough that a goodbye (about 3 s from close() to down) always beats the silence timeout. */
    private static final Duration LIVENESS_FOR_GOODBYE = Duration.ofSeconds(8);
    /** Short, so that the killed village goes down soon. */
    private static final Duration LIVENESS = Duration.ofSeconds(3);
    /** jmDNS needs about 4 s from start to the first resolution; the bound leaves room for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(15);

    private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();

    private record Village(String name, PeerDiscovery discovery, List<PeerEvent> events) {

        boolean seesUp(String other) {
            return discovery.peers().stream().anyMatch(p -> p.name().equals(other) && p.up());
        }

        boolean seesDown(String other) {
            return discovery.peers().stream().anyMatch(p -> p.name().equals(other) && !p.up());
        }

        Peer peer(String other) {
            return discovery.peers().stream().filter(p -> p.name().equals(other)).findFirst().orElseThrow();
        }

        List<PeerEvent> downEvents() {
            return events.stream().filter(e -> e instanceof PeerEvent.WentDown).toList();
        }
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        // In parallel: each jmDNS takes about 2 s to say goodbye.
        List<Thread> closing = new ArrayList<>();
        for (AutoCloseable closeable : started) {
            Thread thread = new Thread(() -> {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            closing.add(thread);
        }
        for (Thread thread : closing) {
            thread.join();
        }
    }

    @Test
    void villagesFindEachOtherAFourthJoinsLaterAndOneThatLeavesGoesDown() throws Exception {
        long begin = System.nanoTime();
        Village a = village("alpha", "127.0.0.1", LIVENESS_FOR_GOODBYE);
        Village b = village("bravo", "127.0.0.2", LIVENESS_FOR_GOODBYE);
        Village c = village("charlie", "127.0.0.3", LIVENESS_FOR_GOODBYE);
        List<Village> first = List.of(a, b, c);

        await("three villages see each other", () -> first.stream().allMatch(v ->
                first.stream().filter(o -> o != v).allMatch(o -> v.seesUp(o.name()))));
        System.out.printf("three villages saw each other %d ms after the first started%n",
                (System.nanoTime() - begin) / 1_000_000);

        Peer alphaSeenByBravo = b.peer("alpha");
        assertThat(alphaSeenByBravo.version()).isEqualTo("0.1.0-test");
        assertThat(alphaSeenByBravo.services()).containsEntry("sip.voice", Sightings.service("127.0.0.1", 5060));
        assertThat(alphaSeenByBravo.addresses()).contains(Sightings.ip("127.0.0.1"));
        assertThat(alphaSeenByBravo.httpPort()).isEqualTo(8042);
        assertThat(a.discovery().peers()).extracting(Peer::name).containsExactly("bravo", "charlie");

        Village d = village("delta", "127.0.0.4", LIVENESS_FOR_GOODBYE);
        await("the fourth village is seen by the first three and sees them",
                () -> first.stream().allMatch(v -> v.seesUp("delta"))
                        && first.stream().allMatch(v -> d.seesUp(v.name())));

        c.discovery().close();
        long closed = System.nanoTime();
        await("the village that left is down everywhere",
                () -> a.seesDown("charlie") && b.seesDown("charlie") && d.seesDown("charlie"));
        System.out.printf("village that left down everywhere %d ms after close returned%n",
                (System.nanoTime() - closed) / 1_000_000);

        for (Village v : List.of(a, b, d)) {
            assertThat(v.downEvents()).as("%s saw only charlie go down, on its goodbye", v.name())
                    .singleElement().satisfies(e -> {
                        assertThat(e.peer().name()).isEqualTo("charlie");
                        assertThat(((PeerEvent.WentDown) e).reason()).isEqualTo(PeerEvent.WentDown.Reason.SAID_GOODBYE);
                    });
            assertThat(v.discovery().peers()).filteredOn(Peer::up).hasSize(2);
        }
    }

    @Test
    void heartbeatsKeepAVillageUpUntilItIsKilledThenItGoesDownAfterTheLivenessTimeout(@TempDir Path tmp)
            throws Exception {
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DiscoveryChild.class.getName(),
                "127.0.0.6", "victim", Long.toString(HEARTBEAT.toMillis()), Long.toString(LIVENESS.toMillis()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(child::destroyForcibly);
        Village observer = village("observer", "127.0.0.5", LIVENESS);

        await("the child village is seen", () -> observer.seesUp("victim"), log);
        long seen = System.nanoTime();
        while (System.nanoTime() - seen < 2 * LIVENESS.toNanos()) {
            Thread.sleep(100);
        }
        assertThat(observer.downEvents()).as("heartbeats kept it up for two liveness timeouts").isEmpty();
        assertThat(observer.seesUp("victim")).isTrue();

        child.destroyForcibly().waitFor();
        long killed = System.nanoTime();
        await("the killed village is down", () -> observer.seesDown("victim"), log);
        long downAfterMillis = (System.nanoTime() - killed) / 1_000_000;
        System.out.printf("killed village down after %d ms%n", downAfterMillis);

        assertThat(observer.downEvents()).singleElement()
                .extracting(e -> ((PeerEvent.WentDown) e).reason()).isEqualTo(PeerEvent.WentDown.Reason.SILENT);
        // Its last heartbeat reached us at most an interval (plus jmDNS's announce delay) before the kill.
        assertThat(downAfterMillis).isBetween(LIVENESS.minus(HEARTBEAT).minusSeconds(1).toMillis(),
                LIVENESS.plusSeconds(3).toMillis());
    }

    private Village village(String name, String ip, Duration liveness) throws IOException {
        DiscoverySettings settings = DiscoverySettings.defaults(Sightings.ip(ip)).withTiming(HEARTBEAT, liveness);
        LocalVillage self = new LocalVillage(name, "0.1.0-test", Map.of("sip.voice", Sightings.service(ip, 5060)), 8042);
        List<PeerEvent> events = new CopyOnWriteArrayList<>();
        PeerDiscovery discovery = PeerDiscovery.start(settings, self, Clock.systemUTC(), events::add);
        started.add(discovery);
        return new Village(name, discovery, events);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, condition, null);
    }

    private static void await(String what, BooleanSupplier condition, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String childLog = "";
                if (log != null) {
                    try {
                        childLog = "\nchild log:\n" + Files.readString(log);
                    } catch (IOException e) {
                        childLog = "\n(no child log: " + e + ")";
                    }
                }
                fail("not within " + BOUND.toSeconds() + " s: " + what + childLog);
            }
            Thread.sleep(50);
        }
    }
}
