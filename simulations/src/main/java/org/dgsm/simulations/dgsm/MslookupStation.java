package org.dgsm.simulations.dgsm;

import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.client.StartedRequest;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MdnsHeader;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.network.MulticastFabric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A village's two mslookup sockets on the virtual multicast group, around the production sans-I/O cores: the
 * {@link MslookupResponder} (fed by the HLR's answer source) answers queries, the {@link MslookupClientEngine} runs
 * this village's lookups (dialplan, SMS handler, HLR proxy), with its timers driven by the simulator.
 *
 * <p>As the dialplan's {@code SubscriberLocator} does, concurrent lookups of the same query share one request: the
 * engine gives an answer only to the newest of several identical open requests.
 *
 * <p>Production sends a query once. The station can send the same query bytes again while the request is open
 * ({@code repeats}, for what-if runs); servers answer every copy and the engine keeps the youngest answer, so this
 * stays compatible with osmo peers. To report when the winning answer arrived (the engine holds it until
 * min-delay), the station also decodes each answer with the production decoder and applies the engine's rule:
 * strictly younger wins.
 */
final class MslookupStation implements MulticastFabric.Receiver {

    /** Sends a datagram from this village to the group. */
    @FunctionalInterface
    interface GroupSender {
        void send(int fromVillage, byte[] datagram);
    }

    private final int village;
    private final Simulator simulator;
    private final MslookupClientEngine client;
    private final MslookupResponder responder;
    private final GroupSender group;
    private final MslookupAnswerDecoder answerDecoder;
    private final int repeats;
    private final long repeatIntervalMillis;
    private final Map<MslookupQuery, Lookup> byQuery = new HashMap<>();
    private final Map<Long, Lookup> byRequest = new HashMap<>();
    private long wakeAt = Long.MAX_VALUE;
    private long wakeGeneration;
    private long lookupsStarted;
    private long lookupsJoined;

    /**
     * @param repeats              extra copies of every query (0: as production, one query per lookup)
     * @param repeatIntervalMillis time between copies
     */
    MslookupStation(int village, Simulator simulator, MslookupClientEngine client, MslookupResponder responder,
                    GroupSender group, String domainSuffix, int repeats, long repeatIntervalMillis) {
        this.village = village;
        this.simulator = simulator;
        this.client = Objects.requireNonNull(client, "client");
        this.responder = Objects.requireNonNull(responder, "responder");
        this.group = group;
        this.answerDecoder = new MslookupAnswerDecoder(domainSuffix);
        this.repeats = repeats;
        this.repeatIntervalMillis = repeatIntervalMillis;
    }

    /** Looks {@code query} up; {@code done} gets the youngest answer (or null) when the engine's request ends. */
    void lookup(MslookupQuery query, long minDelayMillis, long timeoutMillis, Consumer<LookupOutcome> done) {
        long now = simulator.now();
        Lookup running = byQuery.get(query);
        if (running != null) {
            lookupsJoined++;
            running.waiters.add(new Waiter(now, done));
            return;
        }
        lookupsStarted++;
        StartedRequest started = client.start(query, minDelayMillis, timeoutMillis, now);
        Lookup lookup = new Lookup(started.requestId(), query, now);
        lookup.waiters.add(new Waiter(now, done));
        byQuery.put(query, lookup);
        byRequest.put(started.requestId(), lookup);
        group.send(village, started.queryPacket());
        for (int i = 1; i <= repeats; i++) {
            simulator.after(i * repeatIntervalMillis, () -> {
                if (byRequest.get(started.requestId()) == lookup) {
                    group.send(village, started.queryPacket());
                }
            });
        }
        armTimer();
    }

    /** Whether the client has requests open (answers are only worth delivering then). */
    boolean wantsAnswers() {
        return client.hasPendingRequests();
    }

    @Override
    public void onDatagram(byte[] datagram) {
        if (datagram.length >= MdnsHeader.LENGTH && MdnsHeader.isResponse(datagram)) {
            noteArrival(datagram);
            handle(client.onPacket(datagram, simulator.now()));
            armTimer();
        } else {
            responder.onPacket(datagram).ifPresent(answer -> group.send(village, answer));
        }
    }

    private void noteArrival(byte[] datagram) {
        MslookupAnswer answer;
        try {
            answer = answerDecoder.decode(datagram);
        } catch (MalformedPacketException e) {
            return;
        }
        Lookup lookup = byQuery.get(answer.query());
        if (lookup != null && answer.result().ageSeconds() < lookup.youngestAge) {
            lookup.youngestAge = answer.result().ageSeconds();
            lookup.youngestArrival = simulator.now();
        }
    }

    private void armTimer() {
        OptionalLong deadline = client.nextDeadline();
        if (deadline.isEmpty() || deadline.getAsLong() >= wakeAt) {
            return;
        }
        long at = Math.max(deadline.getAsLong(), simulator.now());
        wakeAt = at;
        long generation = ++wakeGeneration;
        simulator.at(at, () -> {
            if (generation != wakeGeneration) {
                return;
            }
            wakeAt = Long.MAX_VALUE;
            handle(client.onTime(simulator.now()));
            armTimer();
        });
    }

    private void handle(List<MslookupReport> reports) {
        for (MslookupReport report : reports) {
            Lookup lookup = byRequest.get(report.requestId());
            if (lookup == null) {
                continue;
            }
            if (report.code() == ResultCode.RESULT) {
                lookup.best = new MslookupResult(report.ageSeconds(), report.v4(), report.v6());
            }
            if (report.last()) {
                byRequest.remove(report.requestId());
                byQuery.remove(lookup.query);
                long now = simulator.now();
                for (Waiter waiter : lookup.waiters) {
                    long answered = lookup.best == null ? -1 : Math.max(0, lookup.youngestArrival - waiter.since);
                    waiter.done.accept(new LookupOutcome(lookup.best, now - waiter.since, answered));
                }
            }
        }
    }

    long lookupsStarted() {
        return lookupsStarted;
    }

    long lookupsJoined() {
        return lookupsJoined;
    }

    MslookupClientEngine client() {
        return client;
    }

    MslookupResponder responder() {
        return responder;
    }

    private static final class Lookup {
        final long requestId;
        final MslookupQuery query;
        final List<Waiter> waiters = new ArrayList<>(1);
        MslookupResult best;
        long youngestAge = Long.MAX_VALUE;
        long youngestArrival;

        Lookup(long requestId, MslookupQuery query, long startedAt) {
            this.requestId = requestId;
            this.query = query;
            this.youngestArrival = startedAt;
        }
    }

    private record Waiter(long since, Consumer<LookupOutcome> done) {
    }
}
