package org.dgsm.node.discovery;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeerTableTest {

    private static final long TIMEOUT = 20_000;
    private final PeerTable table = new PeerTable(TIMEOUT);

    @Test
    void firstSightingMakesAnUpPeerAndSaysItAppeared() {
        List<PeerEvent> events = table.sighted(Sightings.of("lakeside"), 1_000);

        assertThat(events).singleElement().isInstanceOf(PeerEvent.Appeared.class);
        Peer peer = events.get(0).peer();
        assertThat(peer.name()).isEqualTo("lakeside");
        assertThat(peer.up()).isTrue();
        assertThat(peer.firstSeenMillis()).isEqualTo(1_000);
        assertThat(peer.lastSeenMillis()).isEqualTo(1_000);
        assertThat(peer.sinceMillis()).isEqualTo(1_000);
        assertThat(peer.services()).containsEntry("sip.voice", Sightings.service("10.9.1.2", 5060));
        assertThat(table.peers()).containsExactly(peer);
    }

    @Test
    void repeatedSightingIsSilentButMovesLastSeen() {
        table.sighted(Sightings.of("lakeside"), 1_000);

        assertThat(table.sighted(Sightings.of("lakeside"), 6_000)).isEmpty();

        Peer peer = table.peer("lakeside").orElseThrow();
        assertThat(peer.lastSeenMillis()).isEqualTo(6_000);
        assertThat(peer.firstSeenMillis()).isEqualTo(1_000);
        assertThat(peer.sinceMillis()).isEqualTo(1_000);
    }

    @Test
    void silentPeerGoesDownExactlyAtTheLivenessTimeout() {
        table.sighted(Sightings.of("lakeside"), 1_000);

        assertThat(table.expire(1_000 + TIMEOUT - 1)).isEmpty();
        List<PeerEvent> events = table.expire(1_000 + TIMEOUT);

        assertThat(events).singleElement().isInstanceOfSatisfying(PeerEvent.WentDown.class, down -> {
            assertThat(down.reason()).isEqualTo(PeerEvent.WentDown.Reason.SILENT);
            assertThat(down.peer().up()).isFalse();
            assertThat(down.peer().sinceMillis()).isEqualTo(1_000 + TIMEOUT);
            assertThat(down.peer().lastSeenMillis()).isEqualTo(1_000);
        });
        assertThat(table.expire(1_000 + 2 * TIMEOUT)).as("reported once").isEmpty();
    }

    @Test
    void heartbeatsKeepAPeerUp() {
        for (long now = 0; now <= 10 * TIMEOUT; now += 5_000) {
            table.sighted(Sightings.of("lakeside"), now);
            assertThat(table.expire(now + 4_999)).isEmpty();
        }
        assertThat(table.peer("lakeside").orElseThrow().up()).isTrue();
    }

    @Test
    void downPeerComesBackOnItsNextSighting() {
        table.sighted(Sightings.of("lakeside"), 1_000);
        table.expire(1_000 + TIMEOUT);

        List<PeerEvent> events = table.sighted(Sightings.of("lakeside"), 90_000);

        assertThat(events).singleElement().isInstanceOf(PeerEvent.CameBack.class);
        Peer peer = events.get(0).peer();
        assertThat(peer.up()).isTrue();
        assertThat(peer.sinceMillis()).isEqualTo(90_000);
        assertThat(peer.firstSeenMillis()).isEqualTo(1_000);
    }

    @Test
    void goodbyeMarksDownAtOnce() {
        table.sighted(Sightings.of("lakeside"), 1_000);

        List<PeerEvent> events = table.saidGoodbye("lakeside", 2_000);

        assertThat(events).singleElement().isInstanceOfSatisfying(PeerEvent.WentDown.class, down -> {
            assertThat(down.reason()).isEqualTo(PeerEvent.WentDown.Reason.SAID_GOODBYE);
            assertThat(down.peer().sinceMillis()).isEqualTo(2_000);
        });
        assertThat(table.peer("lakeside").orElseThrow().up()).isFalse();
        assertThat(table.expire(1_000 + TIMEOUT)).as("already down").isEmpty();
    }

    @Test
    void goodbyeFromUnknownOrDownPeerChangesNothing() {
        assertThat(table.saidGoodbye("stranger", 1_000)).isEmpty();
        assertThat(table.peers()).isEmpty();

        table.sighted(Sightings.of("lakeside"), 1_000);
        table.saidGoodbye("lakeside", 2_000);
        assertThat(table.saidGoodbye("lakeside", 3_000)).isEmpty();
        assertThat(table.peer("lakeside").orElseThrow().sinceMillis()).isEqualTo(2_000);
    }

    @Test
    void changedAnnouncementOfAnUpPeerIsReportedWithTheOldOne() {
        table.sighted(Sightings.of("lakeside", "0.1.0"), 1_000);

        List<PeerEvent> events = table.sighted(Sightings.of("lakeside", "0.2.0"), 2_000);

        assertThat(events).singleElement().isInstanceOfSatisfying(PeerEvent.Changed.class, changed -> {
            assertThat(changed.before().version()).isEqualTo("0.1.0");
            assertThat(changed.peer().version()).isEqualTo("0.2.0");
        });
    }

    @Test
    void changedServicesAreReported() {
        table.sighted(Sightings.of("lakeside"), 1_000);
        PeerSighting moved = new PeerSighting("lakeside", "0.1.0",
                Map.of("sip.voice", Sightings.service("10.9.1.3", 5060)), List.of(Sightings.ip("127.0.0.2")), 8042);

        assertThat(table.sighted(moved, 2_000)).singleElement().isInstanceOf(PeerEvent.Changed.class);
        assertThat(table.peer("lakeside").orElseThrow().services().get("sip.voice"))
                .isEqualTo(Sightings.service("10.9.1.3", 5060));
    }

    @Test
    void namesCompareCaseInsensitivelyAndTheLatestSpellingIsShown() {
        table.sighted(Sightings.of("Lakeside"), 1_000);

        assertThat(table.sighted(Sightings.of("LAKESIDE"), 2_000)).singleElement().isInstanceOf(PeerEvent.Changed.class);
        assertThat(table.peers()).singleElement().extracting(Peer::name).isEqualTo("LAKESIDE");
        assertThat(table.saidGoodbye("lakeside", 3_000)).hasSize(1);
    }

    @Test
    void peersAreSortedByName() {
        table.sighted(Sightings.of("river"), 1_000);
        table.sighted(Sightings.of("Hill"), 1_000);
        table.sighted(Sightings.of("lakeside"), 1_000);

        assertThat(table.peers()).extracting(Peer::name).containsExactly("Hill", "lakeside", "river");
    }

    @Test
    void fullTableForgetsThePeerDownTheLongest() {
        PeerTable small = new PeerTable(TIMEOUT, 3);
        small.sighted(Sightings.of("a"), 0);
        small.sighted(Sightings.of("b"), 5_000);
        small.sighted(Sightings.of("c"), 30_000);
        small.expire(TIMEOUT);      // a down since 20 s
        small.expire(5_000 + TIMEOUT); // b down since 25 s

        assertThat(small.sighted(Sightings.of("d"), 30_000)).singleElement().isInstanceOf(PeerEvent.Appeared.class);
        assertThat(small.peers()).extracting(Peer::name).containsExactly("b", "c", "d");
    }

    @Test
    void fullTableOfLivePeersIgnoresANewcomer() {
        PeerTable small = new PeerTable(TIMEOUT, 2);
        small.sighted(Sightings.of("a"), 0);
        small.sighted(Sightings.of("b"), 0);

        assertThat(small.sighted(Sightings.of("c"), 1_000)).isEmpty();
        assertThat(small.peers()).extracting(Peer::name).containsExactly("a", "b");
        assertThat(small.sighted(Sightings.of("a"), 2_000)).as("known peers are still refreshed").isEmpty();
        assertThat(small.peer("a").orElseThrow().lastSeenMillis()).isEqualTo(2_000);
    }

    @Test
    void clockGoingBackwardsNeitherRewindsLastSeenNorMarksDown() {
        table.sighted(Sightings.of("lakeside"), 50_000);
        table.sighted(Sightings.of("lakeside"), 10_000);

        assertThat(table.peer("lakeside").orElseThrow().lastSeenMillis()).isEqualTo(50_000);
        assertThat(table.expire(0)).isEmpty();
        assertThat(table.expire(50_000 + TIMEOUT)).hasSize(1);
    }

    @Test
    void everySilentPeerIsReportedInOneSweep() {
        table.sighted(Sightings.of("a"), 0);
        table.sighted(Sightings.of("b"), 1_000);
        table.sighted(Sightings.of("c"), 30_000);

        assertThat(table.expire(25_000)).extracting(e -> e.peer().name()).containsExactly("a", "b");
    }

    @Test
    void refusesNonPositiveTimeoutAndCapacity() {
        assertThatThrownBy(() -> new PeerTable(0)).hasMessageContaining("liveness timeout must be positive");
        assertThatThrownBy(() -> new PeerTable(1_000, 0)).hasMessageContaining("maxPeers");
    }
}
