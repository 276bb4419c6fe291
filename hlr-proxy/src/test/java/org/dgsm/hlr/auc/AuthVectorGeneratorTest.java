package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The SAI rules of hlr-auc.md §2 beyond the published vectors. */
class AuthVectorGeneratorTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] KI = HEX.parseHex("eb215756028d60e3275e613320aec880");
    private static final byte[] K = HEX.parseHex("465b5ce8b199b49faa5f0a2ee238a6bc");
    private static final byte[] OP = HEX.parseHex("cdc202d5123e20f62b6d676ac72cb318");
    private static final byte[] OPC = HEX.parseHex("cd63cb71954a9f4e48a5994e37a02baf");
    private static final Milenage MILENAGE = Milenage.withOpc(K, OPC);

    private final AuthVectorGenerator generator = new AuthVectorGenerator(seededRands(1));

    @Test
    void producesTheRequestedNumberOfVectorsEachWithItsOwnRand() throws AucException {
        AuthVectorResult result = generator.generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 5));
        assertThat(result.vectors()).hasSize(5);
        assertThat(result.vectors().stream().map(v -> HEX.formatHex(v.rand())).distinct()).hasSize(5);
    }

    @Test
    void vectorCountComesFromTheIeWhenOneToFiveElseFive() {
        assertThat(AuthVectorRequest.vectorCountFromIe(0)).isEqualTo(5);
        assertThat(AuthVectorRequest.vectorCountFromIe(1)).isEqualTo(1);
        assertThat(AuthVectorRequest.vectorCountFromIe(3)).isEqualTo(3);
        assertThat(AuthVectorRequest.vectorCountFromIe(5)).isEqualTo(5);
        assertThat(AuthVectorRequest.vectorCountFromIe(6)).isEqualTo(5);
        assertThat(AuthVectorRequest.vectorCountFromIe(-1)).isEqualTo(5);
    }

    @Test
    void rejectsVectorCountsOutsideOneToFive() {
        assertThatThrownBy(() -> AuthVectorRequest.of(milenageOnly(0, 5), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthVectorRequest.of(milenageOnly(0, 5), 0, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sqnAdvancesOneSeqPerVectorKeepingTheInd() throws AucException {
        AuthVectorResult result = generator.generate(AuthVectorRequest.of(milenageOnly(0, 5), 3, 5));
        assertThat(sqns(result)).containsExactly(35L, 67L, 99L, 131L, 163L);
        assertThat(result.sqnToStore()).hasValue(163L);
    }

    @Test
    void sqnContinuesAcrossSaisFromDifferentVlrs() throws AucException {
        long stored = 0;
        long[] expected = {33, 66, 97, 131};
        int[] inds = {1, 2, 1, 3};
        for (int i = 0; i < inds.length; i++) {
            AuthVectorResult result = generator.generate(AuthVectorRequest.of(milenageOnly(stored, 5), inds[i], 1));
            assertThat(sqns(result)).containsExactly(expected[i]);
            stored = result.sqnToStore().orElseThrow();
        }
    }

    @Test
    void indIsReducedModuloTheSubscribersIndLength() throws AucException {
        AuthVectorResult fiveBits = generator.generate(AuthVectorRequest.of(milenageOnly(0, 5), 33, 1));
        assertThat(sqns(fiveBits)).containsExactly(33L);
        AuthVectorResult twoBits = generator.generate(AuthVectorRequest.of(milenageOnly(0, 2), 6, 1));
        assertThat(sqns(twoBits)).containsExactly(6L);
        AuthVectorResult noBits = generator.generate(AuthVectorRequest.of(milenageOnly(41, 0), 9, 2));
        assertThat(sqns(noBits)).containsExactly(42L, 43L);
    }

    @Test
    void twoGOnlyGivesTripletsAndNoSqn() throws AucException {
        SubscriberAuthData data = SubscriberAuthData.only2g(new Auth2gData(AuthAlgorithm.COMP128V1, KI));
        AuthVectorResult result = generator.generate(AuthVectorRequest.of(data, 1, 3));
        assertThat(result.sqnToStore()).isEmpty();
        for (AuthVector v : result.vectors()) {
            assertThat(v.isUmts()).isFalse();
            assertThat(v.autn()).isNull();
            A3A8Output expected = Comp128v1.compute(KI, v.rand());
            assertThat(v.sres()).isEqualTo(expected.sres());
            assertThat(v.kc()).isEqualTo(expected.kc());
        }
    }

    @Test
    void twoGOnlyUsesEachSupportedAlgorithm() throws AucException {
        byte[] rand = HEX.parseHex("00102030405060708090a0b0c0d0e0f0");
        assertThat(triplet(AuthAlgorithm.COMP128V2, rand)).isEqualTo(Comp128v2.compute(KI, rand));
        assertThat(triplet(AuthAlgorithm.COMP128V3, rand)).isEqualTo(Comp128v3.compute(KI, rand));
        assertThat(triplet(AuthAlgorithm.XOR_2G, rand)).isEqualTo(Xor2g.compute(KI, rand));
    }

    @Test
    void xor3gInThe2gTableGivesC2C3OfX() throws AucException {
        AucVectors.Vector v = AucVectors.named("auc_xor_3g");
        SubscriberAuthData data = SubscriberAuthData.only2g(new Auth2gData(AuthAlgorithm.XOR_3G, v.inHex("k")));
        AuthVector vector = new AuthVectorGenerator(FixedRands.of(v.in("rand")))
                .generate(AuthVectorRequest.of(data, 0, 1)).vectors().get(0);
        assertThat(vector.isUmts()).isFalse();
        assertThat(vector.sres()).isEqualTo(v.outHex("sres"));
        assertThat(vector.kc()).isEqualTo(v.outHex("kc"));
    }

    @Test
    void threeGOnlyDerivesSresAndKcWithC2AndC3() throws AucException {
        AuthVectorResult result = generator.generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 2));
        for (AuthVector v : result.vectors()) {
            assertThat(v.sres()).isEqualTo(UmtsToGsm.c2(v.res()));
            assertThat(v.kc()).isEqualTo(UmtsToGsm.c3(v.ck(), v.ik()));
            F2345Output expected = MILENAGE.f2345(v.rand());
            assertThat(v.res()).hasSize(8).isEqualTo(expected.res());
            assertThat(v.ck()).isEqualTo(expected.ck());
            assertThat(v.ik()).isEqualTo(expected.ik());
        }
    }

    @Test
    void twoGPlusThreeGTakesSresAndKcFromThe2gAlgorithmOnTheSameRand() throws AucException {
        SubscriberAuthData data = new SubscriberAuthData(new Auth2gData(AuthAlgorithm.COMP128V3, KI),
                milenageOnly(0, 5).auth3g());
        AuthVectorResult result = generator.generate(AuthVectorRequest.of(data, 1, 2));
        assertThat(result.sqnToStore()).hasValue(65L);
        for (AuthVector v : result.vectors()) {
            assertThat(v.isUmts()).isTrue();
            A3A8Output gsm = Comp128v3.compute(KI, v.rand());
            assertThat(v.sres()).isEqualTo(gsm.sres()).isNotEqualTo(UmtsToGsm.c2(v.res()));
            assertThat(v.kc()).isEqualTo(gsm.kc());
            assertThat(Usim.macMatches(MILENAGE, v.rand(), v.autn())).isTrue();
        }
    }

    @Test
    void amfIsZeroWithoutTheSeparationBit() throws AucException {
        AuthVector v = generator.generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 1)).vectors().get(0);
        assertThat(Arrays.copyOfRange(v.autn(), 6, 8)).containsExactly(0x00, 0x00);
        assertThat(Usim.macMatches(MILENAGE, v.rand(), v.autn())).isTrue();
    }

    @Test
    void separationBitSetsAmf8000AndTheMacCoversIt() throws AucException {
        AuthVector v = generator.generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 1).withSeparationBit(true))
                .vectors().get(0);
        assertThat(Arrays.copyOfRange(v.autn(), 6, 8)).containsExactly(0x80, 0x00);
        assertThat(Usim.macMatches(MILENAGE, v.rand(), v.autn())).isTrue();
    }

    @Test
    void opWinsOverOpcWhenBothAreStored() throws AucException {
        byte[] wrongOpc = new byte[16];
        Auth3gData both = new Auth3gData(AuthAlgorithm.MILENAGE, K, OP, wrongOpc, 0, 5);
        AuthVector v = generator.generate(AuthVectorRequest.of(SubscriberAuthData.only3g(both), 1, 1)).vectors().get(0);
        assertThat(Usim.macMatches(MILENAGE, v.rand(), v.autn())).isTrue();
        assertThat(v.res()).isEqualTo(MILENAGE.f2345(v.rand()).res());
    }

    @Test
    void tuakSubscriberGetsOsmoLengthsAndTopIsDerivedPerRequest() throws AucException {
        AucVectors.Vector set = AucVectors.named("tuak TS 35.233 Section 6.4 Test Set 2");
        byte[] k = set.inHex("K");
        Tuak tuak = Tuak.withTopc(k, set.outHex("TOPc"), Tuak.OSMO_LENGTHS, 1);
        for (Auth3gData data : List.of(Auth3gData.withOp(AuthAlgorithm.TUAK, k, set.inHex("TOP"), 64, 5),
                Auth3gData.withOpc(AuthAlgorithm.TUAK, k, set.outHex("TOPc"), 64, 5))) {
            AuthVectorResult result = generator.generate(AuthVectorRequest.of(SubscriberAuthData.only3g(data), 2, 2));
            assertThat(sqns(result, tuak)).containsExactly(98L, 130L);
            for (AuthVector v : result.vectors()) {
                assertThat(Usim.macMatches(tuak, v.rand(), v.autn())).isTrue();
                assertThat(v.res()).hasSize(8).isEqualTo(tuak.f2345(v.rand()).res());
                assertThat(v.sres()).isEqualTo(UmtsToGsm.c2(v.res()));
            }
        }
    }

    @Test
    void xor3gUsesTheStoredSqnForEveryVector() throws AucException {
        Xor3g xor = Xor3g.withKey(K);
        Auth3gData data = new Auth3gData(AuthAlgorithm.XOR_3G, K, null, OPC, 1234, 5);
        AuthVectorResult result = generator.generate(AuthVectorRequest.of(SubscriberAuthData.only3g(data), 3, 3));
        assertThat(sqns(result, xor)).containsExactly(1234L, 1234L, 1234L);
        assertThat(result.sqnToStore()).hasValue(1234L);
        assertThat(result.vectors()).allMatch(v -> v.res().length == 16 && Usim.macMatches(xor, v.rand(), v.autn()));
    }

    @Test
    void xor3gResyncUsesTheRejectedChallengesRandAndKeepsSqnMs() throws AucException {
        Xor3g xor = Xor3g.withKey(K);
        byte[] rejectedRand = HEX.parseHex("0f0e0d0c0b0a09080706050403020100");
        byte[] auts = Usim.auts(xor, rejectedRand, 777);
        Auth3gData data = new Auth3gData(AuthAlgorithm.XOR_3G, K, null, OPC, 5000, 5);
        AuthVectorResult result = generator.generate(
                AuthVectorRequest.of(SubscriberAuthData.only3g(data), 1, 2).withResync(rejectedRand, auts));
        assertThat(sqns(result, xor)).containsExactly(777L, 777L);
        assertThat(result.sqnToStore()).hasValue(777L);
    }

    @Test
    void resyncAppliesToTheFirstVectorAndTheRestFollow() throws AucException {
        byte[] rejectedRand = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] auts = Usim.auts(MILENAGE, rejectedRand, 23);
        AuthVectorResult result = generator.generate(
                AuthVectorRequest.of(milenageOnly(131, 0), 0, 3).withResync(rejectedRand, auts));
        assertThat(sqns(result)).containsExactly(24L, 25L, 26L);
        assertThat(result.sqnToStore()).hasValue(26L);
    }

    @Test
    void resyncMayMoveTheStoredSqnBackwards() throws AucException {
        byte[] rejectedRand = HEX.parseHex("ffeeddccbbaa99887766554433221100");
        byte[] auts = Usim.auts(MILENAGE, rejectedRand, 23);
        AuthVectorResult result = generator.generate(
                AuthVectorRequest.of(milenageOnly(131, 5), 3, 1).withResync(rejectedRand, auts));
        assertThat(result.sqnToStore()).hasValue(35L);
    }

    @Test
    void subscriberWithoutAuthDataGetsCause02() {
        AucException e = failure(AuthVectorRequest.of(new SubscriberAuthData(null, null), 1, 1));
        assertThat(e.reason()).isEqualTo(AucException.Reason.NO_AUTH_DATA);
        assertThat(e.gsupCause()).isEqualTo(0x02);
    }

    @Test
    void missingAuthDataIsReportedBeforeAnIncompleteResync() {
        AucException e = failure(AuthVectorRequest.of(new SubscriberAuthData(null, null), 1, 1)
                .withResync(null, new byte[14]));
        assertThat(e.reason()).isEqualTo(AucException.Reason.NO_AUTH_DATA);
    }

    @Test
    void autsWithoutRandGetsCause11() {
        AucException e = failure(AuthVectorRequest.of(milenageOnly(0, 5), 1, 1).withResync(null, new byte[14]));
        assertThat(e.reason()).isEqualTo(AucException.Reason.INCOMPLETE_RESYNC);
        assertThat(e.gsupCause()).isEqualTo(0x11);
    }

    @Test
    void randWithoutAutsGetsCause11() {
        AucException e = failure(AuthVectorRequest.of(milenageOnly(0, 5), 1, 1).withResync(new byte[16], null));
        assertThat(e.reason()).isEqualTo(AucException.Reason.INCOMPLETE_RESYNC);
        assertThat(e.gsupCause()).isEqualTo(0x11);
    }

    @Test
    void autsForATwoGOnlySubscriberGetsCause11() {
        SubscriberAuthData data = SubscriberAuthData.only2g(new Auth2gData(AuthAlgorithm.COMP128V1, KI));
        AucException e = failure(AuthVectorRequest.of(data, 1, 1).withResync(new byte[16], new byte[14]));
        assertThat(e.reason()).isEqualTo(AucException.Reason.RESYNC_WITHOUT_3G_DATA);
        assertThat(e.gsupCause()).isEqualTo(0x11);
    }

    @Test
    void autsWithABadMacGetsCause02AndNoVector() {
        byte[] rejectedRand = new byte[16];
        byte[] auts = Usim.auts(MILENAGE, rejectedRand, 23);
        auts[13] ^= 0x01;
        AucException e = failure(AuthVectorRequest.of(milenageOnly(0, 5), 1, 5).withResync(rejectedRand, auts));
        assertThat(e.reason()).isEqualTo(AucException.Reason.AUTS_MAC_MISMATCH);
        assertThat(e.gsupCause()).isEqualTo(0x02);
    }

    @Test
    void autsOfTheWrongLengthIsMalformed() {
        AucException e = failure(AuthVectorRequest.of(milenageOnly(0, 5), 1, 1).withResync(new byte[16], new byte[13]));
        assertThat(e.reason()).isEqualTo(AucException.Reason.MALFORMED_RESYNC);
        assertThat(e.gsupCause()).isEqualTo(0x64);
    }

    @Test
    void indLengthAbove28IsRefused() {
        AucException e = failure(AuthVectorRequest.of(milenageOnly(0, 29), 1, 1));
        assertThat(e.reason()).isEqualTo(AucException.Reason.INVALID_IND_BITLEN);
        assertThat(e.gsupCause()).isEqualTo(0x02);
        assertThat(failure(AuthVectorRequest.of(milenageOnly(0, -1), 1, 1)).reason())
                .isEqualTo(AucException.Reason.INVALID_IND_BITLEN);
    }

    @Test
    void keyLengthsMustFitTheAlgorithm() {
        Auth3gData milenageLongK = Auth3gData.withOpc(AuthAlgorithm.MILENAGE, new byte[32], OPC, 0, 5);
        Auth3gData tuakShortTopc = Auth3gData.withOpc(AuthAlgorithm.TUAK, K, OPC, 0, 5);
        Auth3gData xorLongK = Auth3gData.withOpc(AuthAlgorithm.XOR_3G, new byte[32], OPC, 0, 5);
        for (Auth3gData data : List.of(milenageLongK, tuakShortTopc, xorLongK)) {
            AucException e = failure(AuthVectorRequest.of(SubscriberAuthData.only3g(data), 1, 1));
            assertThat(e.reason()).as(data.toString()).isEqualTo(AucException.Reason.KEY_LENGTH_MISMATCH);
        }
    }

    @Test
    void milenageWithoutOpOrOpcIsUnusable() {
        Auth3gData data = new Auth3gData(AuthAlgorithm.MILENAGE, K, null, null, 0, 5);
        AucException e = failure(AuthVectorRequest.of(SubscriberAuthData.only3g(data), 1, 1));
        assertThat(e.reason()).isEqualTo(AucException.Reason.UNUSABLE_AUTH_DATA);
        assertThat(e.gsupCause()).isEqualTo(0x11);
    }

    @Test
    void aFailingFirstRandYieldsNoVector() {
        AuthVectorGenerator broken = new AuthVectorGenerator(() -> {
            throw new IllegalStateException("entropy pool gone");
        });
        AucException e = catchThrowableOfType(AucException.class,
                () -> broken.generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 1)));
        assertThat(e.reason()).isEqualTo(AucException.Reason.RAND_UNAVAILABLE);
        AuthVectorGenerator shortRand = new AuthVectorGenerator(() -> new byte[8]);
        assertThat(catchThrowableOfType(AucException.class,
                () -> shortRand.generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 1))).reason())
                .isEqualTo(AucException.Reason.RAND_UNAVAILABLE);
    }

    @Test
    void aLaterFailureReturnsTheVectorsComputedSoFar() throws AucException {
        AuthVectorGenerator twoRands = new AuthVectorGenerator(
                FixedRands.of("00000000000000000000000000000001", "00000000000000000000000000000002"));
        AuthVectorResult result = twoRands.generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 5));
        assertThat(result.vectors()).hasSize(2);
        assertThat(sqns(result)).containsExactly(33L, 65L);
        assertThat(result.sqnToStore()).hasValue(65L);
    }

    @Test
    void theRandSourceIsAskedOncePerVector() throws AucException {
        AtomicInteger calls = new AtomicInteger();
        RandSource counting = () -> {
            calls.incrementAndGet();
            return new byte[16];
        };
        new AuthVectorGenerator(counting).generate(AuthVectorRequest.of(milenageOnly(0, 5), 1, 4));
        assertThat(calls).hasValue(4);
    }

    private AucException failure(AuthVectorRequest request) {
        AucException e = catchThrowableOfType(AucException.class, () -> generator.generate(request));
        assertThat(e).as("expected an AucException").isNotNull();
        return e;
    }

    private A3A8Output triplet(AuthAlgorithm algorithm, byte[] rand) throws AucException {
        SubscriberAuthData data = SubscriberAuthData.only2g(new Auth2gData(algorithm, KI));
        AuthVector v = new AuthVectorGenerator(FixedRands.of(rand)).generate(AuthVectorRequest.of(data, 0, 1))
                .vectors().get(0);
        return new A3A8Output(v.sres(), v.kc());
    }

    private static SubscriberAuthData milenageOnly(long storedSqn, int indBitlen) {
        return SubscriberAuthData.only3g(Auth3gData.withOpc(AuthAlgorithm.MILENAGE, K, OPC, storedSqn, indBitlen));
    }

    private static List<Long> sqns(AuthVectorResult result) {
        return sqns(result, MILENAGE);
    }

    private static List<Long> sqns(AuthVectorResult result, AkaFunctions f) {
        return result.vectors().stream().map(v -> Usim.sqnFromAutn(f, v.rand(), v.autn())).toList();
    }

    private static RandSource seededRands(long seed) {
        return RandSource.from(new SplittableRandom(seed));
    }
}
