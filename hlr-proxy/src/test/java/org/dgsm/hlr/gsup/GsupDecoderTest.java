package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Decoder rules beyond the spec's vectors (those are in {@link GsupVectorTest}). */
class GsupDecoderTest {

    /** IMSI 123456789012345. */
    private static final String IMSI_IE = "010821436587092143f5";

    private static GsupMessage decode(String hex) throws MalformedGsupException {
        return GsupDecoder.decode(Hex.parse(hex));
    }

    private static MalformedGsupException failure(String hex) {
        MalformedGsupException e = catchThrowableOfType(MalformedGsupException.class, () -> decode(hex));
        assertThat(e).as("decoding %s must fail", hex).isNotNull();
        return e;
    }

    @Test
    void decodesAWindowOfALargerArray() throws MalformedGsupException {
        byte[] framed = Hex.parse("ee05" + "04" + IMSI_IE + "ff");
        GsupMessage m = GsupDecoder.decode(framed, 2, framed.length - 3);
        assertThat(m.type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_REQUEST);
        assertThat(m.imsi()).isEqualTo("123456789012345");
    }

    @Test
    void typeWithoutImsiIsInvalidMandatoryInfo() {
        assertThat(failure("04").gmmCause()).hasValue(GmmCause.INVALID_MANDATORY_INFO);
    }

    @Test
    void repeatedSingleValuedIeKeepsTheLastOccurrence() throws MalformedGsupException {
        GsupMessage m = decode("05" + IMSI_IE + "020103" + "020107" + "280101" + "280102");
        assertThat(m.cause()).isEqualTo(7);
        assertThat(m.cnDomain()).isEqualTo(2);
    }

    @Test
    void repeatedImsiAndNestedOnlyIesAtTopLevelAreSkipped() throws MalformedGsupException {
        String secondImsi = "0103214365";
        String nestedOnly = "210411223344" + "1202012a" + "130102" + "1102f121";
        GsupMessage m = decode("04" + "010199" + secondImsi + nestedOnly);
        assertThat(m.imsi()).isEqualTo("99");
        assertThat(Hex.format(GsupEncoder.encode(m))).isEqualTo("04010199");
    }

    @Test
    void unknownIesAreSkippedButMustStillBeWellFormed() throws MalformedGsupException {
        assertThat(decode("04" + IMSI_IE + "ee00" + "7f03010203").imsi()).isEqualTo("123456789012345");
        assertThat(failure("04" + IMSI_IE + "7f0501").gmmCause()).hasValue(GmmCause.PROTOCOL_ERROR_UNSPECIFIED);
    }

    @Test
    void zeroValuesOsmoTreatsAsUnsetAreLeftOut() throws MalformedGsupException {
        GsupMessage m = decode("05" + IMSI_IE + "020100" + "280100" + "0a0100" + "460100" + "650100" + "2a0100");
        assertThat(m.cause()).isNull();
        assertThat(m.cnDomain()).isNull();
        assertThat(m.messageClass()).isNull();
        assertThat(m.smAlertReason()).isNull();
        assertThat(m.causeSm()).isNull();
        assertThat(m.currentRatType()).isNull();
        assertThat(Hex.format(GsupEncoder.encode(m))).isEqualTo("05" + IMSI_IE);
    }

    @Test
    void sessionNeedsANonZeroStateAndDefaultsItsIdToZero() throws MalformedGsupException {
        assertThat(decode("20" + IMSI_IE + "3004deadbeef").session()).isNull();
        assertThat(decode("20" + IMSI_IE + "3004deadbeef310100").session()).isNull();
        assertThat(decode("20" + IMSI_IE + "310102").session()).isEqualTo(new GsupSession(0, 2));
        assertThat(decode("20" + IMSI_IE + "310103" + "3004ffffffff").session())
                .isEqualTo(new GsupSession(0xFFFF_FFFFL, 3));
    }

    @Test
    void tuplesInASendAuthInfoRequestAndVectorCountElsewhereAreValidatedThenDropped() throws Exception {
        String tuple = "0322" + "2010" + "00".repeat(16) + "2104" + "00".repeat(4) + "2208" + "00".repeat(8);
        assertThat(decode("08" + IMSI_IE + tuple + "520102").authTuples()).isEmpty();
        assertThat(decode("08" + IMSI_IE + tuple + "520102").numVectorsRequested()).isEqualTo(2);
        assertThat(decode("0a" + IMSI_IE + tuple + "520102").numVectorsRequested()).isNull();
        assertThat(decode("0a" + IMSI_IE + tuple + "520102").authTuples()).hasSize(1);
        assertThat(failure("08" + IMSI_IE + "0312" + "200f" + "00".repeat(16)).gmmCause()).isEmpty();
    }

    @Test
    void partialAuthTupleBlocksAreFilledWithZeros() throws MalformedGsupException {
        String randOnly = "0312" + "2010" + "11".repeat(16);
        String resOnly = "0306" + "2704" + "a1a2a3a4";
        GsupMessage m = decode("0a" + IMSI_IE + randOnly + resOnly);
        AuthTuple gsm = m.authTuples().get(0);
        assertThat(gsm.rand().toHex()).isEqualTo("11".repeat(16));
        assertThat(gsm.sres().toHex()).isEqualTo("00000000");
        assertThat(gsm.kc().toHex()).isEqualTo("00".repeat(8));
        assertThat(gsm.hasUmts()).isFalse();
        AuthTuple umts = m.authTuples().get(1);
        assertThat(umts.hasGsm()).isFalse();
        assertThat(umts.ik().toHex()).isEqualTo("00".repeat(16));
        assertThat(umts.res().toHex()).isEqualTo("a1a2a3a4");
    }

    @Test
    void emptyAuthTupleStaysAnEmptyTuple() throws MalformedGsupException {
        GsupMessage m = decode("0a" + IMSI_IE + "0300");
        assertThat(m.authTuples()).containsExactly(new AuthTuple(null, null, null, null, null, null, null));
        assertThat(Hex.format(GsupEncoder.encode(m))).isEqualTo("0a" + IMSI_IE + "0300");
    }

    @Test
    void resLongerThanSixteenBytesIsAnErrorWithoutCause() {
        assertThat(failure("0a" + IMSI_IE + "0313" + "2711" + "00".repeat(17)).gmmCause()).isEmpty();
    }

    @Test
    void moreThanFiveTuplesIsInvalidMandatoryInfo() {
        assertThat(failure("0a" + IMSI_IE + "0300".repeat(6)).gmmCause()).hasValue(GmmCause.INVALID_MANDATORY_INFO);
    }

    @Test
    void moreThanTenPdpEntriesIsConditionalIeErrorEvenWhenSomeAreDropped() throws MalformedGsupException {
        assertThat(decode("10" + IMSI_IE + "100100".repeat(10)).pdpInfos()).isEmpty();
        assertThat(failure("10" + IMSI_IE + "100100".repeat(5) + "0503100101".repeat(6)).gmmCause())
                .hasValue(GmmCause.CONDITIONAL_IE_ERROR);
    }

    @Test
    void pdpInfoWithoutContextIdIsDroppedAndBareContextIdKept() throws MalformedGsupException {
        GsupMessage m = decode("14" + IMSI_IE + "05041202012a" + "100105");
        assertThat(m.pdpInfos()).containsExactly(PdpInfo.contextIdOnly(5));
        assertThat(Hex.format(GsupEncoder.encode(m))).isEqualTo("14" + IMSI_IE + "100105");
    }

    @Test
    void pdpInfoSkipsUnknownNestedIesAndRejectsTruncatedOnes() throws MalformedGsupException {
        GsupMessage m = decode("10" + IMSI_IE + "0508" + "100101" + "7f01aa" + "1300");
        assertThat(m.pdpInfos()).containsExactly(PdpInfo.of(1, null, null, Octets.EMPTY, null));
        assertThat(failure("10" + IMSI_IE + "0505" + "100101" + "1205").gmmCause())
                .hasValue(GmmCause.PROTOCOL_ERROR_UNSPECIFIED);
    }

    @Test
    void oneByteIesWithAnotherLengthAreProtocolErrors() {
        for (String ie : new String[] {"0200", "02020101", "060200ff", "2800", "0a020101", "4000",
                                       "51020000", "52020101", "63020000", "100201ff"}) {
            assertThat(failure("0a" + IMSI_IE + ie).gmmCause()).as(ie).hasValue(GmmCause.PROTOCOL_ERROR_UNSPECIFIED);
        }
        assertThat(failure("20" + IMSI_IE + "3003deadbe").getMessage()).contains("session id");
    }

    @Test
    void ratTypeIeErrorsCarryNoCause() {
        assertThat(failure("08" + IMSI_IE + "2a020101").gmmCause()).isEmpty();
        assertThat(failure("08" + IMSI_IE + "2909010203010203010203").gmmCause()).isEmpty();
    }

    @Test
    void decodesSupportedAndCurrentRatTypes() throws MalformedGsupException {
        GsupMessage m = decode("04" + IMSI_IE + "2903010203" + "2a0103");
        assertThat(m.supportedRatTypes()).containsExactly(1, 2, 3);
        assertThat(m.currentRatType()).isEqualTo(3);
    }

    @Test
    void shortAnApduIsConditionalIeError() {
        assertThat(failure("34" + IMSI_IE + "620101").gmmCause()).hasValue(GmmCause.CONDITIONAL_IE_ERROR);
    }

    @Test
    void badSmRpAddressesAreErrorsWithoutCause() {
        assertThat(failure("24" + IMSI_IE + "4100").gmmCause()).isEmpty();
        assertThat(failure("24" + IMSI_IE + "410101").gmmCause()).isEmpty();
        assertThat(failure("24" + IMSI_IE + "4102ff00").gmmCause()).isEmpty();
        assertThat(failure("24" + IMSI_IE + "42020121").getMessage()).contains("SM-RP-OA").contains("0x01");
        assertThat(failure("24" + IMSI_IE + "41020421").gmmCause()).isEmpty();
    }

    @Test
    void emptyOpaqueIesArePresentAndReEncoded() throws MalformedGsupException {
        GsupMessage m = decode("10" + IMSI_IE + "0800" + "6000");
        assertThat(m.msisdn()).isEqualTo(Octets.EMPTY);
        assertThat(m.sourceName()).isEqualTo(Octets.EMPTY);
        assertThat(Hex.format(GsupEncoder.encode(m))).isEqualTo("10" + IMSI_IE + "0800" + "6000");
    }

    @Test
    void flagsIgnoreTheirValue() throws MalformedGsupException {
        GsupMessage m = decode("0e" + IMSI_IE + "0701aa" + "0400");
        assertThat(m.freezePtmsi()).isTrue();
        assertThat(m.pdpInfoComplete()).isTrue();
        assertThat(Hex.format(GsupEncoder.encode(m))).isEqualTo("0e" + IMSI_IE + "0400" + "0700");
    }

    @Test
    void emptyImsiIsAcceptedLikeOsmo() throws MalformedGsupException {
        assertThat(decode("040100").imsi()).isEmpty();
    }

    @Test
    void errorMessagesNameTheIe() {
        assertThat(failure("08" + IMSI_IE + "260d" + "00".repeat(13)).getMessage()).contains("AUTS").contains("13");
        assertThat(failure("08" + IMSI_IE + "28").getMessage()).contains("CN_DOMAIN");
        assertThat(failure("08" + IMSI_IE + "2805").getMessage()).contains("announces 5");
    }
}
