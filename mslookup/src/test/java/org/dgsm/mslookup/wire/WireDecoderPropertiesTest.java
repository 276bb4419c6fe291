package org.dgsm.mslookup.wire;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both decoders against random and damaged input: the only exception that may leave them is
 * {@link MalformedPacketException} (anything else fails the property), and whatever they accept re-encodes cleanly.
 */
class WireDecoderPropertiesTest {

    private static final String SUFFIX = MdnsVectors.SUFFIX;
    private final MslookupQueryDecoder queryDecoder = new MslookupQueryDecoder(SUFFIX);
    private final MslookupAnswerDecoder answerDecoder = new MslookupAnswerDecoder(SUFFIX);

    @Property(tries = 100_000)
    void randomBytesOnlyEverRaiseMalformedPacket(@ForAll("randomDatagrams") byte[] datagram) {
        decodeBoth(datagram);
    }

    @Property(tries = 100_000)
    void mutatedPacketsOnlyEverRaiseMalformedPacket(@ForAll("mutatedPackets") byte[] datagram) {
        String verdict = decodeBoth(datagram);
        Statistics.label("verdict").collect(verdict);
        // the mutations must reach past the header often enough to be worth something
        Statistics.label("verdict").coverage(c -> c.check("accepted").percentage(p -> p > 1.0));
    }

    @Property(tries = 10_000)
    void queryRoundTrips(@ForAll("packetIds") int packetId, @ForAll("queries") MslookupQuery query)
            throws MalformedPacketException {
        byte[] packet = MslookupQueryEncoder.encode(packetId, query, SUFFIX);

        assertThat(queryDecoder.decode(packet)).isEqualTo(new DecodedQuery(packetId, query));
        assertThat(MdnsHeader.isResponse(packet)).isFalse();
    }

    @Property(tries = 10_000)
    void answerRoundTrips(@ForAll("packetIds") int packetId, @ForAll("queries") MslookupQuery query,
                          @ForAll("results") MslookupResult result) throws MalformedPacketException {
        MslookupAnswer answer = new MslookupAnswer(packetId, query, result);

        byte[] packet = MslookupAnswerEncoder.encode(answer, SUFFIX);

        assertThat(packet.length).isLessThanOrEqualTo(MdnsHeader.MAX_PACKET_LENGTH);
        assertThat(answerDecoder.decode(packet)).isEqualTo(answer);
        assertThat(MdnsHeader.isResponse(packet)).isTrue();
    }

    @Property(tries = 10_000)
    void queryTextRoundTrips(@ForAll("queries") MslookupQuery query) throws MalformedQueryException {
        assertThat(MslookupQuery.parse(query.toString())).isEqualTo(query);
        assertThat(MslookupQuery.fromDomainName(query.domainName(SUFFIX), SUFFIX)).isEqualTo(query);
    }

    /** Runs both decoders; returns "accepted" if either accepted the datagram, else "rejected". */
    private String decodeBoth(byte[] datagram) {
        boolean accepted = false;
        DecodedQuery query = null;
        try {
            query = queryDecoder.decode(datagram);
        } catch (MalformedPacketException expected) {
            assertThat(expected).hasMessageNotContaining("null");
        }
        if (query != null) {
            accepted = true;
            assertThat(MdnsHeader.isResponse(datagram)).isFalse();
            assertThat(query.query().toString().length()).isLessThanOrEqualTo(88);
        }
        MslookupAnswer answer = null;
        try {
            answer = answerDecoder.decode(datagram);
        } catch (MalformedPacketException expected) {
            assertThat(expected).hasMessageNotContaining("null");
        }
        if (answer != null) {
            accepted = true;
            assertThat(MdnsHeader.isResponse(datagram)).isTrue();
            reEncodeUnlessUnsendable(answer);
        }
        return accepted ? "accepted" : "rejected";
    }

    /** A decoded answer re-encodes to a packet that decodes to the same value. */
    private void reEncodeUnlessUnsendable(MslookupAnswer answer) {
        byte[] again;
        try {
            again = MslookupAnswerEncoder.encode(answer, SUFFIX);
        } catch (IllegalArgumentException unsendable) {
            // labels with dots inside can decode to a service like "x..a", which no encoder can send
            assertThat(answer.query().service()).contains("..");
            return;
        }
        try {
            assertThat(answerDecoder.decode(again)).isEqualTo(answer);
        } catch (MalformedPacketException e) {
            throw new AssertionError("re-encoded answer does not decode: " + e.getMessage(), e);
        }
    }

    /** Bytes filled from a seeded generator: far cheaper than element-wise generation at 100,000 tries. */
    @Provide
    Arbitrary<byte[]> randomDatagrams() {
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 300)),
                Tuple.of(1, Arbitraries.integers().between(1000, 1100)));
        Arbitrary<Boolean> plausibleHeader = Arbitraries.of(true, false);
        return Combinators.combine(Arbitraries.longs(), lengths, plausibleHeader).as((seed, length, plausible) -> {
            byte[] bytes = new byte[length];
            new Random(seed).nextBytes(bytes);
            if (plausible && length >= 12) {
                // small section counts, so that more than the header check is exercised
                bytes[4] = 0;
                bytes[6] = 0;
                bytes[7] &= 7;
            }
            return bytes;
        });
    }

    @Provide
    Arbitrary<byte[]> mutatedPackets() {
        return PacketMutations.mutatedPackets();
    }

    @Provide
    Arbitrary<Integer> packetIds() {
        return WireArbitraries.packetIds();
    }

    @Provide
    Arbitrary<MslookupQuery> queries() {
        return WireArbitraries.sendableQueries();
    }

    @Provide
    Arbitrary<MslookupResult> results() {
        return WireArbitraries.results();
    }
}
