package org.dgsm.mslookup.wire;

import org.dgsm.mslookup.wire.MdnsVectors.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dgsm.mslookup.wire.MdnsVectors.SUFFIX;

/** Every packet of mdns_vectors.txt against our codec. Responder verdicts are in MslookupResponderVectorsTest. */
class MdnsVectorsTest {

    private final MslookupQueryDecoder queryDecoder = new MslookupQueryDecoder(SUFFIX);
    private final MslookupAnswerDecoder answerDecoder = new MslookupAnswerDecoder(SUFFIX);

    static List<Vector> sectionAQueries() {
        return MdnsVectors.sectionAQueries();
    }

    static List<Vector> sectionAAnswers() {
        return MdnsVectors.sectionAAnswers();
    }

    @Test
    void vectorFileHoldsEveryLineOfTheSpec() {
        assertThat(MdnsVectors.all()).hasSize(31);
        assertThat(sectionAQueries()).hasSize(8);
        assertThat(sectionAAnswers()).hasSize(11);
        assertThat(MdnsVectors.all().stream().filter(v -> v.section() == 'B')).hasSize(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionAQueries")
    void capturedQueryDecodesToItsName(Vector v) throws Exception {
        DecodedQuery decoded = queryDecoder.decode(v.packet());

        assertThat(decoded.packetId()).isEqualTo(MdnsVectors.expectedPacketId(v));
        assertThat(decoded.query().domainName(SUFFIX)).isEqualTo(MdnsVectors.expectedName(v));
        assertThat(v.packet()).hasSize(MdnsVectors.expectedLength(v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionAQueries")
    void capturedQueryReEncodesByteForByte(Vector v) throws Exception {
        DecodedQuery decoded = queryDecoder.decode(v.packet());

        byte[] encoded = MslookupQueryEncoder.encode(decoded.packetId(), decoded.query(), SUFFIX);

        assertThat(MdnsVectors.hex(encoded)).isEqualTo(MdnsVectors.hex(v.packet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionAQueries")
    void capturedQueryIsNotAnAnswer(Vector v) {
        assertThat(MdnsHeader.isResponse(v.packet())).isFalse();
        assertThatThrownBy(() -> answerDecoder.decode(v.packet())).isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionAAnswers")
    void capturedAnswerDecodesToItsRecords(Vector v) throws Exception {
        MslookupAnswer answer = answerDecoder.decode(v.packet());

        assertThat(answer.packetId()).isEqualTo(MdnsVectors.expectedPacketId(v));
        assertThat(answer.query().domainName(SUFFIX)).isEqualTo(MdnsVectors.expectedName(v));
        assertThat(answer.result()).isEqualTo(MdnsVectors.expectedResult(v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionAAnswers")
    void capturedAnswerReEncodesByteForByte(Vector v) throws Exception {
        MslookupAnswer answer = answerDecoder.decode(v.packet());

        byte[] encoded = MslookupAnswerEncoder.encode(answer, SUFFIX);

        assertThat(MdnsVectors.hex(encoded)).isEqualTo(MdnsVectors.hex(v.packet()));
        assertThat(encoded).hasSize(MdnsVectors.expectedLength(v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionAAnswers")
    void capturedAnswerIsNotAQuery(Vector v) {
        assertThat(MdnsHeader.isResponse(v.packet())).isTrue();
        assertThatThrownBy(() -> queryDecoder.decode(v.packet())).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void capturedAnswerA03HasTheAnnotatedAddresses() throws Exception {
        MslookupResult result = answerDecoder.decode(MdnsVectors.named("a03").packet()).result();

        assertThat(result.ageSeconds()).isZero();
        assertThat(result.v4()).isEqualTo(new ServiceAddress(InetAddress.getByName("10.2.2.2"), 5060));
        assertThat(result.v6()).isEqualTo(new ServiceAddress(InetAddress.getByName("fd00::2"), 5062));
    }

    @Test
    void serverVectorN01UpperCaseNameIsRejected() {
        assertThatThrownBy(() -> queryDecoder.decode(MdnsVectors.named("n01").packet()))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("does not end with .mdns.osmocom.org");
    }

    @Test
    void serverVectorN02QueryTypeAIsAcceptedLikeAny() throws Exception {
        DecodedQuery decoded = queryDecoder.decode(MdnsVectors.named("n02").packet());

        assertThat(decoded.packetId()).isEqualTo(0x1112);
        assertThat(decoded.query()).isEqualTo(MslookupQuery.parse("gsup.hlr.901700000014701.imsi"));
    }

    /** osmo-hlr 1.5.0 answers this, 1.6 and later do not; we behave like 1.5.0, the version we target. */
    @Test
    void serverVectorN03TrailingEdnsRecordIsAcceptedLikeOsmo15() throws Exception {
        DecodedQuery decoded = queryDecoder.decode(MdnsVectors.named("n03").packet());

        assertThat(decoded.packetId()).isEqualTo(0x1116);
        assertThat(decoded.query()).isEqualTo(MslookupQuery.parse("gsup.hlr.901700000014701.imsi"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"n04", "n05", "n06"})
    void clientAcceptsVectorsOsmoAccepts(String name) throws Exception {
        Vector v = MdnsVectors.named(name);
        assertThat(v.expected()).isEqualTo("result age=7 v4=10.9.8.7:5060");

        MslookupAnswer answer = answerDecoder.decode(v.packet());

        assertThat(answer.query()).isEqualTo(MslookupQuery.parse("sip.voice.1001.msisdn"));
        assertThat(answer.result()).isEqualTo(
                new MslookupResult(7, new ServiceAddress(InetAddress.getByName("10.9.8.7"), 5060), null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"n07", "n08", "n09", "n10", "n11", "n12"})
    void clientRejectsVectorsOsmoRejects(String name) {
        Vector v = MdnsVectors.named(name);
        assertThat(v.expected()).isEqualTo("invalid");

        assertThatThrownBy(() -> answerDecoder.decode(v.packet())).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void everySectionBClientVectorHasAVerdictHere() {
        List<String> clientVectors = MdnsVectors.all().stream()
                .filter(v -> v.section() == 'B' && v.description().startsWith("client:"))
                .map(Vector::name).toList();
        assertThat(clientVectors).containsExactly("n04", "n05", "n06", "n07", "n08", "n09", "n10", "n11", "n12");
    }
}
