package org.dgsm.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole nodes on 127.0.0.21.. in one namespace: they find each other by DNS-SD and show it on every status page
 * and in /metrics; a village started later appears with no config change; one that stops shows as down.
 * Bounds are generous (jmDNS needs about 4 s to announce); the measured times are logged.
 */
class VillagesDiscoverEachOtherTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<VillageNode> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopAll() {
        nodes.forEach(VillageNode::close);
    }

    private VillageNode start(String name, int i) throws Exception {
        String ip = "127.0.0." + (20 + i);
        VillageNode node = VillageNode.start(NodeSettings.builder().siteName(name).database(dir.resolve(name + ".db"))
                .gsupBind(new InetSocketAddress(ip, 4222)).httpBind(new InetSocketAddress(ip, 8042)).build());
        nodes.add(node);
        return node;
    }

    private String get(VillageNode node, String path) throws Exception {
        InetSocketAddress a = node.httpAddress();
        return http.send(HttpRequest.newBuilder(URI.create("http://" + a.getHostString() + ":" + a.getPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private Set<String> upPeers(VillageNode node) throws Exception {
        Set<String> up = new HashSet<>();
        for (JsonNode p : JSON.readTree(get(node, "/status.json")).get("peers")) {
            if (p.get("state").asText().equals("up")) {
                up.add(p.get("village").asText());
            }
        }
        return up;
    }

    /** Polls until every node satisfies {@code condition}; returns how long it took. */
    private Duration await(List<VillageNode> watched, Predicate<Set<String>> condition) throws Exception {
        long start = System.nanoTime();
        while (true) {
            boolean all = true;
            for (VillageNode n : watched) {
                all &= condition.test(upPeers(n));
            }
            if (all) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            assertThat(System.nanoTime() - start).as("within " + BOUND).isLessThan(BOUND.toNanos());
            Thread.sleep(200);
        }
    }

    @Test
    void villagesAppearOnEveryStatusPageAndGoDownWhenStopped() throws Exception {
        long t0 = System.nanoTime();
        VillageNode a = start("alpha", 1);
        VillageNode b = start("beta", 2);
        VillageNode c = start("gamma", 3);
        await(List.of(a, b, c), up -> up.size() == 2);
        System.out.printf("three villages saw each other %d ms after the first start%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(upPeers(a)).containsExactlyInAnyOrder("beta", "gamma");
        assertThat(get(b, "/metrics")).contains("dgsm_peers_up 2.0").contains("dgsm_peer_up{village=\"alpha\"} 1.0");
        assertThat(get(c, "/")).contains("alpha", "beta");

        VillageNode d = start("delta", 4);
        Duration appeared = await(List.of(a, b, c), up -> up.contains("delta"));
        System.out.printf("a fourth village appeared everywhere after %d ms%n", appeared.toMillis());
        assertThat(upPeers(d)).containsExactlyInAnyOrder("alpha", "beta", "gamma");

        nodes.remove(b);
        b.close();
        Duration down = await(List.of(a, c, d), up -> !up.contains("beta"));
        System.out.printf("a stopped village showed as down after %d ms%n", down.toMillis());
        assertThat(get(a, "/metrics")).contains("dgsm_peer_up{village=\"beta\"} 0.0");
    }
}
