package org.dgsm.node.status;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {

    /** One sample line of the text format: name, optional labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? -?[0-9.eE+-]+|NaN");

    @Test
    void exposesTheFiguresOfTheStatusPage() {
        String text = new Metrics(Snapshots::realistic).scrape();

        assertThat(text.lines()).contains(
                "dgsm_node{version=\"0.1.0\",village=\"R\u00edo Verde\"} 1.0",
                "dgsm_uptime_seconds 274320.0",
                "dgsm_peers_up 2.0",
                "dgsm_peers_known 3.0",
                "dgsm_peer_up{village=\"San Pedro\"} 1.0",
                "dgsm_peer_up{village=\"La Loma\"} 1.0",
                "dgsm_peer_up{village=\"Cerro Azul\"} 0.0",
                "dgsm_peer_last_seen_age_seconds{village=\"Cerro Azul\"} 440.0",
                "dgsm_peer_last_seen_age_seconds{village=\"Tres R\u00edos\"} 95.0",
                "dgsm_peer_rtt_seconds{village=\"San Pedro\"} 0.038",
                "dgsm_gsup_peers 2.0",
                "dgsm_subscribers_attached 47.0",
                "dgsm_visitors 3.0",
                "dgsm_sms_queued 5.0",
                "dgsm_sms_oldest_age_seconds 2520.0",
                "dgsm_mslookup_queries_total 18342.0",
                "dgsm_mslookup_answered_total 611.0",
                "dgsm_mslookup_malformed_total 2.0",
                "# TYPE dgsm_mslookup_queries_total counter",
                "# TYPE dgsm_peers_up gauge");
        assertThat(text).as("an undiscovered village has no up/down series")
                .doesNotContain("dgsm_peer_up{village=\"Tres R\u00edos\"}")
                .as("no RTT series without a measurement").doesNotContain("dgsm_peer_rtt_seconds{village=\"Cerro Azul\"}");
    }

    @Test
    void everyScrapeTakesAFreshSnapshot() {
        StatusSnapshot first = Snapshots.realistic();
        AtomicReference<StatusSnapshot> current = new AtomicReference<>(first);
        Metrics metrics = new Metrics(current::get);
        metrics.scrape();

        PeerStatus sanPedroDown = new PeerStatus("San Pedro", PeerStatus.State.DOWN, first.takenAt(), first.takenAt(),
                "0.1.0", List.of(), 8042, Map.of(), null);
        current.set(new StatusSnapshot(first.village(), "0.2.0", first.takenAt().plusSeconds(10),
                first.uptime().plusSeconds(10), List.of(sanPedroDown), List.of(), 40, List.of(), SmsQueueSummary.EMPTY,
                new MslookupCounters(20_000, 700, 2), List.of()));
        String text = metrics.scrape();

        assertThat(text.lines()).contains(
                "dgsm_node{version=\"0.2.0\",village=\"R\u00edo Verde\"} 1.0",
                "dgsm_peer_up{village=\"San Pedro\"} 0.0",
                "dgsm_peers_up 0.0",
                "dgsm_peers_known 1.0",
                "dgsm_subscribers_attached 40.0",
                "dgsm_sms_queued 0.0",
                "dgsm_sms_oldest_age_seconds 0.0",
                "dgsm_mslookup_queries_total 20000.0");
        assertThat(text).as("villages gone from the snapshot are gone from the series")
                .doesNotContain("La Loma").doesNotContain("Cerro Azul")
                .doesNotContain("version=\"0.1.0\"").doesNotContain("dgsm_peer_rtt_seconds{");
    }

    @Test
    void villageNamesFromTheNetworkCannotBreakTheFormat() {
        PeerStatus odd = new PeerStatus("a\"b\\c\nd", PeerStatus.State.UP, Snapshots.NOW, Snapshots.NOW, "1",
                List.of(), 0, Map.of(), Duration.ofMillis(5));
        StatusSnapshot s = new StatusSnapshot("home", "1", Snapshots.NOW, Duration.ZERO, List.of(odd), List.of(), 0,
                List.of(), SmsQueueSummary.EMPTY, MslookupCounters.ZERO, List.of());

        String text = new Metrics(() -> s).scrape();

        assertThat(text.lines()).contains("dgsm_peer_up{village=\"a\\\"b\\\\c\\nd\"} 1.0");
        assertThat(text.lines().filter(line -> !line.startsWith("#") && !line.isEmpty()))
                .allSatisfy(line -> assertThat(line).matches(SAMPLE));
    }

    @Test
    void otherMetersCanJoinTheRegistry() {
        Metrics metrics = new Metrics(Snapshots::empty);
        metrics.registry().counter("dgsm.test.extra").increment(3);

        assertThat(metrics.scrape().lines()).contains("dgsm_test_extra_total 3.0");
    }
}
