package org.dgsm.mslookup.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dgsm.mslookup.wire.TestPacket.SIP_1001;
import static org.dgsm.mslookup.wire.TestPacket.answerHeader;

/** The client-side rows of spec §3.4 with hand-made answers for sip.voice.1001.msisdn. */
class MslookupAnswerDecoderTest {

    private static final byte[] FD00_2 = HexFormat.of().parseHex("fd000000000000000000000000000002");

    private final MslookupAnswerDecoder decoder = new MslookupAnswerDecoder("mdns.osmocom.org");

    private static TestPacket canonicalV4(int records) {
        return answerHeader(records).txt("age=7").a(10, 9, 8, 7).txt("port=5060");
    }

    private MslookupResult decode(byte[] packet) throws MalformedPacketException {
        MslookupAnswer answer = decoder.decode(packet);
        assertThat(answer.query().toString()).isEqualTo("sip.voice.1001.msisdn");
        return answer.result();
    }

    private void assertRejected(byte[] packet, String messagePart) {
        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void acceptsCanonicalAnswer() throws Exception {
        MslookupResult result = decode(canonicalV4(3).bytes());

        assertThat(result).isEqualTo(new MslookupResult(7, address("10.9.8.7", 5060), null));
    }

    @Test
    void ignoresAuthoritativeFlagTtlAndClass() throws Exception {
        byte[] packet = TestPacket.header(1, 0x8400 | 0x0100 | 0x0003, 0, 3, 0, 0)
                .record(SIP_1001, 16, 0x8001, 120, TestPacket.txtRdata("age=7"))
                .record(SIP_1001, 1, 3, 0xffffffffL, new byte[] {10, 9, 8, 7})
                .record(SIP_1001, 16, 1, 5, TestPacket.txtRdata("port=5060")).bytes();

        assertThat(decode(packet)).isEqualTo(new MslookupResult(7, address("10.9.8.7", 5060), null));
    }

    @Test
    void ignoresPacketId() throws Exception {
        byte[] packet = TestPacket.header(0xbeef, 0x8000, 0, 3, 0, 0).txt("age=7").a(10, 9, 8, 7).txt("port=5060")
                .bytes();

        assertThat(decoder.decode(packet).packetId()).isEqualTo(0xbeef);
    }

    @Test
    void acceptsAnyOrderWhereEachAddressIsFollowedByItsPort() throws Exception {
        byte[] packet = answerHeader(5).aaaa(FD00_2).txt("port=5062").a(10, 2, 2, 2).txt("port=5060")
                .txt("age=3").bytes();

        assertThat(decode(packet))
                .isEqualTo(new MslookupResult(3, address("10.2.2.2", 5060), address("fd00::2", 5062)));
    }

    @Test
    void acceptsIpv6Only() throws Exception {
        byte[] packet = answerHeader(3).txt("age=300").aaaa(FD00_2).txt("port=1234").bytes();

        assertThat(decode(packet)).isEqualTo(new MslookupResult(300, null, address("fd00::2", 1234)));
    }

    @Test
    void keepsIpv4MappedAaaaAsIpv6() throws Exception {
        byte[] mapped = HexFormat.of().parseHex("00000000000000000000ffff0a000001");
        byte[] packet = answerHeader(3).txt("age=1").aaaa(mapped).txt("port=1").bytes();

        MslookupResult result = decode(packet);

        assertThat(result.v4()).isNull();
        assertThat(result.v6().ip()).isInstanceOf(java.net.Inet6Address.class);
        assertThat(result.v6().ip().getAddress()).isEqualTo(mapped);
    }

    @Test
    void acceptsLargestAgeAndPort() throws Exception {
        byte[] packet = answerHeader(3).txt("age=4294967295").a(1, 2, 3, 4).txt("port=65535").bytes();

        assertThat(decode(packet)).isEqualTo(new MslookupResult(4294967295L, address("1.2.3.4", 65535), null));
    }

    @Test
    void acceptsLeadingZerosInNumbers() throws Exception {
        byte[] packet = answerHeader(3).txt("age=007").a(1, 2, 3, 4).txt("port=0080").bytes();

        assertThat(decode(packet)).isEqualTo(new MslookupResult(7, address("1.2.3.4", 80), null));
    }

    @Test
    void rejectsQuestionSection() {
        byte[] packet = TestPacket.header(0x4242, 0x8000, 1, 3, 0, 0).question(SIP_1001, 255, 1)
                .txt("age=7").a(10, 9, 8, 7).txt("port=5060").bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void rejectsCompressedNames() {
        byte[] packet = answerHeader(3).txt("age=7").name("sip.voice.1001.msisdn.mdns.osmocom.org")
                .u16(1).u16(1).u32(0).u16(4).raw(new byte[] {10, 9, 8, 7}).u8(0xc0).u8(0x0c)
                .u16(16).u16(1).u32(0).u16(10).raw(TestPacket.txtRdata("port=5060")).bytes();

        assertRejected(packet, "compressed DNS name");
    }

    @Test
    void rejectsExtraTxtKey() {
        assertRejected(canonicalV4(4).txt("sig=abc").bytes(), "unexpected TXT key 'sig'");
    }

    @Test
    void rejectsRecordCountDifferentFromAncount() {
        assertRejected(canonicalV4(2).bytes(), "ANCOUNT is 2 but the packet holds 3 records");
        assertRejected(canonicalV4(4).bytes(), "ANCOUNT is 4");
    }

    @Test
    void rejectsBytesAfterLastRecord() {
        assertThatThrownBy(() -> decoder.decode(canonicalV4(3).u8(0).bytes()))
                .isInstanceOf(MalformedPacketException.class);
        assertThatThrownBy(() -> decoder.decode(canonicalV4(3).raw(new byte[11]).bytes()))
                .isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void rejectsOtherRecordTypes() {
        byte[] packet = answerHeader(4).txt("age=7").a(10, 9, 8, 7).txt("port=5060")
                .record(5, new byte[] {0}).bytes();

        assertRejected(packet, "unexpected record type 5");
    }

    @Test
    void rejectsTwoARecords() {
        byte[] packet = canonicalV4(5).a(10, 9, 8, 8).txt("port=5061").bytes();

        assertRejected(packet, "second A record");
    }

    @Test
    void rejectsTwoAaaaRecords() {
        byte[] packet = answerHeader(5).txt("age=7").aaaa(FD00_2).txt("port=1").aaaa(FD00_2).txt("port=2").bytes();

        assertRejected(packet, "second AAAA record");
    }

    @Test
    void rejectsTwoAgeRecords() {
        assertRejected(canonicalV4(4).txt("age=3").bytes(), "second 'age'");
    }

    @Test
    void rejectsPortBeforeAnyAddress() {
        byte[] packet = answerHeader(3).txt("age=7").txt("port=5060").a(10, 9, 8, 7).bytes();

        assertRejected(packet, "without a preceding address");
    }

    @Test
    void rejectsSecondPortForOneAddress() {
        assertRejected(canonicalV4(4).txt("port=5061").bytes(), "without a preceding address");
    }

    @Test
    void rejectsMissingAge() {
        byte[] packet = answerHeader(2).a(10, 9, 8, 7).txt("port=5060").bytes();

        assertRejected(packet, "without 'age'");
    }

    @Test
    void rejectsAddressWithoutPort() {
        assertRejected(answerHeader(2).txt("age=7").a(10, 9, 8, 7).bytes(), "without 'port'");
    }

    @Test
    void rejectsAddressFollowedByAnotherAddressBeforeItsPort() {
        byte[] packet = answerHeader(5).txt("age=7").a(10, 9, 8, 7).aaaa(FD00_2).txt("port=1").txt("port=2")
                .bytes();

        assertRejected(packet, "still lacks its port");
    }

    @Test
    void rejectsAgeWithoutAddress() {
        assertRejected(answerHeader(1).txt("age=7").bytes(), "without address");
    }

    @Test
    void rejectsNamesDifferingBetweenRecords() {
        byte[] packet = answerHeader(3).txt("age=7").a(10, 9, 8, 7)
                .record("sip.voice.1002.msisdn.mdns.osmocom.org", 16, 1, 0, TestPacket.txtRdata("port=5060"))
                .bytes();

        assertRejected(packet, "is for 'sip.voice.1002.msisdn.mdns.osmocom.org'");
    }

    @Test
    void rejectsWrongAddressLengths() {
        assertRejected(answerHeader(3).txt("age=7").record(1, new byte[5]).txt("port=1").bytes(),
                "A record at offset");
        assertRejected(answerHeader(3).txt("age=7").record(28, new byte[4]).txt("port=1").bytes(),
                "AAAA record at offset");
    }

    @Test
    void rejectsRdlengthBeyondPacket() {
        byte[] packet = answerHeader(1).name(SIP_1001).u16(16).u16(1).u32(0).u16(200).raw(new byte[10]).bytes();

        assertRejected(packet, "packet truncated");
    }

    @Test
    void rejectsTxtLengthByteNotMatchingRdlength() {
        byte[] bad = TestPacket.txtRdata("age=7");
        bad[0] = 4;
        assertRejected(answerHeader(3).record(16, bad).a(1, 2, 3, 4).txt("port=1").bytes(), "does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"age=", "age=+5", "age= 5", "age=-1", "age=4294967296", "age=12345678901", "age=5=5",
            "age=0x10", "age", "AGE=5", "age =5", "=5"})
    void rejectsBadAgeText(String keyValue) {
        byte[] packet = answerHeader(3).txt(keyValue).a(1, 2, 3, 4).txt("port=1").bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"port=0", "port=65536", "port=", "port=80a"})
    void rejectsBadPortText(String keyValue) {
        byte[] packet = answerHeader(3).txt("age=1").a(1, 2, 3, 4).txt(keyValue).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void rejectsQueries() {
        byte[] query = TestPacket.header(1, 0, 1, 0, 0, 0).question(SIP_1001, 255, 1).bytes();

        assertRejected(query, "QR bit clear");
    }

    @Test
    void rejectsHeaderOnly() {
        assertRejected(answerHeader(0).bytes(), "without records");
    }

    @Test
    void rejectsShortPackets() {
        assertRejected(new byte[0], "shorter than a DNS header");
        assertRejected(new byte[] {0, 0, (byte) 0x80, 0, 0, 0, 0, 3, 0, 0, 0}, "shorter than a DNS header");
    }

    @Test
    void rejectsOtherSuffixAndUpperCaseSuffix() {
        byte[] other = TestPacket.answerHeader(3)
                .record("a.1.msisdn.example.org", 16, 1, 0, TestPacket.txtRdata("age=1"))
                .record("a.1.msisdn.example.org", 1, 1, 0, new byte[] {1, 2, 3, 4})
                .record("a.1.msisdn.example.org", 16, 1, 0, TestPacket.txtRdata("port=1")).bytes();
        assertRejected(other, "does not end with");

        MslookupAnswerDecoder exampleDecoder = new MslookupAnswerDecoder("example.org");
        assertThatThrownBy(() -> exampleDecoder.decode(canonicalV4(3).bytes()))
                .isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void rejectsDatagramsOverTheOsmoReadBuffer() {
        byte[] packet = new byte[1025];
        packet[2] = (byte) 0x80;

        assertRejected(packet, "exceeds 1024");
    }

    @Test
    void decodesLabelsContainingDotsAsOsmoJoinsThem() throws Exception {
        // osmo compares names as dotted text, so one label "sip.voice" equals the labels "sip" "voice".
        byte[] rdataA = {10, 9, 8, 7};
        TestPacket p = answerHeader(3).txt("age=7").u8(9).raw("sip.voice".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .name("1001.msisdn.mdns.osmocom.org").u16(1).u16(1).u32(0).u16(4).raw(rdataA).txt("port=5060");

        assertThat(decode(p.bytes())).isEqualTo(new MslookupResult(7, address("10.9.8.7", 5060), null));
    }

    private static ServiceAddress address(String ip, int port) throws Exception {
        InetAddress inet = InetAddress.getByName(ip);
        return new ServiceAddress(inet, port);
    }
}
