package org.dgsm.simulations.dgsm;

import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.simulations.engine.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Two stations wired back to back: station 0 asks, station 1 answers 30 ms later. */
class MslookupStationTest {

    private final Simulator sim = new Simulator(1_000_000);
    private final List<byte[]> sent = new ArrayList<>();
    private final MslookupQuery query = new MslookupQuery("sip.voice", MslookupId.msisdn("2001"));
    private MslookupStation asker;
    private MslookupStation answerer;

    private void wire(int repeats, long answerAge) {
        MslookupResult result = new MslookupResult(answerAge, new ServiceAddress(AddressPlan.address(1), 5060), null);
        MslookupStation.GroupSender group = (from, datagram) -> {
            sent.add(datagram);
            MslookupStation other = from == 0 ? answerer : asker;
            sim.after(30, () -> other.onDatagram(datagram));
        };
        asker = new MslookupStation(0, sim, new MslookupClientEngine(DomainSuffix.DEFAULT, 100),
                new MslookupResponder(DomainSuffix.DEFAULT, q -> Optional.empty()), group, DomainSuffix.DEFAULT,
                repeats, 200);
        answerer = new MslookupStation(1, sim, new MslookupClientEngine(DomainSuffix.DEFAULT, 200),
                new MslookupResponder(DomainSuffix.DEFAULT, q -> q.equals(query) ? Optional.of(result)
                        : Optional.empty()), group, DomainSuffix.DEFAULT, 0, 200);
    }

    @Test
    void holdsAnOlderAnswerUntilMinDelayAndTellsWhenItArrived() {
        wire(0, 5);
        List<LookupOutcome> outcomes = new ArrayList<>();
        asker.lookup(query, 1000, 1000, outcomes::add);
        sim.runUntil(sim.now() + 5000);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).best().ageSeconds()).isEqualTo(5);
        assertThat(outcomes.get(0).latencyMillis()).isEqualTo(1000);
        assertThat(outcomes.get(0).answerMillis()).isEqualTo(60);
        assertThat(sent).hasSize(2); // one query, one answer
    }

    @Test
    void anAgeZeroAnswerEndsTheLookupAtOnce() {
        wire(0, 0);
        List<LookupOutcome> outcomes = new ArrayList<>();
        asker.lookup(query, 1000, 1000, outcomes::add);
        sim.runUntil(sim.now() + 5000);

        assertThat(outcomes.get(0).latencyMillis()).isEqualTo(60);
    }

    @Test
    void concurrentLookupsOfTheSameQueryShareOneRequest() {
        wire(0, 5);
        List<LookupOutcome> outcomes = new ArrayList<>();
        asker.lookup(query, 1000, 1000, outcomes::add);
        sim.runUntil(sim.now() + 100);
        asker.lookup(query, 1000, 1000, outcomes::add);
        sim.runUntil(sim.now() + 5000);

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.best().ageSeconds()).isEqualTo(5));
        assertThat(outcomes.get(1).latencyMillis()).isEqualTo(900);
        assertThat(asker.lookupsStarted()).isEqualTo(1);
        assertThat(asker.lookupsJoined()).isEqualTo(1);
    }

    @Test
    void repeatsSendTheSameQueryBytesAgainWhileTheLookupIsOpen() {
        wire(3, 5);
        List<LookupOutcome> outcomes = new ArrayList<>();
        asker.lookup(query, 500, 500, outcomes::add);
        sim.runUntil(sim.now() + 5000);

        List<byte[]> queries = sent.stream().filter(d -> (d[2] & 0x80) == 0).toList();
        assertThat(queries).hasSize(3); // at 0, 200 and 400 ms; the lookup has ended before 600 ms
        assertThat(queries.get(1)).isEqualTo(queries.get(0));
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).answerMillis()).isEqualTo(60);
    }
}
