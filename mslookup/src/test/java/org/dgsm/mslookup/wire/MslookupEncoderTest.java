package org.dgsm.mslookup.wire;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MslookupEncoderTest {

    private static final String SUFFIX = "mdns.osmocom.org";

    @Test
    void queryIsHeaderNameTypeAnyClassIn() {
        MslookupQuery q = new MslookupQuery("sip.voice", MslookupId.msisdn("2001"));

        byte[] packet = MslookupQueryEncoder.encode(0x1ead, q, SUFFIX);

        assertThat(MdnsVectors.hex(packet)).isEqualTo(
                TestPacketHex.of(TestPacket.header(0x1ead, 0, 1, 0, 0, 0)
                        .question("sip.voice.2001.msisdn.mdns.osmocom.org", 255, 1)));
        assertThat(packet).hasSize(56);
    }

    @Test
    void queryWritesIdTypeInLowerCase() throws Exception {
        byte[] packet = MslookupQueryEncoder.encode(0, MslookupQuery.parse("a.123456.IMSI"), SUFFIX);

        assertThat(new String(packet, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("imsi")
                .doesNotContain("IMSI");
    }

    @Test
    void queryRejectsPacketIdOutOfRange() {
        MslookupQuery q = new MslookupQuery("a", MslookupId.msisdn("1"));

        assertThatThrownBy(() -> MslookupQueryEncoder.encode(65536, q, SUFFIX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("packet id");
        assertThatThrownBy(() -> MslookupQueryEncoder.encode(-1, q, SUFFIX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queryRejectsServiceWithEmptyLabelAsOsmoCannotSendIt() {
        MslookupQuery dots = new MslookupQuery("....", MslookupId.msisdn("1"));
        MslookupQuery trailingDot = new MslookupQuery("sip.", MslookupId.msisdn("1"));

        assertThatThrownBy(() -> MslookupQueryEncoder.encode(1, dots, SUFFIX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty label");
        assertThatThrownBy(() -> MslookupQueryEncoder.encode(1, trailingDot, SUFFIX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queryWritesSixtyFourCharacterServiceAsOneLabel() throws Exception {
        MslookupQuery q = new MslookupQuery("s".repeat(64), MslookupId.msisdn("1"));

        byte[] packet = MslookupQueryEncoder.encode(7, q, SUFFIX);

        assertThat(packet[12]).isEqualTo((byte) 64);
        assertThat(new MslookupQueryDecoder(SUFFIX).decode(packet).query()).isEqualTo(q);
    }

    @Test
    void answerUsesOsmoRecordOrderClassInTtlZeroAndNoQuestion() throws Exception {
        MslookupQuery q = new MslookupQuery("foo", MslookupId.msisdn("123"));
        MslookupResult r = new MslookupResult(300,
                new ServiceAddress(InetAddress.getByName("23.42.17.11"), 1234),
                new ServiceAddress(InetAddress.getByName("2323:4242:1717:1111::42"), 4321));

        byte[] packet = MslookupAnswerEncoder.encode(new MslookupAnswer(0, q, r), SUFFIX);

        String name = "foo.123.msisdn.mdns.osmocom.org";
        TestPacket expected = TestPacket.header(0, 0x8000, 0, 5, 0, 0)
                .record(name, 16, 1, 0, TestPacket.txtRdata("age=300"))
                .record(name, 1, 1, 0, new byte[] {23, 42, 17, 11})
                .record(name, 16, 1, 0, TestPacket.txtRdata("port=1234"))
                .record(name, 28, 1, 0, InetAddress.getByName("2323:4242:1717:1111::42").getAddress())
                .record(name, 16, 1, 0, TestPacket.txtRdata("port=4321"));
        assertThat(MdnsVectors.hex(packet)).isEqualTo(TestPacketHex.of(expected));
    }

    @Test
    void answerOfLongestValidQueryFitsWithDefaultSuffix() throws Exception {
        MslookupQuery q = new MslookupQuery("s".repeat(64), MslookupId.msisdn("123456789012345"));
        MslookupResult r = new MslookupResult(MslookupResult.MAX_AGE_SECONDS,
                new ServiceAddress(InetAddress.getByName("255.255.255.255"), 65535),
                new ServiceAddress(InetAddress.getByName("ffff::ffff"), 65535));

        byte[] packet = MslookupAnswerEncoder.encode(new MslookupAnswer(0xffff, q, r), SUFFIX);

        assertThat(packet.length).isLessThanOrEqualTo(1024);
        assertThat(new MslookupAnswerDecoder(SUFFIX).decode(packet).result()).isEqualTo(r);
    }

    @Test
    void answerRefusesToExceed1024Bytes() throws Exception {
        String longSuffix = "x".repeat(63) + "." + "y".repeat(63) + "." + "z".repeat(39);
        MslookupQuery q = new MslookupQuery("s".repeat(64), MslookupId.msisdn("123456789012345"));
        MslookupResult r = new MslookupResult(1, new ServiceAddress(InetAddress.getByName("1.2.3.4"), 1),
                new ServiceAddress(InetAddress.getByName("::2"), 2));

        assertThatThrownBy(() -> MslookupAnswerEncoder.encode(new MslookupAnswer(1, q, r), longSuffix))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1024");
    }

    @Test
    void isResponseReadsOnlyTheQrBit() {
        assertThat(MdnsHeader.isResponse(new byte[] {0, 0, (byte) 0x80})).isTrue();
        assertThat(MdnsHeader.isResponse(new byte[] {0, 0, 0x7f, (byte) 0xff})).isFalse();
        assertThat(MdnsHeader.isResponse(new byte[] {0, 0})).isFalse();
        assertThat(MdnsHeader.isResponse(null)).isFalse();
    }

    /** Hex of a TestPacket, to compare packets as readable strings. */
    private static final class TestPacketHex {
        static String of(TestPacket p) {
            return MdnsVectors.hex(p.bytes());
        }
    }
}
