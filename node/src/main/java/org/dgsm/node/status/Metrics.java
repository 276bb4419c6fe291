package org.dgsm.node.status;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The figures of the status page as Prometheus series, on a Micrometer {@link PrometheusMeterRegistry}. Each
 * {@link #scrape()} takes a fresh {@link StatusSnapshot} and answers the text exposition format:
 * <pre>
 * dgsm_node{village,version} 1          dgsm_uptime_seconds
 * dgsm_peers_up  dgsm_peers_known       dgsm_peer_up{village} 1|0
 * dgsm_peer_last_seen_age_seconds{village}  dgsm_peer_rtt_seconds{village} (when known)
 * dgsm_gsup_peers  dgsm_subscribers_attached  dgsm_visitors
 * dgsm_sms_queued  dgsm_sms_oldest_age_seconds (0 when empty)
 * dgsm_mslookup_queries_total  dgsm_mslookup_answered_total  dgsm_mslookup_malformed_total
 * </pre>
 * The registry is open for more meters ({@link #registry()}), e.g. JVM metrics.
 */
public final class Metrics {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<StatusSnapshot> snapshots;
    private final PrometheusMeterRegistry registry;
    private final MultiGauge peerUp;
    private final MultiGauge peerLastSeenAge;
    private final MultiGauge peerRtt;
    private final MultiGauge node;
    private volatile StatusSnapshot current;

    public Metrics(Supplier<StatusSnapshot> snapshots) {
        this(snapshots, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public Metrics(Supplier<StatusSnapshot> snapshots, PrometheusMeterRegistry registry) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.current = snapshots.get();
        node = MultiGauge.builder("dgsm.node").description("This village: its name and software version")
                .register(registry);
        gauge("dgsm.uptime", "seconds", "How long the node has been running", s -> s.uptime().toMillis() / 1000.0);
        gauge("dgsm.peers.up", null, "Villages up by discovery", StatusSnapshot::peersUp);
        gauge("dgsm.peers.known", null, "Villages known by discovery, up or down",
                s -> s.peers().stream().filter(p -> p.state() != PeerStatus.State.UNDISCOVERED).count());
        peerUp = MultiGauge.builder("dgsm.peer.up").description("1 when the village is up by discovery, else 0")
                .register(registry);
        peerLastSeenAge = MultiGauge.builder("dgsm.peer.last.seen.age").baseUnit("seconds")
                .description("Time since the village was last heard of").register(registry);
        peerRtt = MultiGauge.builder("dgsm.peer.rtt").baseUnit("seconds")
                .description("Latest round-trip time to the village").register(registry);
        gauge("dgsm.gsup.peers", null, "GSUP clients (MSC, SGSN, ...) connected to the HLR", s -> s.gsupPeers().size());
        gauge("dgsm.subscribers.attached", null, "Subscribers attached here", StatusSnapshot::attachedSubscribers);
        gauge("dgsm.visitors", null, "Subscribers of other villages attached here", s -> s.visitors().size());
        gauge("dgsm.sms.queued", null, "SMS waiting in the store-and-forward queue", s -> s.smsQueue().queued());
        gauge("dgsm.sms.oldest.age", "seconds", "Age of the oldest waiting SMS, 0 when none waits",
                s -> s.smsQueue().oldest() == null ? 0
                        : Math.max(0, Duration.between(s.smsQueue().oldest(), s.takenAt()).toMillis() / 1000.0));
        counter("dgsm.mslookup.queries", "mslookup queries received", s -> s.mslookup().queriesSeen());
        counter("dgsm.mslookup.answered", "mslookup queries this village answered", s -> s.mslookup().answered());
        counter("dgsm.mslookup.malformed", "Packets on the mslookup group that were not a valid query",
                s -> s.mslookup().malformed());
        updateRows();
    }

    /** Takes a fresh snapshot and answers the Prometheus text format ({@link #CONTENT_TYPE}). */
    public synchronized String scrape() {
        current = snapshots.get();
        updateRows();
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    private void updateRows() {
        StatusSnapshot s = current;
        node.register(List.of(MultiGauge.Row.of(Tags.of("village", s.village(), "version", s.version()), 1)), true);
        List<MultiGauge.Row<?>> up = new ArrayList<>();
        List<MultiGauge.Row<?>> age = new ArrayList<>();
        List<MultiGauge.Row<?>> rtt = new ArrayList<>();
        for (PeerStatus p : s.peers()) {
            Tags village = Tags.of("village", p.village());
            if (p.state() != PeerStatus.State.UNDISCOVERED) {
                up.add(MultiGauge.Row.of(village, p.up() ? 1 : 0));
            }
            if (p.lastSeen() != null) {
                age.add(MultiGauge.Row.of(village, Math.max(0, Duration.between(p.lastSeen(), s.takenAt()).toMillis() / 1000.0)));
            }
            if (p.rtt() != null) {
                rtt.add(MultiGauge.Row.of(village, p.rtt().toNanos() / 1e9));
            }
        }
        peerUp.register(up, true);
        peerLastSeenAge.register(age, true);
        peerRtt.register(rtt, true);
    }

    private void gauge(String name, String unit, String description, ToDoubleFunction<StatusSnapshot> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.current)).baseUnit(unit).description(description)
                .register(registry);
    }

    private void counter(String name, String description, ToDoubleFunction<StatusSnapshot> value) {
        FunctionCounter.builder(name, this, m -> value.applyAsDouble(m.current)).description(description)
                .register(registry);
    }
}
