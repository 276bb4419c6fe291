package org.dgsm.mslookup.client;

import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MdnsHeader;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupQueryEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The mslookup client as a sans-I/O state machine (spec §4 and §5): it builds query packets, takes every datagram
 * received on the group and the current time, and returns reports. Not thread-safe; drive it from one thread.
 *
 * <p>Answers are matched to requests by name (service and id), never by DNS packet id; when several open requests ask
 * the same question, the most recently started one receives the answer, as in osmo.
 */
public final class MslookupClientEngine {

    private static final Logger LOG = LoggerFactory.getLogger(MslookupClientEngine.class);
    private static final long MAX_MILLIS = 0xFFFF_FFFFL;

    private final String domainSuffix;
    private final MslookupAnswerDecoder decoder;
    /** Open requests in start order. */
    private final List<PendingRequest> requests = new ArrayList<>();
    private int nextPacketId;
    private long lastRequestId;
    private long malformedPackets;
    private long ignoredQueries;
    private long unmatchedAnswers;

    /**
     * @param firstPacketId DNS packet id of the first query (0..65535); each further query uses the next id, wrapping
     *                      from 65535 to 0
     * @throws IllegalArgumentException for an invalid suffix or packet id
     */
    public MslookupClientEngine(String domainSuffix, int firstPacketId) {
        this.domainSuffix = DomainSuffix.requireValid(domainSuffix);
        this.decoder = new MslookupAnswerDecoder(domainSuffix);
        if (firstPacketId < 0 || firstPacketId > 0xffff) {
            throw new IllegalArgumentException("packet id must be 0..65535, got " + firstPacketId);
        }
        this.nextPacketId = firstPacketId;
    }

    /**
     * Opens a request; the caller multicasts the returned query packet.
     *
     * @param minDelayMs Tmin, 0..2<sup>32</sup>-1: answers older than 0 s are held back until then
     * @param timeoutMs  Tmax, 0..2<sup>32</sup>-1: 0 means Tmin, and 1000 if Tmin is 0 as well
     * @throws IllegalArgumentException for times out of range, or a query that cannot be a DNS name (an empty label,
     *                                  as in service {@code ....}; osmo would send nothing and report not-found)
     */
    public StartedRequest start(MslookupQuery query, long minDelayMs, long timeoutMs, long nowMs) {
        Objects.requireNonNull(query, "query");
        checkMillis(minDelayMs, "min-delay");
        checkMillis(timeoutMs, "timeout");
        byte[] packet = MslookupQueryEncoder.encode(nextPacketId, query, domainSuffix);
        nextPacketId = (nextPacketId + 1) & 0xffff;
        long requestId = ++lastRequestId;
        requests.add(new PendingRequest(requestId, query, minDelayMs, timeoutMs, nowMs));
        return new StartedRequest(requestId, packet);
    }

    /**
     * Handles one received datagram. Timers due at {@code nowMs} fire first (an event loop runs timers before
     * reading), so the returned list may also hold their reports. Queries (QR=0, including our own looped back),
     * malformed answers and answers nobody asked for are dropped and counted.
     */
    public List<MslookupReport> onPacket(byte[] datagram, long nowMs) {
        List<MslookupReport> reports = onTime(nowMs);
        if (datagram.length >= MdnsHeader.LENGTH && !MdnsHeader.isResponse(datagram)) {
            ignoredQueries++;
            return reports;
        }
        MslookupAnswer answer;
        try {
            answer = decoder.decode(datagram);
        } catch (MalformedPacketException e) {
            malformedPackets++;
            LOG.debug("dropping malformed mslookup answer ({} bytes): {}", datagram.length, e.getMessage());
            return reports;
        }
        PendingRequest request = newestRequestFor(answer.query());
        if (request == null) {
            unmatchedAnswers++;
            return reports;
        }
        MslookupReport report = request.onAnswer(answer.result());
        if (report != null) {
            reports.add(report);
        }
        if (request.finished()) {
            requests.remove(request);
        }
        return reports;
    }

    /** Fires every timer due at or before {@code nowMs}, earliest first (ties in start order). */
    public List<MslookupReport> onTime(long nowMs) {
        List<MslookupReport> reports = new ArrayList<>();
        PendingRequest due;
        while ((due = earliestDueAt(nowMs)) != null) {
            MslookupReport report = due.onTimer();
            if (report != null) {
                reports.add(report);
            }
            if (due.finished()) {
                requests.remove(due);
            }
        }
        return reports;
    }

    /** The earliest pending timer as an absolute time in ms, or empty when no request is open. */
    public OptionalLong nextDeadline() {
        return requests.stream().mapToLong(PendingRequest::deadlineMs).min();
    }

    public boolean hasPendingRequests() {
        return !requests.isEmpty();
    }

    /** Ends a request without a report; unknown or finished ids are ignored. */
    public void cancel(long requestId) {
        requests.removeIf(request -> request.requestId() == requestId);
    }

    /** Datagrams with the QR bit set (or too short for a header) that were not valid answers. */
    public long malformedPackets() {
        return malformedPackets;
    }

    /** Queries seen on the group (ours looped back, or other clients'), which a client ignores. */
    public long ignoredQueries() {
        return ignoredQueries;
    }

    /** Valid answers that matched no open request (late, for another client, or already ended). */
    public long unmatchedAnswers() {
        return unmatchedAnswers;
    }

    private PendingRequest newestRequestFor(MslookupQuery query) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).query().equals(query)) {
                return requests.get(i);
            }
        }
        return null;
    }

    private PendingRequest earliestDueAt(long nowMs) {
        PendingRequest earliest = null;
        for (PendingRequest request : requests) {
            if (request.deadlineMs() <= nowMs && (earliest == null || request.deadlineMs() < earliest.deadlineMs())) {
                earliest = request;
            }
        }
        return earliest;
    }

    private static void checkMillis(long value, String what) {
        if (value < 0 || value > MAX_MILLIS) {
            throw new IllegalArgumentException(what + " must be 0.." + MAX_MILLIS + " ms, got " + value);
        }
    }
}
