package org.dgsm.mslookup.server;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dgsm.mslookup.wire.DecodedQuery;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MdnsVectors;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.dgsm.mslookup.wire.MslookupQueryDecoder;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.PacketMutations;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MslookupResponderPropertiesTest {

    private static final String SUFFIX = MdnsVectors.SUFFIX;

    private final MslookupQueryDecoder queryDecoder = new MslookupQueryDecoder(SUFFIX);
    private final MslookupAnswerDecoder answerDecoder = new MslookupAnswerDecoder(SUFFIX);
    private final MslookupResponder responder = new MslookupResponder(SUFFIX, q -> Optional.of(result()));

    private static MslookupResult result() {
        try {
            return new MslookupResult(3, new ServiceAddress(InetAddress.getByName("10.0.0.1"), 5060), null);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 30_000)
    void answersOnlyPacketsThatDecodeAsValidQueries(@ForAll("datagrams") byte[] datagram)
            throws MalformedPacketException {
        DecodedQuery expected;
        try {
            expected = queryDecoder.decode(datagram);
        } catch (MalformedPacketException e) {
            expected = null;
        }

        Optional<byte[]> answer = responder.onPacket(datagram);

        if (expected == null) {
            assertThat(answer).isEmpty();
        } else {
            assertThat(answer).isPresent();
            MslookupAnswer decoded = answerDecoder.decode(answer.get());
            assertThat(decoded).isEqualTo(new MslookupAnswer(expected.packetId(), expected.query(), result()));
        }
    }

    @Provide
    Arbitrary<byte[]> datagrams() {
        return Arbitraries.oneOf(PacketMutations.mutatedPackets(), PacketMutations.mutatedPackets(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }
}
