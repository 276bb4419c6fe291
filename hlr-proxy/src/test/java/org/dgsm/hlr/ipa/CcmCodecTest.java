package org.dgsm.hlr.ipa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.GsupVectors.Vector;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** CCM vectors of section C and the parsing rules around them. */
class CcmCodecTest {

    private static final Pattern CCM_TYPE = Pattern.compile("type=0x([0-9a-f]{2}) (ID_GET|ID_RESP|ID_ACK|PING|PONG)");
    /** {@code 08='0/0/0\x00'}: a tag with its value as a Python-style string. */
    private static final Pattern TAG_VALUE = Pattern.compile("\\b([0-9a-f]{2})='([^']*)'");

    private static CcmMessage decodeFrame(String vectorId) throws MalformedIpaException {
        IpaFrame frame = new IpaFrameDecoder().feed(GsupVectors.byId(vectorId).bytes()).get(0);
        assertThat(frame.isCcm()).isTrue();
        return CcmDecoder.decode(frame.payload());
    }

    @TestFactory
    Stream<DynamicTest> everyCcmVectorDecodesToItsTypeAndReEncodesIdentically() {
        return GsupVectors.withPrefix("ipa").stream().filter(v -> CCM_TYPE.matcher(v.fields()).find())
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> {
                    Matcher type = CCM_TYPE.matcher(v.fields());
                    assertThat(type.find()).isTrue();
                    CcmMessage message = decodeFrame(v.id());
                    assertThat(message.type()).isEqualTo(Integer.parseInt(type.group(1), 16));
                    assertThat(Hex.format(CcmEncoder.frame(message))).isEqualTo(v.hex());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyListedIdentityValueIsDecoded() {
        return GsupVectors.withPrefix("ipa").stream().filter(v -> TAG_VALUE.matcher(v.fields()).find())
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> {
                    CcmMessage.IdResp response = (CcmMessage.IdResp) decodeFrame(v.id());
                    Matcher m = TAG_VALUE.matcher(v.fields());
                    while (m.find()) {
                        // the vectors write an empty string for a value that is just its NUL terminator
                        String text = m.group(2).isEmpty() ? "\0" : m.group(2).replace("\\x00", "\0");
                        assertThat(response.value(Integer.parseInt(m.group(1), 16)))
                                .as("tag %s", m.group(1)).hasValue(Octets.ascii(text));
                    }
                }));
    }

    @Test
    void osmoHlrAsksForEightTagsInItsOrder() throws MalformedIpaException {
        CcmMessage message = decodeFrame("ipa01");
        assertThat(message).isEqualTo(new CcmMessage.IdGet(List.of(8, 7, 2, 3, 4, 5, 1, 0)));
        assertThat(((CcmMessage.IdGet) message).tags()).isEqualTo(CcmIdTag.OSMO_HLR_REQUEST);
    }

    @Test
    void osmoProxyIdentityRepeatsTheMacStringInLocationAndVersionTags() throws MalformedIpaException {
        CcmMessage.IdResp response = (CcmMessage.IdResp) decodeFrame("ipa02");
        assertThat(response.entries()).extracting(CcmIdEntry::tag).containsExactly(8, 7, 2, 3, 4, 5, 1, 0);
        Octets mac = Octets.ascii("00:00:00:00:00:00\0");
        for (int tag : new int[] {CcmIdTag.MAC_ADDRESS, CcmIdTag.LOCATION_1, CcmIdTag.LOCATION_2,
                                  CcmIdTag.EQUIPMENT_VERSION}) {
            assertThat(response.value(tag)).hasValue(mac);
        }
        assertThat(response.value(CcmIdTag.SERIAL_NUMBER)).hasValue(Octets.ascii("hlr-B\0"));
    }

    @Test
    void identityWithoutUnitIdStillParses() throws MalformedIpaException {
        CcmMessage.IdResp response = (CcmMessage.IdResp) decodeFrame("ipa10");
        assertThat(response.value(CcmIdTag.UNIT_ID)).isEmpty();
        assertThat(response.value(CcmIdTag.SERIAL_NUMBER)).hasValue(Octets.ascii("msc-Y\0"));
    }

    @Test
    void keepaliveAndAckFramesAreTheirTypes() throws MalformedIpaException {
        assertThat(decodeFrame("ipa04")).isEqualTo(new CcmMessage.IdAck());
        assertThat(decodeFrame("ipa05")).isEqualTo(new CcmMessage.Ping());
        assertThat(decodeFrame("ipa06")).isEqualTo(new CcmMessage.Pong());
        assertThat(CcmDecoder.decode(Hex.parse("07"))).isEqualTo(new CcmMessage.IdNack());
    }

    @Test
    void bodiesOfBodilessMessagesAreIgnoredLikeOsmo() throws MalformedIpaException {
        assertThat(CcmDecoder.decode(Hex.parse("00abcd"))).isEqualTo(new CcmMessage.Ping());
    }

    @Test
    void repeatedIdentityTagsKeepTheLastValue() throws MalformedIpaException {
        CcmMessage.IdResp response = (CcmMessage.IdResp) CcmDecoder.decode(Hex.parse("05" + "000300" + "6100"
                + "000300" + "6200"));
        assertThat(response.value(CcmIdTag.SERIAL_NUMBER)).hasValue(Octets.ascii("b\0"));
    }

    @Test
    void acceptsIdentityEntriesInAnyOrderAndIgnoresAShortRemainder() throws MalformedIpaException {
        CcmMessage.IdResp response = (CcmMessage.IdResp) CcmDecoder.decode(Hex.parse("05" + "00020100" + "000100"
                + "0003"));
        assertThat(response.entries()).containsExactly(new CcmIdEntry(1, Octets.fromHex("00")),
                new CcmIdEntry(0, Octets.EMPTY));
    }

    @Test
    void idGetEntriesMayCarryBytesAfterTheTag() throws MalformedIpaException {
        assertThat(CcmDecoder.decode(Hex.parse("04" + "0208ff" + "0100" + "01")))
                .isEqualTo(new CcmMessage.IdGet(List.of(8, 0)));
    }

    @Test
    void refusesEntriesWithLengthZeroOrRunningPastTheEnd() {
        assertThatThrownBy(() -> CcmDecoder.decode(Hex.parse("05000000"))).isInstanceOf(MalformedIpaException.class)
                .hasMessageContaining("length 0");
        assertThatThrownBy(() -> CcmDecoder.decode(Hex.parse("0500080061"))).isInstanceOf(MalformedIpaException.class)
                .hasMessageContaining("announces 8");
        assertThatThrownBy(() -> CcmDecoder.decode(Hex.parse("040008"))).isInstanceOf(MalformedIpaException.class);
        assertThatThrownBy(() -> CcmDecoder.decode(Hex.parse("040308"))).isInstanceOf(MalformedIpaException.class)
                .hasMessageContaining("ID_GET");
        assertThatThrownBy(() -> CcmDecoder.decode(new byte[0])).isInstanceOf(MalformedIpaException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void unusedTypesAreCarriedRaw() throws MalformedIpaException {
        CcmMessage proxy = CcmDecoder.decode(Hex.parse("08aabb"));
        assertThat(proxy).isEqualTo(new CcmMessage.Other(0x08, Octets.fromHex("aabb")));
        assertThat(Hex.format(CcmEncoder.encode(proxy))).isEqualTo("08aabb");
        assertThatThrownBy(() -> new CcmMessage.Other(CcmMessage.TYPE_PING, Octets.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodesIdentityValuesWithTwoByteLengths() {
        byte[] payload = CcmEncoder.encode(new CcmMessage.IdResp(List.of(CcmIdEntry.ofText(0, "msc-B1"))));
        assertThat(Hex.format(payload)).isEqualTo("05" + "0008" + "00" + "6d73632d423100");
    }

    @Test
    void minimalIdentityOfTheFakeMscIsReproducedFromItsValues() {
        Vector ipa03 = GsupVectors.byId("ipa03");
        CcmMessage.IdResp response = new CcmMessage.IdResp(List.of(CcmIdEntry.ofText(8, "0/0/0"),
                CcmIdEntry.ofText(7, "00:00:00:00:00:00"), CcmIdEntry.ofText(2, ""), CcmIdEntry.ofText(3, ""),
                CcmIdEntry.ofText(4, ""), CcmIdEntry.ofText(5, "fake-msc-0.1"), CcmIdEntry.ofText(1, "MSC"),
                CcmIdEntry.ofText(0, "msc-B1")));
        assertThat(Hex.format(CcmEncoder.frame(response))).isEqualTo(ipa03.hex());
    }
}
