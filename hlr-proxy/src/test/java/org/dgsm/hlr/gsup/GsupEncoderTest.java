package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GsupEncoderTest {

    private static final String IMSI = "901700000014701";
    private static final Octets MSC_B1 = Octets.ascii("msc-B1\0");

    private static String hex(GsupMessage m) {
        return Hex.format(GsupEncoder.encode(m));
    }

    @Test
    void proxiedUpdateLocationMatchesTheWorkedFrame() {
        GsupMessage ul = GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, IMSI)
                .sourceName(MSC_B1).cnDomain(GsupMessage.CN_DOMAIN_CS).build();
        assertThat(hex(ul)).isEqualTo("04010809710000004107f128010260076d73632d423100");
    }

    @Test
    void insertDataAsOsmoHlrBuildsIt() {
        GsupMessage isd = GsupMessage.builder(GsupMessageType.INSERT_DATA_REQUEST, IMSI)
                .msisdn(Octets.fromHex("020110")).cnDomain(GsupMessage.CN_DOMAIN_CS).destinationName(MSC_B1).build();
        assertThat(hex(isd)).isEqualTo(GsupVectors.byId("cap24").hex());
    }

    @Test
    void defaultPsProfileIsContextOneWithWildcardApn() {
        GsupMessage isd = GsupMessage.builder(GsupMessageType.INSERT_DATA_REQUEST, "901700000024701")
                .msisdn(Octets.fromHex("020210")).addPdpInfo(PdpInfo.of(1, null, Octets.fromHex("012a"), null, null))
                .cnDomain(GsupMessage.CN_DOMAIN_PS).build();
        assertThat(hex(isd)).isEqualTo(GsupVectors.byId("cap12").hex()).contains("05071001011202012a");
    }

    @Test
    void bareContextIdIsWrittenAsTopLevelIe() {
        GsupMessage dsd = GsupMessage.builder(GsupMessageType.DELETE_DATA_REQUEST, IMSI)
                .addPdpInfo(PdpInfo.contextIdOnly(3)).build();
        assertThat(hex(dsd)).endsWith("100103");
    }

    @Test
    void gsmTupleIs0x22LongAndFullTupleWithEightByteResIs0x62() {
        byte[] rand = Hex.parse("00".repeat(16));
        GsupMessage gsm = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_RESULT, IMSI)
                .addAuthTuple(AuthTuple.gsm(rand, new byte[4], new byte[8])).build();
        GsupMessage both = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_RESULT, IMSI)
                .addAuthTuple(AuthTuple.gsmAndUmts(rand, new byte[4], new byte[8], new byte[16], new byte[16],
                        new byte[16], new byte[8])).build();
        assertThat(hex(gsm)).contains("03222010");
        assertThat(hex(both)).contains("03622010");
    }

    @Test
    void umtsOnlyTupleCarriesNoRand() {
        AuthTuple umts = new AuthTuple(null, null, null, Octets.fromHex("11".repeat(16)),
                Octets.fromHex("22".repeat(16)), Octets.fromHex("33".repeat(16)), Octets.fromHex("4444"));
        GsupMessage m = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_RESULT, IMSI).addAuthTuple(umts).build();
        assertThat(hex(m)).endsWith("033a" + "2310" + "11".repeat(16) + "2410" + "22".repeat(16) + "2510"
                + "33".repeat(16) + "27024444");
    }

    @Test
    void sessionIdIsFourBytesBigEndianFollowedByState() {
        GsupMessage m = GsupMessage.builder(GsupMessageType.PROC_SS_REQUEST, IMSI)
                .session(new GsupSession(0xdeadbeefL, GsupSession.BEGIN)).build();
        assertThat(hex(m)).endsWith("3004deadbeef310101");
    }

    @Test
    void smRpAddressesAndAnApduCarryTheirTypeByte() {
        GsupMessage m = GsupMessage.builder(GsupMessageType.MO_FORWARD_SM_REQUEST, IMSI)
                .smRpDa(new SmRpAddress(SmRpAddress.SMSC_ADDRESS, Octets.fromHex("9152"))).smRpOa(SmRpAddress.none())
                .anApdu(new AnApdu(AnApdu.RANAP, Octets.fromHex("abcd"))).build();
        assertThat(hex(m)).contains("4103039152" + "4201ff").endsWith("620302abcd");
    }

    @Test
    void sendAuthInfoRequestWritesVectorCountBeforeAutsAndRand() {
        GsupMessage sai = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, IMSI)
                .rand(Octets.of(new byte[16])).auts(Octets.of(new byte[14])).numVectorsRequested(1).build();
        assertThat(topLevelTags(GsupEncoder.encode(sai))).containsExactly(0x01, 0x52, 0x26, 0x20);
    }

    @Test
    void writesEveryIeInLibosmocoreOrder() {
        GsupMessage m = GsupMessage.builder(GsupMessageType.INSERT_DATA_REQUEST, IMSI)
                .currentRatType(1).supportedRatTypes(List.of(1, 2)).causeSm(1).causeBssap(2).causeRr(3)
                .anApdu(new AnApdu(1, Octets.fromHex("42"))).destinationName(MSC_B1).sourceName(MSC_B1)
                .messageClass(1).imeiResult(0).imei(Octets.fromHex("0753968330653408")).smAlertReason(1)
                .smRpCause(0x2a).smRpMms(1).smRpUi(Octets.fromHex("00")).smRpOa(SmRpAddress.none())
                .smRpDa(SmRpAddress.none()).smRpMr(5).ssInfo(Octets.fromHex("a1")).session(new GsupSession(1, 1))
                .chargingCharacteristics(Octets.fromHex("ff23")).cnDomain(1).pco(Octets.fromHex("80"))
                .rand(Octets.of(new byte[16])).auts(Octets.of(new byte[14]))
                .addAuthTuple(AuthTuple.gsm(new byte[16], new byte[4], new byte[8]))
                .addPdpInfo(PdpInfo.contextIdOnly(2)).addPdpInfo(PdpInfo.of(1, null, null, null, null))
                .freezePtmsi(true).pdpInfoComplete(true).cancelType(1).cause(0x11)
                .hlrNumber(Octets.fromHex("91")).msisdn(Octets.fromHex("020110")).build();
        assertThat(topLevelTags(GsupEncoder.encode(m))).containsExactly(0x01, 0x08, 0x09, 0x02, 0x06, 0x04, 0x07,
                0x10, 0x05, 0x03, 0x26, 0x20, 0x15, 0x28, 0x14, 0x30, 0x31, 0x35, 0x40, 0x41, 0x42, 0x43, 0x45, 0x44,
                0x46, 0x50, 0x51, 0x0a, 0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x29, 0x2a);
    }

    private static List<Integer> topLevelTags(byte[] encoded) {
        TlvReader r = new TlvReader(encoded, 1, encoded.length - 1);
        List<Integer> tags = new ArrayList<>();
        while (r.hasMore()) {
            assertThat(r.next()).isTrue();
            tags.add(r.tag());
        }
        return tags;
    }
}
