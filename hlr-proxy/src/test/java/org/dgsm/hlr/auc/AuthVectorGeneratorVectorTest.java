package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generator against the osmo-hlr tests/auc and libosmocore tests/auth vectors (sections C
 * and D of the vector file). Vectors give the SQN actually used; with IND length 0 the stored
 * SQN is one less (libosmocore's convention for requesting a given SQN).
 */
class AuthVectorGeneratorVectorTest {

    @Test
    void twoGOnlyComp128v1() throws AucException {
        AucVectors.Vector v = AucVectors.named("auc_2g_only_comp128v1");
        SubscriberAuthData data = SubscriberAuthData.only2g(new Auth2gData(AuthAlgorithm.COMP128V1, v.inHex("ki")));
        AuthVectorResult result = generate(data, 0, v.in("rand"));
        AuthVector vector = single(result);
        assertThat(vector.isUmts()).isFalse();
        assertThat(vector.rand()).isEqualTo(v.inHex("rand"));
        assertThat(vector.sres()).isEqualTo(v.outHex("sres"));
        assertThat(vector.kc()).isEqualTo(v.outHex("kc"));
        assertThat(result.sqnToStore()).isEmpty();
    }

    @Test
    void twoGPlusThreeGTakesSresAndKcFromComp128v1() throws AucException {
        AucVectors.Vector v = AucVectors.named("auc_2g_plus_3g");
        SubscriberAuthData data = new SubscriberAuthData(new Auth2gData(AuthAlgorithm.COMP128V1, v.inHex("ki")),
                milenageOpc(v, storedBefore(v), 0));
        AuthVectorResult result = generate(data, 0, v.in("rand"));
        assertUmtsVector(single(result), v);
        assertThat(result.sqnToStore()).hasValue(Sqn.fromBytes(v.inHex("sqn")));
    }

    @Test
    void threeGOnlyDerivesSresAndKc() throws AucException {
        AucVectors.Vector v = AucVectors.named("auc_3g_only");
        AuthVectorResult result = generate(SubscriberAuthData.only3g(milenageOpc(v, storedBefore(v), 0)), 0,
                v.in("rand"));
        assertUmtsVector(single(result), v);
        assertThat(result.sqnToStore()).hasValue(Sqn.fromBytes(v.inHex("sqn")));
    }

    @Test
    void threeGSequentialVectorsSqn25And26() throws AucException {
        AucVectors.Vector v25 = AucVectors.named("auc_3g_seq_sqn25");
        AucVectors.Vector v26 = AucVectors.named("auc_3g_seq_sqn26");
        SubscriberAuthData data = SubscriberAuthData.only3g(milenageOpc(v25, storedBefore(v25), 0));
        AuthVectorResult result = new AuthVectorGenerator(FixedRands.of(v25.in("rand"), v26.in("rand")))
                .generate(AuthVectorRequest.of(data, 0, 2));
        assertThat(result.vectors()).hasSize(2);
        assertUmtsVector(result.vectors().get(0), v25);
        assertUmtsVector(result.vectors().get(1), v26);
        assertThat(result.sqnToStore()).hasValue(Sqn.fromBytes(v26.inHex("sqn")));
    }

    @Test
    void threeGAutsResync() throws AucException {
        AucVectors.Vector v = AucVectors.named("auc_3g_auts_resync");
        Auth3gData auth3g = Auth3gData.withOpc(AuthAlgorithm.MILENAGE, v.inHex("k"), v.inHex("opc"),
                Long.parseLong(v.in("stored_sqn")), Integer.parseInt(v.in("ind_bitlen")));
        Milenage milenage = Milenage.withOpc(v.inHex("k"), v.inHex("opc"));
        assertThat(milenage.f5Star(v.inHex("rand_auts"))).isEqualTo(v.outHex("f5s"));

        AuthVectorRequest request = AuthVectorRequest.of(SubscriberAuthData.only3g(auth3g), 0, 1)
                .withResync(v.inHex("rand_auts"), v.inHex("auts"));
        AuthVectorResult result = new AuthVectorGenerator(FixedRands.of(v.in("new_rand"))).generate(request);

        AuthVector vector = single(result);
        assertThat(AutsVerifier.verify(milenage, v.inHex("rand_auts"), v.inHex("auts")))
                .isEqualTo(Sqn.fromBytes(v.outHex("sqn_ms")));
        assertThat(Usim.sqnFromAutn(milenage, vector.rand(), vector.autn()))
                .isEqualTo(Long.parseLong(v.out("sqn_used")));
        assertThat(vector.rand()).isEqualTo(v.inHex("new_rand"));
        assertThat(vector.autn()).isEqualTo(v.outHex("autn"));
        assertThat(vector.ck()).isEqualTo(v.outHex("ck"));
        assertThat(vector.ik()).isEqualTo(v.outHex("ik"));
        assertThat(vector.res()).isEqualTo(v.outHex("res"));
        assertThat(vector.sres()).isEqualTo(v.outHex("sres"));
        assertThat(vector.kc()).isEqualTo(v.outHex("kc"));
        assertThat(result.sqnToStore()).hasValue(Long.parseLong(v.out("sqn_used")));
    }

    @Test
    void xor3gKeepsTheStoredSqn() throws AucException {
        AucVectors.Vector v = AucVectors.named("auc_xor_3g");
        long stored = Sqn.fromBytes(v.inHex("sqn"));
        Auth3gData auth3g = new Auth3gData(AuthAlgorithm.XOR_3G, v.inHex("k"), null, null, stored, 5);
        AuthVectorResult result = generate(SubscriberAuthData.only3g(auth3g), 7, v.in("rand"));
        AuthVector vector = single(result);
        assertThat(vector.res()).hasSize(16);
        assertUmtsVector(vector, v);
        assertThat(result.sqnToStore()).hasValue(stored);
    }

    @Test
    void libosmocoreMilenageSqn34() throws AucException {
        AucVectors.Vector v = AucVectors.named("milenage_libosmocore_sqn34");
        AuthVectorResult result = generate(SubscriberAuthData.only3g(milenageOpc(v, storedBefore(v), 0)), 0,
                v.in("rand"));
        assertUmtsVector(single(result), v);
        assertThat(Milenage.withOpc(v.inHex("k"), v.inHex("opc")).f5Star(v.inHex("rand"))).isEqualTo(v.outHex("f5s"));
        assertThat(result.sqnToStore()).hasValue(0x22L);
    }

    @Test
    void libosmocoreAutsResyncWithIndLengthZero() throws AucException {
        AucVectors.Vector v = AucVectors.named("auts_libosmocore");
        List<Long> sqns = resyncedSqns(v, 0, 0, 1);
        assertThat(sqns).containsExactly(Long.parseLong(v.out("next_sqn_ind_bitlen0")));
    }

    @Test
    void libosmocoreAutsResyncWithIndLengthFiveAndInd10() throws AucException {
        AucVectors.Vector v = AucVectors.named("auts_libosmocore");
        List<Long> expected = new ArrayList<>();
        expected.add(Long.parseLong(v.out("next_sqn_ind_bitlen5_ind10")));
        v.outAll("then").forEach(s -> expected.add(Long.parseLong(s)));
        assertThat(resyncedSqns(v, 5, 10, expected.size())).isEqualTo(expected);
    }

    /** SQNs (recovered from AUTN) of the vectors of one resync SAI for the auts_libosmocore subscriber. */
    private static List<Long> resyncedSqns(AucVectors.Vector v, int indBitlen, int ind, int count)
            throws AucException {
        byte[] k = v.inHex("k");
        byte[] opc = v.inHex("opc");
        Auth3gData auth3g = Auth3gData.withOpc(AuthAlgorithm.MILENAGE, k, opc, 1000, indBitlen);
        String[] rands = new String[count];
        for (int i = 0; i < count; i++) {
            rands[i] = String.format("%032x", i + 1);
        }
        AuthVectorResult result = new AuthVectorGenerator(FixedRands.of(rands)).generate(
                AuthVectorRequest.of(SubscriberAuthData.only3g(auth3g), ind, count)
                        .withResync(v.inHex("rand_auts"), v.inHex("auts")));
        Milenage milenage = Milenage.withOpc(k, opc);
        List<Long> sqns = result.vectors().stream()
                .map(vec -> Usim.sqnFromAutn(milenage, vec.rand(), vec.autn())).toList();
        assertThat(result.sqnToStore()).hasValue(sqns.get(sqns.size() - 1));
        return sqns;
    }

    private static AuthVectorResult generate(SubscriberAuthData data, int ind, String randHex) throws AucException {
        return new AuthVectorGenerator(FixedRands.of(randHex)).generate(AuthVectorRequest.of(data, ind, 1));
    }

    private static AuthVector single(AuthVectorResult result) {
        assertThat(result.vectors()).hasSize(1);
        return result.vectors().get(0);
    }

    private static Auth3gData milenageOpc(AucVectors.Vector v, long storedSqn, int indBitlen) {
        return Auth3gData.withOpc(AuthAlgorithm.MILENAGE, v.inHex("k"), v.inHex("opc"), storedSqn, indBitlen);
    }

    private static long storedBefore(AucVectors.Vector v) {
        return Sqn.fromBytes(v.inHex("sqn")) - 1;
    }

    private static void assertUmtsVector(AuthVector vector, AucVectors.Vector v) {
        assertThat(vector.isUmts()).isTrue();
        assertThat(HexFormat.of().formatHex(vector.rand())).isEqualTo(v.in("rand"));
        assertThat(vector.autn()).as("AUTN").isEqualTo(v.outHex("autn"));
        assertThat(vector.ck()).as("CK").isEqualTo(v.outHex("ck"));
        assertThat(vector.ik()).as("IK").isEqualTo(v.outHex("ik"));
        assertThat(vector.res()).as("RES").isEqualTo(v.outHex("res"));
        assertThat(vector.sres()).as("SRES").isEqualTo(v.outHex("sres"));
        assertThat(vector.kc()).as("Kc").isEqualTo(v.outHex("kc"));
    }
}
