package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GsupMessageTest {

    private static final String IMSI = "901700000014701";

    private static GsupMessageBuilder ul() {
        return GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, IMSI);
    }

    private static AuthTuple triplet() {
        return AuthTuple.gsm(new byte[16], new byte[4], new byte[8]);
    }

    @Test
    void toBuilderGivesAnEqualMessage() {
        GsupMessage m = ul().cnDomain(GsupMessage.CN_DOMAIN_CS).sourceName(Octets.ascii("msc-B1\0"))
                .session(new GsupSession(7, GsupSession.BEGIN)).addSupportedRatType(1).build();
        assertThat(m.toBuilder().build()).isEqualTo(m).hasSameHashCodeAs(m);
        assertThat(m.toBuilder().cnDomain(GsupMessage.CN_DOMAIN_PS).build()).isNotEqualTo(m);
    }

    @Test
    void reportsTypeAndKindOfTheRawCode() {
        GsupMessage m = GsupMessage.builder(0x2b, IMSI).build();
        assertThat(m.type()).isEqualTo(GsupMessageType.UNKNOWN);
        assertThat(m.messageType()).isEqualTo(0x2b);
        assertThat(m.kind()).isEqualTo(GsupMessageType.Kind.OTHER);
        assertThat(ul().build().isRequest()).isTrue();
    }

    @Test
    void listsAreImmutableCopies() {
        List<Integer> rats = new ArrayList<>(List.of(1, 2));
        GsupMessage m = ul().supportedRatTypes(rats).build();
        rats.add(3);
        assertThat(m.supportedRatTypes()).containsExactly(1, 2);
        assertThatThrownBy(() -> m.supportedRatTypes().add(3)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesImsiLongerThanSixteenDigitsOrWithOtherCharacters() {
        assertThatThrownBy(() -> GsupMessage.builder(4, "12345678901234567").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16");
        assertThatThrownBy(() -> GsupMessage.builder(4, "90170x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("90170x");
    }

    @Test
    void refusesZeroWhereOsmoMeansAbsent() {
        assertThatThrownBy(() -> ul().cause(0).build()).hasMessageContaining("cause");
        assertThatThrownBy(() -> ul().cnDomain(0).build()).hasMessageContaining("CN domain");
        assertThatThrownBy(() -> ul().messageClass(0).build()).hasMessageContaining("message class");
        assertThatThrownBy(() -> new GsupSession(1, 0)).hasMessageContaining("session state");
        assertThatThrownBy(() -> PdpInfo.contextIdOnly(0)).hasMessageContaining("context id");
    }

    @Test
    void acceptsZeroWhereOsmoKeepsIt() {
        GsupMessage m = ul().cancelType(0).imeiResult(0).smRpMr(0).causeRr(0).causeBssap(0).build();
        assertThat(m.cancelType()).isZero();
        assertThat(m.imeiResult()).isZero();
    }

    @Test
    void refusesValuesOutsideOneByte() {
        assertThatThrownBy(() -> ul().cancelType(256).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GsupMessage.builder(-1, IMSI).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sendAuthInfoRequestCarriesVectorCountButNoTuples() {
        GsupMessageBuilder sai = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, IMSI);
        assertThat(sai.numVectorsRequested(3).build().numVectorsRequested()).isEqualTo(3);
        assertThatThrownBy(() -> sai.addAuthTuple(triplet()).build()).hasMessageContaining("no auth tuples");
    }

    @Test
    void otherMessagesCarryTuplesButNoVectorCount() {
        GsupMessageBuilder result = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_RESULT, IMSI);
        assertThat(result.addAuthTuple(triplet()).build().authTuples()).hasSize(1);
        assertThatThrownBy(() -> result.numVectorsRequested(3).build()).hasMessageContaining("number of vectors");
    }

    @Test
    void refusesMoreThanFiveTuplesTenPdpInfosOrEightRatTypes() {
        GsupMessageBuilder result = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_RESULT, IMSI);
        for (int i = 0; i < 6; i++) {
            result.addAuthTuple(triplet());
        }
        assertThatThrownBy(result::build).hasMessageContaining("5");
        GsupMessageBuilder isd = GsupMessage.builder(GsupMessageType.INSERT_DATA_REQUEST, IMSI);
        for (int i = 1; i <= 11; i++) {
            isd.addPdpInfo(PdpInfo.contextIdOnly(i));
        }
        assertThatThrownBy(isd::build).hasMessageContaining("10");
        assertThatThrownBy(() -> ul().supportedRatTypes(List.of(1, 2, 3, 1, 2, 3, 1, 2, 3)).build())
                .hasMessageContaining("8");
    }

    @Test
    void refusesWrongAutsRandAndOversizedOpaqueValues() {
        assertThatThrownBy(() -> ul().auts(Octets.of(new byte[13])).build()).hasMessageContaining("AUTS");
        assertThatThrownBy(() -> ul().rand(Octets.of(new byte[15])).build()).hasMessageContaining("RAND");
        assertThatThrownBy(() -> ul().pco(Octets.of(new byte[256])).build()).hasMessageContaining("255");
    }

    @Test
    void refusesAnImsiAsOriginatingAddress() {
        SmRpAddress imsi = new SmRpAddress(SmRpAddress.IMSI, Octets.fromHex("21436587092143f5"));
        assertThat(ul().smRpDa(imsi).build().smRpDa()).isEqualTo(imsi);
        assertThatThrownBy(() -> ul().smRpOa(imsi).build()).hasMessageContaining("SM-RP-OA");
    }

    @Test
    void smRpAddressTypeNoneHasNoIdentityAndOthersNeedOne() {
        assertThat(SmRpAddress.none().identity().isEmpty()).isTrue();
        assertThatThrownBy(() -> new SmRpAddress(SmRpAddress.NONE, Octets.fromHex("01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmRpAddress(SmRpAddress.MSISDN, Octets.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmRpAddress(0x04, Octets.fromHex("01")))
                .hasMessageContaining("0x04");
    }

    @Test
    void authTupleBlocksAreAllOrNothing() {
        assertThatThrownBy(() -> new AuthTuple(Octets.of(new byte[16]), null, Octets.of(new byte[8]), null, null,
                null, null)).hasMessageContaining("SRES missing");
        assertThatThrownBy(() -> new AuthTuple(null, null, null, Octets.of(new byte[16]), Octets.of(new byte[16]),
                Octets.of(new byte[16]), null)).hasMessageContaining("RES missing");
        assertThatThrownBy(() -> AuthTuple.gsm(new byte[16], new byte[3], new byte[8])).hasMessageContaining("SRES");
        assertThatThrownBy(() -> AuthTuple.gsmAndUmts(new byte[16], new byte[4], new byte[8], new byte[16],
                new byte[16], new byte[16], new byte[17])).hasMessageContaining("RES");
        AuthTuple empty = new AuthTuple(null, null, null, null, null, null, null);
        assertThat(empty.hasGsm()).isFalse();
        assertThat(empty.hasUmts()).isFalse();
    }

    @Test
    void pdpInfoMustFitOneIe() {
        assertThatThrownBy(() -> PdpInfo.of(1, Octets.of(new byte[200]), Octets.of(new byte[60]), null, null))
                .hasMessageContaining("255");
        assertThatThrownBy(() -> new PdpInfo(1, true, Octets.fromHex("f121"), null, null, null))
                .hasMessageContaining("bare");
    }

    @Test
    void anApduNeedsPduBytesAndSessionIdFitsThirtyTwoBits() {
        assertThatThrownBy(() -> new AnApdu(AnApdu.BSSAP, Octets.EMPTY)).hasMessageContaining("1-254");
        assertThat(new GsupSession(0xFFFF_FFFFL, GsupSession.END).id()).isEqualTo(4294967295L);
        assertThatThrownBy(() -> new GsupSession(1L << 32, GsupSession.END)).hasMessageContaining("32 bits");
    }
}
