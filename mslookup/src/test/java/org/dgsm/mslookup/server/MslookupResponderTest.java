package org.dgsm.mslookup.server;

import org.dgsm.mslookup.wire.MdnsVectors;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupQueryEncoder;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MslookupResponderTest {

    private static final String SUFFIX = MdnsVectors.SUFFIX;
    private static final MslookupQuery SIP_1001 = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));

    private static MslookupResult resultOf(String answerVector) throws Exception {
        return new MslookupAnswerDecoder(SUFFIX).decode(MdnsVectors.named(answerVector).packet()).result();
    }

    private static MslookupResult v4Result(long age) {
        try {
            return new MslookupResult(age, new ServiceAddress(InetAddress.getByName("10.9.8.7"), 5060), null);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A captured query, answered with the captured answer's result, gives the captured answer byte for byte. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"q01, a01", "q03, a03", "q04, a04", "q06, a06", "q07, a07", "q08, a08a", "q08, a08b"})
    void answersCapturedQueryWithCapturedBytes(String queryVector, String answerVector) throws Exception {
        MslookupResult result = resultOf(answerVector);
        List<MslookupQuery> asked = new ArrayList<>();
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> {
            asked.add(q);
            return Optional.of(result);
        });

        Optional<byte[]> answer = responder.onPacket(MdnsVectors.named(queryVector).packet());

        assertThat(answer).isPresent();
        assertThat(MdnsVectors.hex(answer.get())).isEqualTo(MdnsVectors.hex(MdnsVectors.named(answerVector).packet()));
        assertThat(asked).hasSize(1);
        assertThat(responder.answered()).isEqualTo(1);
        assertThat(responder.queriesSeen()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"q02", "q05"})
    void staysSilentWhenSourceHasNothing(String queryVector) {
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> Optional.empty());

        assertThat(responder.onPacket(MdnsVectors.named(queryVector).packet())).isEmpty();
        assertThat(responder.queriesSeen()).isEqualTo(1);
        assertThat(responder.answered()).isZero();
        assertThat(responder.malformedPackets()).isZero();
    }

    @Test
    void sectionBVerdictsHold() throws Exception {
        MslookupResult result = v4Result(0);
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> Optional.of(result));
        Map<String, Boolean> answeredByOsmo15 = Map.of("n01", false, "n02", true, "n03", true);

        for (Map.Entry<String, Boolean> verdict : answeredByOsmo15.entrySet()) {
            assertThat(responder.onPacket(MdnsVectors.named(verdict.getKey()).packet()).isPresent())
                    .as(verdict.getKey()).isEqualTo(verdict.getValue());
        }
        assertThat(responder.malformedPackets()).isEqualTo(1);
        assertThat(responder.answered()).isEqualTo(2);
    }

    @Test
    void answerToQueryTypeACopiesPacketIdAndCarriesFullRecordSet() throws Exception {
        MslookupResult both = new MslookupResult(0, new ServiceAddress(InetAddress.getByName("127.0.0.1"), 4222),
                new ServiceAddress(InetAddress.getByName("::1"), 4222));
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> Optional.of(both));

        byte[] answer = responder.onPacket(MdnsVectors.named("n02").packet()).orElseThrow();

        var decoded = new MslookupAnswerDecoder(SUFFIX).decode(answer);
        assertThat(decoded.packetId()).isEqualTo(0x1112);
        assertThat(decoded.result()).isEqualTo(both);
        assertThat(answer[7]).isEqualTo((byte) 5);
    }

    @Test
    void ignoresAnswersIncludingItsOwn() throws Exception {
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> Optional.of(v4Result(0)));

        byte[] ownAnswer = responder.onPacket(MslookupQueryEncoder.encode(9, SIP_1001, SUFFIX)).orElseThrow();

        assertThat(responder.onPacket(ownAnswer)).isEmpty();
        assertThat(responder.onPacket(MdnsVectors.named("a01").packet())).isEmpty();
        assertThat(responder.malformedPackets()).isZero();
        assertThat(responder.queriesSeen()).isEqualTo(1);
    }

    @Test
    void ignoresQueriesForOtherSuffixes() {
        MslookupResponder responder = new MslookupResponder("example.org", q -> Optional.of(v4Result(0)));

        assertThat(responder.onPacket(MdnsVectors.named("q03").packet())).isEmpty();
        assertThat(responder.malformedPackets()).isEqualTo(1);
        assertThat(responder.queriesSeen()).isZero();
    }

    @Test
    void ignoresGarbage() {
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> Optional.of(v4Result(0)));

        assertThat(responder.onPacket(new byte[0])).isEmpty();
        assertThat(responder.onPacket(new byte[] {1, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'a', 'b'})).isEmpty();
        assertThat(responder.malformedPackets()).isEqualTo(2);
        assertThat(responder.answered()).isZero();
    }

    @Test
    void sourceThatThrowsIsCountedAndGetsNoAnswer() {
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> {
            throw new IllegalStateException("database gone");
        });

        assertThat(responder.onPacket(MdnsVectors.named("q03").packet())).isEmpty();
        assertThat(responder.failedAnswers()).isEqualTo(1);
        assertThat(responder.queriesSeen()).isEqualTo(1);
        assertThat(responder.answered()).isZero();
    }

    @Test
    void sourceReturningNullIsCountedAsFailure() {
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> null);

        assertThat(responder.onPacket(MdnsVectors.named("q03").packet())).isEmpty();
        assertThat(responder.failedAnswers()).isEqualTo(1);
    }

    @Test
    void answerThatWouldExceed1024BytesIsCountedAndNotSent() throws Exception {
        String longSuffix = "x".repeat(63) + "." + "y".repeat(63) + "." + "z".repeat(39);
        MslookupResult both = new MslookupResult(1, new ServiceAddress(InetAddress.getByName("1.2.3.4"), 1),
                new ServiceAddress(InetAddress.getByName("::2"), 2));
        MslookupResponder responder = new MslookupResponder(longSuffix, q -> Optional.of(both));
        MslookupQuery longest = new MslookupQuery("s".repeat(64), MslookupId.msisdn("123456789012345"));

        assertThat(responder.onPacket(MslookupQueryEncoder.encode(1, longest, longSuffix))).isEmpty();
        assertThat(responder.failedAnswers()).isEqualTo(1);
        MslookupQuery shortQuery = new MslookupQuery("a", MslookupId.msisdn("1"));
        assertThat(responder.onPacket(MslookupQueryEncoder.encode(2, shortQuery, longSuffix))).isPresent();
    }

    @Test
    void asksSourceWithTheDecodedQuery() {
        List<MslookupQuery> asked = new ArrayList<>();
        MslookupResponder responder = new MslookupResponder(SUFFIX, q -> {
            asked.add(q);
            return Optional.empty();
        });

        responder.onPacket(MdnsVectors.named("q01").packet());

        assertThat(asked).containsExactly(new MslookupQuery("gsup.hlr", MslookupId.imsi("901700000014701")));
    }
}
