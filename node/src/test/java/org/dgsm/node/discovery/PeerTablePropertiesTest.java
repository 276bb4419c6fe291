package org.dgsm.node.discovery;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Random sequences of sightings, goodbyes and sweeps against a plain model of what each peer's state must be. */
class PeerTablePropertiesTest {

    private static final long TIMEOUT = 10_000;
    private static final List<String> NAMES = List.of("a", "b", "c", "d");

    enum Kind { SIGHTING, GOODBYE, SWEEP }

    record Step(Kind kind, int peer, long advanceMillis) {
    }

    /** What the model expects of a peer. */
    private static final class Expected {
        boolean up;
        long lastSeen;
    }

    @Property(tries = 2_000)
    void tableAgreesWithTheModelAndEventsAlternate(@ForAll("steps") List<Step> steps) {
        PeerTable table = new PeerTable(TIMEOUT);
        Map<String, Expected> model = new HashMap<>();
        Map<String, Boolean> upByEvents = new HashMap<>();
        long now = 0;
        for (Step step : steps) {
            now += step.advanceMillis();
            String name = NAMES.get(step.peer());
            List<PeerEvent> events = switch (step.kind()) {
                case SIGHTING -> {
                    Expected e = model.computeIfAbsent(name, n -> new Expected());
                    e.up = true;
                    e.lastSeen = now;
                    yield table.sighted(Sightings.of(name), now);
                }
                case GOODBYE -> {
                    Expected e = model.get(name);
                    if (e != null) {
                        e.up = false;
                    }
                    yield table.saidGoodbye(name, now);
                }
                case SWEEP -> {
                    for (Expected e : model.values()) {
                        if (now - e.lastSeen >= TIMEOUT) {
                            e.up = false;
                        }
                    }
                    yield table.expire(now);
                }
            };
            for (PeerEvent event : events) {
                String peer = event.peer().name();
                Boolean wasUp = upByEvents.get(peer);
                if (event instanceof PeerEvent.Appeared) {
                    assertThat(wasUp).as("appears once: %s", peer).isNull();
                    upByEvents.put(peer, true);
                } else if (event instanceof PeerEvent.CameBack) {
                    assertThat(wasUp).as("comes back only when down: %s", peer).isFalse();
                    upByEvents.put(peer, true);
                } else if (event instanceof PeerEvent.WentDown) {
                    assertThat(wasUp).as("goes down only when up: %s", peer).isTrue();
                    upByEvents.put(peer, false);
                } else {
                    assertThat(wasUp).as("changes only while up: %s", peer).isTrue();
                }
            }
            for (Map.Entry<String, Expected> entry : model.entrySet()) {
                Peer peer = table.peer(entry.getKey()).orElseThrow();
                assertThat(peer.up()).as("%s up", entry.getKey()).isEqualTo(entry.getValue().up);
                assertThat(peer.lastSeenMillis()).isEqualTo(entry.getValue().lastSeen);
                assertThat(upByEvents.get(entry.getKey())).as("events tell the state of %s", entry.getKey())
                        .isEqualTo(entry.getValue().up);
            }
            assertThat(table.peers()).hasSize(model.size());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, NAMES.size() - 1),
                Arbitraries.longs().between(0, 2 * TIMEOUT)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }
}
