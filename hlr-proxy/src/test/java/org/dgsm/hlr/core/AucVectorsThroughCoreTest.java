package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AuC vectors of auc_vectors.txt (osmo-hlr's auc_test, COMP128 and XOR references) computed end to end: keys in
 * the SQLite store, SAI in, auth tuple out, SQN written back.
 */
class AucVectorsThroughCoreTest {

    private static final String IMSI = "901700000000001";
    private static final int MILENAGE = AuthAlgorithm.MILENAGE.id();

    @TempDir
    Path dir;

    private TestHlr hlr;

    @BeforeEach
    void open() {
        hlr = new TestHlr(dir).connect("msc-A1");
    }

    @AfterEach
    void close() {
        hlr.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "comp128v1_osmohlr_test, COMP128V1", "comp128v1_0001_0000, COMP128V1", "comp128v1_0001_ffff, COMP128V1",
            "comp128v1_0001_0001, COMP128V1", "comp128v1_0001_2355, COMP128V1", "comp128v1_465b_2355, COMP128V1",
            "comp128v1_eb21_0cf9, COMP128V1", "comp128v1_eb21_01c8, COMP128V1", "comp128v1_eb21_7b9e, COMP128V1",
            "comp128v2_1, COMP128V2", "comp128v2_2, COMP128V2", "comp128v2_3, COMP128V2", "comp128v2_4, COMP128V2",
            "comp128v2_5, COMP128V2", "comp128v2_6, COMP128V2",
            "comp128v3_1, COMP128V3", "comp128v3_2, COMP128V3", "comp128v3_3, COMP128V3", "comp128v3_4, COMP128V3",
            "xor2g_1, XOR_2G", "xor2g_2, XOR_2G",
            "auc_2g_only_comp128v1, COMP128V1"})
    void computesTheGsmTripletOfA2gOnlySubscriber(String rowName, AuthAlgorithm algorithm) {
        AucVectorLines.Line row = AucVectorLines.named(rowName);
        hlr.store.createWithAuth(IMSI, null, AuthData2g.of(algorithm, row.in("ki")), null);

        AuthTuple tuple = oneVector(row.in("rand"));

        assertThat(tuple.hasUmts()).isFalse();
        assertThat(tuple.sres().toHex()).isEqualTo(row.out("sres"));
        assertThat(tuple.kc().toHex()).isEqualTo(row.out("kc"));
    }

    @Test
    void computesTheQuintetOfA2gPlus3gSubscriberWithSresAndKcFromComp128() {
        AucVectorLines.Line row = AucVectorLines.named("auc_2g_plus_3g");
        hlr.store.createWithAuth(IMSI, null, AuthData2g.of(AuthAlgorithm.COMP128V1, row.in("ki")),
                new AuthData3g(MILENAGE, row.in("k"), null, row.in("opc"), 31, 0));

        AuthTuple tuple = oneVector(row.in("rand"));

        assertUmts(tuple, row);
        assertThat(storedSqn()).isEqualTo(32);
    }

    @Test
    void derivesSresAndKcForA3gOnlySubscriber() {
        AucVectorLines.Line row = AucVectorLines.named("auc_3g_only");
        hlr.store.createWithAuth(IMSI, null, null, new AuthData3g(MILENAGE, row.in("k"), null, row.in("opc"), 31, 0));

        assertUmts(oneVector(row.in("rand")), row);
        assertThat(storedSqn()).isEqualTo(32);
    }

    @Test
    void resynchronisesAndContinuesTheSequenceAsOsmoHlrsAucTest() {
        AucVectorLines.Line resync = AucVectorLines.named("auc_3g_auts_resync");
        hlr.store.createWithAuth(IMSI, null, null,
                new AuthData3g(MILENAGE, resync.in("k"), null, resync.in("opc"), 31, 0));
        hlr.rands.add(resync.in("new_rand"));

        List<GsupSend> sends = hlr.receive("msc-A1", sai().auts(Octets.fromHex(resync.in("auts")))
                .rand(Octets.fromHex(resync.in("rand_auts"))).build());

        assertUmts(tupleOf(sends), resync);
        assertThat(storedSqn()).isEqualTo(24);
        for (String next : List.of("auc_3g_seq_sqn25", "auc_3g_seq_sqn26")) {
            AucVectorLines.Line row = AucVectorLines.named(next);
            assertUmts(oneVector(row.in("rand")), row);
            assertThat(storedSqn()).isEqualTo(Long.parseLong(row.in("sqn"), 16));
        }
    }

    @Test
    void computesXor3gWithoutAdvancingTheSqn() {
        AucVectorLines.Line row = AucVectorLines.named("auc_xor_3g");
        hlr.store.createWithAuth(IMSI, null, null, AuthData3g.xor3g(row.in("k")));

        AuthTuple tuple = oneVector(row.in("rand"));

        assertUmts(tuple, row);
        assertThat(tuple.res().length()).isEqualTo(16);
        assertThat(storedSqn()).isZero();
    }

    private AuthTuple oneVector(String randHex) {
        hlr.rands.add(randHex);
        AuthTuple tuple = tupleOf(hlr.receive("msc-A1", sai().build()));
        assertThat(tuple.rand().toHex()).isEqualTo(randHex);
        return tuple;
    }

    private static org.dgsm.hlr.gsup.GsupMessageBuilder sai() {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, IMSI).numVectorsRequested(1);
    }

    private static AuthTuple tupleOf(List<GsupSend> sends) {
        assertThat(sends).hasSize(1);
        GsupMessage result = sends.get(0).message();
        assertThat(result.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
        assertThat(result.authTuples()).hasSize(1);
        return result.authTuples().get(0);
    }

    private static void assertUmts(AuthTuple tuple, AucVectorLines.Line row) {
        assertThat(tuple.autn().toHex()).as("AUTN").isEqualTo(row.out("autn"));
        assertThat(tuple.ck().toHex()).as("CK").isEqualTo(row.out("ck"));
        assertThat(tuple.ik().toHex()).as("IK").isEqualTo(row.out("ik"));
        assertThat(tuple.res().toHex()).as("RES").isEqualTo(row.out("res"));
        assertThat(tuple.sres().toHex()).as("SRES").isEqualTo(row.out("sres"));
        assertThat(tuple.kc().toHex()).as("Kc").isEqualTo(row.out("kc"));
    }

    private long storedSqn() {
        long id = hlr.store.findByImsi(IMSI).orElseThrow().id();
        return hlr.store.findAuth3g(id).orElseThrow().sqn();
    }
}
