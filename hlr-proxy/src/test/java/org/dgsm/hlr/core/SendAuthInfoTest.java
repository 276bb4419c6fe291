package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageBuilder;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupSession;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.CapturedSubscribers.KI;
import static org.dgsm.hlr.core.CapturedSubscribers.OPC;

/** Send Authentication Info: hlr-auc.md §2 rule by rule. */
class SendAuthInfoTest {

    private static final String IMSI = "901700000000001";
    private static final String UNKNOWN_IMSI = "901700000009999";
    private static final UsimSide USIM = new UsimSide(KI, OPC);

    @TempDir
    Path dir;

    private TestHlr hlr;

    @AfterEach
    void close() {
        if (hlr != null) {
            hlr.close();
        }
    }

    private TestHlr start(HlrSettings settings) {
        hlr = new TestHlr(dir, settings);
        return hlr.connect("msc-A1", "msc-A2");
    }

    private TestHlr startWith2gAnd3g() {
        start(HlrSettings.defaults());
        hlr.store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                AuthData3g.milenageWithOpc(KI, OPC));
        return hlr;
    }

    private static GsupMessageBuilder sai(String imsi) {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi);
    }

    private GsupMessage answer(String peer, GsupMessage request) {
        List<GsupSend> sends = hlr.receive(peer, request);
        assertThat(sends).hasSize(1);
        assertThat(sends.get(0).peer()).isEqualTo(TestHlr.name(peer));
        return sends.get(0).message();
    }

    private void assertError(GsupMessage answer, int cause) {
        assertThat(answer.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_ERROR);
        assertThat(answer.cause()).isEqualTo(cause);
        assertThat(answer.authTuples()).isEmpty();
    }

    private long storedSqn() {
        return hlr.store.findAuth3g(hlr.store.findByImsi(IMSI).orElseThrow().id()).orElseThrow().sqn();
    }

    private static long sqnOf(AuthTuple tuple) {
        return USIM.sqnFromAutn(tuple.rand().toByteArray(), tuple.autn().toByteArray());
    }

    @Test
    void answersAnUnknownImsiWithPlmnNotAllowedByDefault() {
        start(HlrSettings.defaults());
        assertError(answer("msc-A1", sai(UNKNOWN_IMSI).build()), 0x0b);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x02, 0x11, 0x6f})
    void answersAnUnknownImsiWithTheConfiguredNotFoundCause(int cause) {
        start(HlrSettings.defaults().withRejectCauses(cause, 0x11));
        assertError(answer("msc-A1", sai(UNKNOWN_IMSI).build()), cause);
    }

    @Test
    void answersImsiUnknownForASubscriberWithoutAuthData() {
        start(HlrSettings.defaults());
        hlr.store.create(IMSI, "1001");
        assertError(answer("msc-A1", sai(IMSI).build()), 0x02);
    }

    @Test
    void answersNetworkFailureForAutsWithoutRand() {
        startWith2gAnd3g();
        assertError(answer("msc-A1", sai(IMSI).auts(Octets.of(new byte[14])).build()), 0x11);
        assertThat(storedSqn()).isZero();
    }

    @Test
    void answersNetworkFailureForRandWithoutAuts() {
        startWith2gAnd3g();
        assertError(answer("msc-A1", sai(IMSI).rand(Octets.of(new byte[16])).build()), 0x11);
    }

    @Test
    void answersNetworkFailureForAutsOfA2gOnlySubscriber() {
        start(HlrSettings.defaults());
        hlr.store.createWithAuth(IMSI, null, AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        assertError(answer("msc-A1", sai(IMSI).auts(Octets.of(new byte[14])).rand(Octets.of(new byte[16])).build()),
                0x11);
    }

    @Test
    void answersImsiUnknownForAutsWithAWrongMacAndKeepsTheSqn() {
        startWith2gAnd3g();
        byte[] rand = HexFormat.of().parseHex("39fa2f4e3d523d8619a73b4f65c3e14d");
        byte[] auts = USIM.auts(rand, 23);
        auts[13] ^= 0x01;
        assertError(answer("msc-A1", sai(IMSI).auts(Octets.of(auts)).rand(Octets.of(rand)).build()), 0x02);
        assertThat(storedSqn()).isZero();
    }

    @Test
    void resynchronisesFromAValidAutsEvenBackwards() {
        startWith2gAnd3g();
        answer("msc-A1", sai(IMSI).numVectorsRequested(3).build());
        assertThat(storedSqn()).isEqualTo(97);
        byte[] rand = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

        GsupMessage result = answer("msc-A1", sai(IMSI).numVectorsRequested(2)
                .auts(Octets.of(USIM.auts(rand, 10))).rand(Octets.of(rand)).build());

        assertThat(result.authTuples()).extracting(SendAuthInfoTest::sqnOf).containsExactly(33L, 65L);
        assertThat(storedSqn()).isEqualTo(65);
    }

    @Test
    void answersNetworkFailureForUnreadable3gKeys() {
        startWith2gAnd3g();
        DbEdits.execute(hlr.file, "UPDATE auc_3g SET k = 'not hex at all, not at all!!!!!'");
        assertError(answer("msc-A1", sai(IMSI).build()), 0x11);
    }

    @Test
    void answersImsiUnknownForAnAlgorithmThe2gTableCannotHold() {
        start(HlrSettings.defaults());
        hlr.store.createWithAuth(IMSI, null, AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        DbEdits.execute(hlr.file, "UPDATE auc_2g SET algo_id_2g = 5");
        assertError(answer("msc-A1", sai(IMSI).build()), 0x02);
    }

    @Test
    void ignoresAMalformed2gKiAsOsmoDoes() {
        startWith2gAnd3g();
        DbEdits.execute(hlr.file, "UPDATE auc_2g SET ki = 'abc'");
        hlr.rands.add("39fa2f4e3d523d8619a73b4f65c3e14d");

        AuthTuple tuple = answer("msc-A1", sai(IMSI).numVectorsRequested(1).build()).authTuples().get(0);

        // SRES/Kc now derived from the 3G keys (c2/c3) instead of COMP128v1's 429d5b27 / 241a5b16aeb8e400.
        assertThat(tuple.sres().toHex()).isNotEqualTo("429d5b27");
        byte[] res = tuple.res().toByteArray();
        byte[] c2 = new byte[4];
        for (int i = 0; i < 4; i++) {
            c2[i] = (byte) (res[i] ^ res[i + 4]);
        }
        assertThat(tuple.sres().toByteArray()).isEqualTo(c2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void sendsTheRequestedNumberOfVectors(int count) {
        startWith2gAnd3g();
        GsupMessage result = answer("msc-A1", sai(IMSI).numVectorsRequested(count).build());
        assertThat(result.authTuples()).hasSize(count);
        assertThat(result.authTuples()).allMatch(t -> t.hasGsm() && t.hasUmts());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, 255})
    void sendsFiveVectorsWhenTheRequestAsksForNoneOrTooMany(int count) {
        startWith2gAnd3g();
        GsupMessageBuilder request = sai(IMSI);
        if (count != 0) {
            request.numVectorsRequested(count);
        }
        assertThat(answer("msc-A1", request.build()).authTuples()).hasSize(5);
    }

    @Test
    void sendsTheConfiguredDefaultNumberOfVectors() {
        start(HlrSettings.defaults().withDefaultVectorCount(2));
        hlr.store.createWithAuth(IMSI, null, AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        assertThat(answer("msc-A1", sai(IMSI).build()).authTuples()).hasSize(2);
    }

    @Test
    void advancesTheSqnOneStepPerVectorAndStoresTheLast() {
        startWith2gAnd3g();
        GsupMessage result = answer("msc-A1", sai(IMSI).build());
        assertThat(result.authTuples()).extracting(SendAuthInfoTest::sqnOf)
                .containsExactly(33L, 65L, 97L, 129L, 161L);
        assertThat(storedSqn()).isEqualTo(161);
    }

    @Test
    void givesEveryVlrItsOwnIndSlot() {
        startWith2gAnd3g();
        assertThat(sqnOf(answer("msc-A1", sai(IMSI).numVectorsRequested(1).build()).authTuples().get(0)))
                .isEqualTo(33);
        assertThat(sqnOf(answer("msc-A2", sai(IMSI).numVectorsRequested(1).build()).authTuples().get(0)))
                .isEqualTo(66);
        assertThat(hlr.store.indForVlr("msc-A2")).isEqualTo(2);
    }

    @Test
    void allocatesTheIndSlotOfANewVlrEvenForAnUnknownImsi() {
        startWith2gAnd3g();
        answer("msc-A2", sai(UNKNOWN_IMSI).build());
        assertThat(sqnOf(answer("msc-A1", sai(IMSI).numVectorsRequested(1).build()).authTuples().get(0)))
                .isEqualTo(34);
    }

    @Test
    void usesInd0ForAPeerNameWithoutTrailingNul() {
        startWith2gAnd3g();
        Octets nameWithoutNul = Octets.ascii("msc-X");
        hlr.core.onPeerConnected(nameWithoutNul, hlr.nowMillis);

        List<GsupSend> sends = hlr.core.onMessage(nameWithoutNul, sai(IMSI).numVectorsRequested(1).build(),
                hlr.nowMillis);

        assertThat(sends).extracting(GsupSend::peer).containsExactly(nameWithoutNul);
        assertThat(sqnOf(sends.get(0).message().authTuples().get(0))).isEqualTo(32);
    }

    @Test
    void setsTheAmfSeparationBitOnlyForEutran() {
        startWith2gAnd3g();
        AuthTuple eutran = answer("msc-A1", sai(IMSI).numVectorsRequested(1).currentRatType(3).build())
                .authTuples().get(0);
        AuthTuple utran = answer("msc-A1", sai(IMSI).numVectorsRequested(1).currentRatType(2).build())
                .authTuples().get(0);
        assertThat(eutran.autn().toHex().substring(12, 16)).isEqualTo("8000");
        assertThat(utran.autn().toHex().substring(12, 16)).isEqualTo("0000");
    }

    @Test
    void echoesTheMessageClassAndSession() {
        startWith2gAnd3g();
        GsupMessage result = answer("msc-A1", sai(IMSI).messageClass(1)
                .session(new GsupSession(0xdeadbeefL, 1)).build());
        assertThat(result.messageClass()).isEqualTo(1);
        assertThat(result.session()).isEqualTo(new GsupSession(0xdeadbeefL, 3));
        assertThat(result.destinationName()).isNull();
    }

    @Test
    void sends2gOnlyTripletsFor2gOnlySubscribers() {
        start(HlrSettings.defaults());
        hlr.store.createWithAuth(IMSI, null, AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        assertThat(answer("msc-A1", sai(IMSI).build()).authTuples()).hasSize(5)
                .allMatch(t -> t.hasGsm() && !t.hasUmts());
    }
}
