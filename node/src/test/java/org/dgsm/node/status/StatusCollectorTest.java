package org.dgsm.node.status;

import org.dgsm.node.discovery.Peer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCollectorTest {

    private static final Instant NOW = Snapshots.NOW;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Peer peer(String name, boolean up, long lastSeenMillis) {
        return new Peer(name, "0.1.0", Map.of("sip.voice", Snapshots.service("10.0.0.2", 5060)),
                List.of(Snapshots.ip("10.0.0.2")), 8042, lastSeenMillis - 60_000, lastSeenMillis, up, lastSeenMillis - 30_000);
    }

    @Test
    void takesEveryWiredSource() {
        StatusCollector collector = StatusCollector.builder("home", "0.2.0", CLOCK)
                .startedAt(NOW.minusSeconds(90))
                .peers(() -> List.of(peer("river", true, NOW.toEpochMilli())))
                .gsupPeers(() -> List.of(new GsupPeerStatus("MSC-1", NOW, true, false)))
                .attachedSubscribers(() -> 12)
                .visitors(() -> List.of(new Visitor("901700000000001", "", "river", NOW)))
                .smsQueue(() -> new SmsQueueSummary(3, NOW, null))
                .mslookup(() -> new MslookupCounters(10, 4, 1))
                .build();

        StatusSnapshot s = collector.snapshot();

        assertThat(s.village()).isEqualTo("home");
        assertThat(s.version()).isEqualTo("0.2.0");
        assertThat(s.takenAt()).isEqualTo(NOW);
        assertThat(s.uptime()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.peers()).extracting(PeerStatus::village).containsExactly("river");
        assertThat(s.gsupPeers()).extracting(GsupPeerStatus::ipaName).containsExactly("MSC-1");
        assertThat(s.attachedSubscribers()).isEqualTo(12);
        assertThat(s.visitors()).hasSize(1);
        assertThat(s.smsQueue().queued()).isEqualTo(3);
        assertThat(s.mslookup()).isEqualTo(new MslookupCounters(10, 4, 1));
        assertThat(s.unavailable()).isEmpty();
    }

    @Test
    void unwiredSourcesShowEmpty() {
        StatusSnapshot s = StatusCollector.builder("home", "0.2.0", CLOCK).build().snapshot();

        assertThat(s.peers()).isEmpty();
        assertThat(s.gsupPeers()).isEmpty();
        assertThat(s.attachedSubscribers()).isZero();
        assertThat(s.smsQueue()).isEqualTo(SmsQueueSummary.EMPTY);
        assertThat(s.mslookup()).isEqualTo(MslookupCounters.ZERO);
        assertThat(s.uptime()).isEqualTo(Duration.ZERO);
        assertThat(s.unavailable()).isEmpty();
    }

    @Test
    void failingOrNullSourceIsNamedAndShownEmptyWhileTheRestStillWorks() {
        StatusSnapshot s = StatusCollector.builder("home", "0.2.0", CLOCK)
                .visitors(() -> {
                    throw new IllegalStateException("roaming cache closed");
                })
                .smsQueue(() -> null)
                .attachedSubscribers(() -> 7)
                .build().snapshot();

        assertThat(s.unavailable()).containsExactly("visitors", "smsQueue");
        assertThat(s.visitors()).isEmpty();
        assertThat(s.smsQueue()).isEqualTo(SmsQueueSummary.EMPTY);
        assertThat(s.attachedSubscribers()).isEqualTo(7);
    }

    @Test
    void joinsLinkHealthToDiscoveredVillagesByNameWhateverTheCase() {
        long announced = NOW.minusSeconds(10).toEpochMilli();
        List<PeerStatus> rows = StatusCollector.join(
                List.of(peer("River", true, announced)),
                List.of(new LinkHealth("RIVER", NOW.minusSeconds(2), Duration.ofMillis(40))));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.village()).isEqualTo("River");
            assertThat(row.state()).isEqualTo(PeerStatus.State.UP);
            assertThat(row.rtt()).isEqualTo(Duration.ofMillis(40));
            assertThat(row.lastSeen()).as("the later of announcement and answer").isEqualTo(NOW.minusSeconds(2));
            assertThat(row.since()).isEqualTo(Instant.ofEpochMilli(announced - 30_000));
            assertThat(row.httpPort()).isEqualTo(8042);
            assertThat(row.services()).containsKey("sip.voice");
        });
    }

    @Test
    void keepsTheAnnouncementTimeWhenTheLastAnswerIsOlder() {
        long announced = NOW.minusSeconds(10).toEpochMilli();
        List<PeerStatus> rows = StatusCollector.join(List.of(peer("river", false, announced)),
                List.of(new LinkHealth("river", NOW.minusSeconds(500), null)));

        assertThat(rows.get(0).lastSeen()).isEqualTo(Instant.ofEpochMilli(announced));
        assertThat(rows.get(0).state()).isEqualTo(PeerStatus.State.DOWN);
        assertThat(rows.get(0).rtt()).isNull();
    }

    @Test
    void villagesKnownOnlyFromTrafficAreUndiscoveredRowsInNameOrder() {
        List<PeerStatus> rows = StatusCollector.join(
                List.of(peer("mill", true, NOW.toEpochMilli())),
                List.of(new LinkHealth("zeta", NOW.minusSeconds(5), Duration.ofMillis(300)),
                        new LinkHealth("Alder", null, null)));

        assertThat(rows).extracting(PeerStatus::village).containsExactly("Alder", "mill", "zeta");
        assertThat(rows.get(0).state()).isEqualTo(PeerStatus.State.UNDISCOVERED);
        assertThat(rows.get(0).lastSeen()).isNull();
        assertThat(rows.get(2).rtt()).isEqualTo(Duration.ofMillis(300));
        assertThat(rows.get(2).version()).isEmpty();
    }
}
