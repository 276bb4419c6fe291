package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * What the AuC produces must pass the USIM's checks: the MAC in AUTN is f1 of the SQN it
 * conceals, RES is f2, and SRES/Kc follow c2/c3 for a 3G-only subscriber. Also structural
 * properties of the 2G algorithms.
 */
class AkaRoundTripPropertiesTest {

    @Property(tries = 300)
    void milenageVectorsPassTheUsimChecks(@ForAll @Size(16) byte[] k, @ForAll @Size(16) byte[] opc,
            @ForAll @LongRange(min = 0, max = 1L << 40) long storedSqn, @ForAll @IntRange(min = 0, max = 8) int bitlen,
            @ForAll @IntRange(min = 0, max = 1000) int vlrInd, @ForAll boolean separationBit) throws AucException {
        Auth3gData data = Auth3gData.withOpc(AuthAlgorithm.MILENAGE, k, opc, storedSqn, bitlen);
        assertVectorsPassUsimChecks(data, Milenage.withOpc(k, opc), vlrInd, separationBit);
    }

    @Property(tries = 200)
    void tuakVectorsPassTheUsimChecks(@ForAll @Size(min = 16, max = 32) byte[] anyK, @ForAll @Size(32) byte[] top,
            @ForAll @LongRange(min = 0, max = 1L << 40) long storedSqn, @ForAll @IntRange(min = 0, max = 8) int bitlen,
            @ForAll @IntRange(min = 0, max = 1000) int vlrInd, @ForAll boolean separationBit) throws AucException {
        byte[] k = Arrays.copyOf(anyK, anyK.length > 24 ? 32 : 16);
        Auth3gData data = Auth3gData.withOp(AuthAlgorithm.TUAK, k, top, storedSqn, bitlen);
        assertVectorsPassUsimChecks(data, Tuak.withTop(k, top, Tuak.OSMO_LENGTHS, 1), vlrInd, separationBit);
    }

    @Property(tries = 300)
    void xor3gVectorsPassTheUsimChecks(@ForAll @Size(16) byte[] k,
            @ForAll @LongRange(min = 0, max = Sqn.MAX) long storedSqn, @ForAll boolean separationBit)
            throws AucException {
        Auth3gData data = new Auth3gData(AuthAlgorithm.XOR_3G, k, null, null, storedSqn, 5);
        assertVectorsPassUsimChecks(data, Xor3g.withKey(k), 0, separationBit);
    }

    @Property(tries = 300)
    void f1AndF1StarAreDomainSeparated(@ForAll @Size(16) byte[] k, @ForAll @Size(16) byte[] opc,
            @ForAll @Size(32) byte[] topc, @ForAll @Size(16) byte[] rand, @ForAll @Size(6) byte[] sqn,
            @ForAll @Size(2) byte[] amf) {
        for (AkaFunctions f : new AkaFunctions[] {Milenage.withOpc(k, opc), Tuak.withTopc(k, topc, Tuak.OSMO_LENGTHS, 1)}) {
            byte[] macA = f.f1(rand, sqn, amf);
            byte[] macS = f.f1Star(rand, sqn, amf);
            assertThat(macA).hasSize(8).isNotEqualTo(macS);
            assertThat(f.f1(rand, sqn, amf)).isEqualTo(macA);
        }
    }

    @Property(tries = 500)
    void comp128v1AndV2KcCarry54BitsAndV2IsV3Truncated(@ForAll @Size(16) byte[] ki, @ForAll @Size(16) byte[] rand) {
        byte[] kcV1 = Comp128v1.compute(ki, rand).kc();
        A3A8Output v2 = Comp128v2.compute(ki, rand);
        A3A8Output v3 = Comp128v3.compute(ki, rand);
        assertThat(kcV1[7]).isZero();
        assertThat(kcV1[6] & 0x03).isZero();
        assertThat(v2.sres()).isEqualTo(v3.sres());
        byte[] truncated = v3.kc();
        truncated[6] &= (byte) 0xfc;
        truncated[7] = 0;
        assertThat(v2.kc()).isEqualTo(truncated);
    }

    private static void assertVectorsPassUsimChecks(Auth3gData data, AkaFunctions usim, int vlrInd,
            boolean separationBit) throws AucException {
        AuthVectorRequest request = AuthVectorRequest.of(SubscriberAuthData.only3g(data), vlrInd, 3)
                .withSeparationBit(separationBit);
        AuthVectorResult result = new AuthVectorGenerator(RandSource.from(new SplittableRandom(vlrInd)))
                .generate(request);
        boolean advances = data.algorithm() != AuthAlgorithm.XOR_3G;
        long expectedSqn = data.sqn();
        for (AuthVector v : result.vectors()) {
            if (advances) {
                expectedSqn = Sqn.next(expectedSqn, Sqn.reduceInd(vlrInd, data.indBitlen()), data.indBitlen());
            }
            assertThat(Usim.sqnFromAutn(usim, v.rand(), v.autn())).isEqualTo(expectedSqn & Sqn.MAX);
            assertThat(Usim.macMatches(usim, v.rand(), v.autn())).isTrue();
            assertThat(v.autn()[6] & 0xff).isEqualTo(separationBit ? 0x80 : 0x00);
            F2345Output expected = usim.f2345(v.rand());
            assertThat(v.res()).isEqualTo(expected.res());
            assertThat(v.ck()).isEqualTo(expected.ck());
            assertThat(v.ik()).isEqualTo(expected.ik());
            assertThat(v.sres()).isEqualTo(UmtsToGsm.c2(expected.res()));
            assertThat(v.kc()).isEqualTo(UmtsToGsm.c3(expected.ck(), expected.ik()));
        }
        assertThat(result.sqnToStore()).hasValue(expectedSqn);
    }
}
