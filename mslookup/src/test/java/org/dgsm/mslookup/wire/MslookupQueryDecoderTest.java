package org.dgsm.mslookup.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dgsm.mslookup.wire.TestPacket.SIP_1001;

/** The server-side rows of spec §3.4. */
class MslookupQueryDecoderTest {

    private final MslookupQueryDecoder decoder = new MslookupQueryDecoder("mdns.osmocom.org");

    private static MslookupQuery sip1001() {
        return new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));
    }

    @Test
    void decodesCanonicalQuery() throws Exception {
        byte[] packet = TestPacket.header(0x1234, 0, 1, 0, 0, 0).question(SIP_1001, 255, 1).bytes();

        assertThat(decoder.decode(packet)).isEqualTo(new DecodedQuery(0x1234, sip1001()));
    }

    @Test
    void ignoresQueryTypeClassAndFlags() throws Exception {
        byte[] typeA = TestPacket.header(1, 0, 1, 0, 0, 0).question(SIP_1001, 1, 1).bytes();
        byte[] typeTxtUnicastResponse = TestPacket.header(2, 0, 1, 0, 0, 0).question(SIP_1001, 16, 0x8001).bytes();
        byte[] recursionDesired = TestPacket.header(3, 0x0100, 1, 0, 0, 0).question(SIP_1001, 255, 1).bytes();
        byte[] opcodeAndRcode = TestPacket.header(4, 0x7c0f, 1, 0, 0, 0).question(SIP_1001, 255, 1).bytes();

        assertThat(decoder.decode(typeA).query()).isEqualTo(sip1001());
        assertThat(decoder.decode(typeTxtUnicastResponse).query()).isEqualTo(sip1001());
        assertThat(decoder.decode(recursionDesired).query()).isEqualTo(sip1001());
        assertThat(decoder.decode(opcodeAndRcode).query()).isEqualTo(sip1001());
    }

    @Test
    void ignoresSectionCountsAsOsmoDoes() throws Exception {
        byte[] noQuestionCounted = TestPacket.header(1, 0, 0, 0, 0, 0).question(SIP_1001, 255, 1).bytes();
        byte[] oddCounts = TestPacket.header(1, 0, 2, 7, 1, 3).question(SIP_1001, 255, 1).bytes();

        assertThat(decoder.decode(noQuestionCounted).query()).isEqualTo(sip1001());
        assertThat(decoder.decode(oddCounts).query()).isEqualTo(sip1001());
    }

    @Test
    void acceptsBytesAfterTheQuestionLikeOsmo15() throws Exception {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 1).question(SIP_1001, 255, 1)
                .raw(new byte[] {0, 0, 0x29, 0x05, (byte) 0xa0, 0, 0, 0, 0, 0, 0}).bytes();

        assertThat(decoder.decode(packet).query()).isEqualTo(sip1001());
    }

    @Test
    void rejectsResponses() {
        byte[] packet = TestPacket.header(1, 0x8000, 1, 0, 0, 0).question(SIP_1001, 255, 1).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("QR bit set");
    }

    @Test
    void rejectsUpperCaseName() {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).question(SIP_1001.toUpperCase(), 255, 1).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void acceptsUpperCaseIdTypeAsOsmoParserDoes() throws Exception {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).question("sip.voice.1001.MSISDN.mdns.osmocom.org", 255, 1)
                .bytes();

        assertThat(decoder.decode(packet).query()).isEqualTo(sip1001());
    }

    @Test
    void rejectsNameWithoutOrWithOtherSuffix() {
        byte[] bare = TestPacket.header(1, 0, 1, 0, 0, 0).question("sip.voice.1001.msisdn", 255, 1).bytes();
        byte[] other = TestPacket.header(1, 0, 1, 0, 0, 0).question("sip.voice.1001.msisdn.example.org", 255, 1)
                .bytes();

        assertThatThrownBy(() -> decoder.decode(bare)).isInstanceOf(MalformedPacketException.class);
        assertThatThrownBy(() -> decoder.decode(other)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void honoursConfiguredSuffix() throws Exception {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).question("sip.voice.1001.msisdn.example.org", 255, 1)
                .bytes();

        assertThat(new MslookupQueryDecoder("example.org").decode(packet).query()).isEqualTo(sip1001());
    }

    @Test
    void rejectsUnparsableQueryNames() {
        byte[] shortImsi = TestPacket.header(1, 0, 1, 0, 0, 0).question("gsup.hlr.1.imsi.mdns.osmocom.org", 255, 1)
                .bytes();

        assertThatThrownBy(() -> decoder.decode(shortImsi)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("imsi must have 6 to 15 digits");
    }

    @Test
    void rejectsQuestionWithoutTypeAndClass() {
        byte[] noClass = TestPacket.header(1, 0, 1, 0, 0, 0).name(SIP_1001).u16(255).u8(0).bytes();

        assertThatThrownBy(() -> decoder.decode(noClass)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsCompressedName() {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).u8(0xc0).u8(0x0c).u16(255).u16(1).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("compressed");
    }

    @Test
    void rejectsEmptyLabelInsideName() {
        // a label ending in '.' followed by another label would read as an empty label, as osmo refuses it
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).u8(4).raw("sip.".getBytes())
                .name("voice.1001.msisdn.mdns.osmocom.org").u16(255).u16(1).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("empty label");
    }

    @Test
    void rejectsNulByteInLabel() {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).u8(3).raw((byte) 's', (byte) 0, (byte) 'p')
                .name("voice.1001.msisdn.mdns.osmocom.org").u16(255).u16(1).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("byte 0x00 in DNS label");
    }

    @Test
    void rejectsControlAndNonAsciiBytesInLabels() {
        for (byte bad : new byte[] {'\n', 0x7f, (byte) 0xe9}) {
            byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).u8(3).raw((byte) 's', bad, (byte) 'p')
                    .name("voice.1001.msisdn.mdns.osmocom.org").u16(255).u16(1).bytes();

            assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                    .hasMessageContaining("not printable ASCII");
        }
    }

    @Test
    void rejectsRootName() {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).u8(0).u16(255).u16(1).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("empty DNS name");
    }

    @Test
    void rejectsNameLongerThan255Characters() {
        TestPacket p = TestPacket.header(1, 0, 1, 0, 0, 0);
        for (int i = 0; i < 5; i++) {
            p.u8(60).raw("x".repeat(60).getBytes());
        }
        byte[] packet = p.name("1.msisdn.mdns.osmocom.org").u16(255).u16(1).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("longer than 255");
    }

    @Test
    void rejectsDatagramsOver1024Bytes() {
        byte[] packet = TestPacket.header(1, 0, 1, 0, 0, 0).question(SIP_1001, 255, 1).raw(new byte[1000]).bytes();

        assertThatThrownBy(() -> decoder.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("exceeds 1024");
    }

    @Test
    void rejectsShortDatagrams() {
        assertThatThrownBy(() -> decoder.decode(new byte[11])).isInstanceOf(MalformedPacketException.class);
        assertThatThrownBy(() -> decoder.decode(new byte[12])).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void rejectsInvalidSuffixAtConstruction() {
        assertThatThrownBy(() -> new MslookupQueryDecoder("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MslookupQueryDecoder("a..b")).isInstanceOf(IllegalArgumentException.class);
    }
}
