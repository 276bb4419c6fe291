package org.dgsm.mslookup.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dgsm.mslookup.signing.SigningFixtures.GSUP_HLR;
import static org.dgsm.mslookup.signing.SigningFixtures.NOW;
import static org.dgsm.mslookup.signing.SigningFixtures.SUFFIX;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.junit.jupiter.api.Test;

class SignatureCompanionCodecTest {

    private static final byte[] MAC = HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final SignatureCompanion COMPANION =
            new SignatureCompanion(0x1234, GSUP_HLR, "k1", NOW, 0x8000_0000_0000_00ffL, MAC);

    @Test
    void encodesOneTxtRecordUnderTheDerivedName() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        String text = "v=1 kid=k1 ts=1764124800000 nonce=80000000000000ff mac="
                + "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
        String expected = "1234 8000 0000 0001 0000 0000"
                + labels("gsup", "hlr", "901700000014701", "imsi", "sig", "mdns", "osmocom", "org") + " 00"
                + " 0010 0001 00000000" + String.format(" %04x %02x", text.length() + 1, text.length())
                + " " + HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(packet)).isEqualTo(expected.replace(" ", ""));
        assertThat(SignatureCompanionCodec.derivedName(GSUP_HLR, SUFFIX))
                .isEqualTo("gsup.hlr.901700000014701.imsi.sig.mdns.osmocom.org");
    }

    private static String labels(String... labels) {
        StringBuilder hex = new StringBuilder();
        for (String label : labels) {
            hex.append(String.format(" %02x", label.length()))
                    .append(HexFormat.of().formatHex(label.getBytes(StandardCharsets.US_ASCII)));
        }
        return hex.toString();
    }

    @Test
    void decodesWhatItEncodes() throws Exception {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        assertThat(SignatureCompanionCodec.decode(packet, SUFFIX)).isEqualTo(COMPANION);
        assertThat(SignatureCompanionCodec.looksLikeCompanion(packet, SUFFIX)).isTrue();
    }

    @Test
    void isNoMslookupAnswerForAnAnswerDecoder() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        assertThatThrownBy(() -> new MslookupAnswerDecoder(SUFFIX).decode(packet))
                .isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void isNotACompanionUnderAnotherSuffix() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        assertThat(SignatureCompanionCodec.looksLikeCompanion(packet, "example.org")).isFalse();
        assertThatThrownBy(() -> SignatureCompanionCodec.decode(packet, "example.org"))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining(".sig.example.org");
    }

    @Test
    void rejectsAnExtraRecordCount() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        packet[7] = 2;
        assertThatThrownBy(() -> SignatureCompanionCodec.decode(packet, SUFFIX))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("exactly one answer record");
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        byte[] longer = Arrays.copyOf(packet, packet.length + 1);
        assertThatThrownBy(() -> SignatureCompanionCodec.decode(longer, SUFFIX))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("RDLENGTH");
    }

    @Test
    void rejectsUpperCaseHexInTheText() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        byte[] altered = packet.clone();
        altered[altered.length - 1] = 'F';
        assertThatThrownBy(() -> SignatureCompanionCodec.decode(altered, SUFFIX))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("companion text");
    }

    @Test
    void rejectsADotInsideALabel() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        packet[12 + 1 + 4 + 1 + 2] = '.'; // "gsup" "hl.": osmo would read the same text, we refuse it
        assertThatThrownBy(() -> SignatureCompanionCodec.decode(packet, SUFFIX))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("dot inside a label");
    }

    @Test
    void rejectsAQuery() {
        byte[] packet = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        packet[2] = 0;
        assertThat(SignatureCompanionCodec.looksLikeCompanion(packet, SUFFIX)).isFalse();
    }

    @Test
    void rejectsATimestampBeyondLongRange() {
        byte[] packet = withText("v=1 kid=k1 ts=9999999999999999999 nonce=0000000000000000 mac=" + "00".repeat(32));
        assertThatThrownBy(() -> SignatureCompanionCodec.decode(packet, SUFFIX))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("timestamp out of range");
    }

    @Test
    void rejectsTwoCharacterStrings() {
        String text = "v=1 kid=k1 ts=1 nonce=0000000000000000 mac=" + "00".repeat(32);
        byte[] packet = withText(text);
        packet[packet.length - text.length() - 1] = 4; // a 4-byte string, then more strings: RDATA is not one string
        assertThatThrownBy(() -> SignatureCompanionCodec.decode(packet, SUFFIX))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("exactly one character-string");
    }

    /** COMPANION's packet with its TXT text replaced. */
    static byte[] withText(String text) {
        byte[] good = SignatureCompanionCodec.encode(COMPANION, SUFFIX);
        int oldText = "v=1 kid=k1 ts=1764124800000 nonce=80000000000000ff mac=".length() + 64;
        int rdlengthAt = good.length - oldText - 1 - 2;
        byte[] packet = Arrays.copyOf(good, rdlengthAt + 2 + 1 + text.length());
        packet[rdlengthAt] = (byte) ((text.length() + 1) >> 8);
        packet[rdlengthAt + 1] = (byte) (text.length() + 1);
        packet[rdlengthAt + 2] = (byte) text.length();
        System.arraycopy(text.getBytes(StandardCharsets.US_ASCII), 0, packet, rdlengthAt + 3, text.length());
        return packet;
    }
}
