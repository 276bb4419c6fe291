package org.dgsm.mslookup.server;

import org.dgsm.mslookup.wire.DecodedQuery;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MdnsHeader;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupQueryDecoder;
import org.dgsm.mslookup.wire.MslookupResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * The mslookup server as a sans-I/O core: takes every datagram received on the group and returns the answer to
 * multicast, if any. It answers only valid queries for its domain suffix that the {@link MslookupAnswerSource} has a
 * result for, copying the query's packet id; everything else (answers, our own traffic, malformed packets, unknown
 * subscribers) gets silence. Counters are plain fields: drive it from one thread.
 */
public final class MslookupResponder {

    private static final Logger LOG = LoggerFactory.getLogger(MslookupResponder.class);

    private final String domainSuffix;
    private final MslookupQueryDecoder decoder;
    private final MslookupAnswerSource source;
    private long malformedPackets;
    private long queriesSeen;
    private long answered;
    private long failedAnswers;

    /** @throws IllegalArgumentException for an invalid suffix, see {@code DomainSuffix.requireValid} */
    public MslookupResponder(String domainSuffix, MslookupAnswerSource source) {
        this.decoder = new MslookupQueryDecoder(domainSuffix);
        this.domainSuffix = domainSuffix;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The answer bytes to multicast, or empty. Never throws for any datagram content or source failure. */
    public Optional<byte[]> onPacket(byte[] datagram) {
        if (MdnsHeader.isResponse(datagram)) {
            return Optional.empty(); // answers, including our own looped back
        }
        DecodedQuery query;
        try {
            query = decoder.decode(datagram);
        } catch (MalformedPacketException e) {
            malformedPackets++;
            LOG.debug("ignoring malformed mslookup query ({} bytes): {}", datagram.length, e.getMessage());
            return Optional.empty();
        }
        queriesSeen++;
        try {
            Optional<MslookupResult> result = Objects.requireNonNull(source.lookup(query.query()),
                    "answer source returned null instead of an Optional");
            if (result.isEmpty()) {
                return Optional.empty();
            }
            byte[] answer = MslookupAnswerEncoder.encode(
                    new MslookupAnswer(query.packetId(), query.query(), result.get()), domainSuffix);
            answered++;
            return Optional.of(answer);
        } catch (RuntimeException e) {
            failedAnswers++;
            LOG.warn("cannot answer mslookup query {}: {}", query.query(), e.toString());
            return Optional.empty();
        }
    }

    /** Datagrams without the QR bit that were not valid queries for this suffix. */
    public long malformedPackets() {
        return malformedPackets;
    }

    /** Answers produced. */
    public long answered() {
        return answered;
    }

    /** Valid queries for this suffix, answered or not. */
    public long queriesSeen() {
        return queriesSeen;
    }

    /** Valid queries that got no answer because the source threw or the answer could not be encoded. */
    public long failedAnswers() {
        return failedAnswers;
    }
}
