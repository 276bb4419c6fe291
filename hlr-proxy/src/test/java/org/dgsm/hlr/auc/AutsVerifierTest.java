package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutsVerifierTest {

    @Test
    void recoversSqnMsOfTheLibosmocoreVector() throws AucException {
        AucVectors.Vector v = AucVectors.named("auts_libosmocore");
        Milenage m = Milenage.withOpc(v.inHex("k"), v.inHex("opc"));
        long sqnMs = AutsVerifier.verify(m, v.inHex("rand_auts"), v.inHex("auts"));
        assertThat(sqnMs).isEqualTo(Sqn.fromBytes(v.outHex("sqn_ms"))).isEqualTo(31);
        assertThat(m.f1Star(v.inHex("rand_auts"), Sqn.toBytes(sqnMs), new byte[2])).isEqualTo(v.outHex("mac_s"));
    }

    @Test
    void recoversSqnMsOfTheOsmoHlrVector() throws AucException {
        AucVectors.Vector v = AucVectors.named("auc_3g_auts_resync");
        Milenage m = Milenage.withOpc(v.inHex("k"), v.inHex("opc"));
        assertThat(AutsVerifier.verify(m, v.inHex("rand_auts"), v.inHex("auts")))
                .isEqualTo(Sqn.fromBytes(v.outHex("sqn_ms")));
    }

    @Test
    void rejectsAnyFlippedBit() {
        AucVectors.Vector v = AucVectors.named("auts_libosmocore");
        Milenage m = Milenage.withOpc(v.inHex("k"), v.inHex("opc"));
        for (int bit = 0; bit < 14 * 8; bit++) {
            byte[] auts = v.inHex("auts");
            auts[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            AucException e = catchThrowableOfType(AucException.class,
                    () -> AutsVerifier.verify(m, v.inHex("rand_auts"), auts));
            assertThat(e).as("bit %d", bit).isNotNull();
            assertThat(e.reason()).isEqualTo(AucException.Reason.AUTS_MAC_MISMATCH);
        }
    }

    @Test
    void rejectsTheRightAutsWithAnotherRand() {
        AucVectors.Vector v = AucVectors.named("auts_libosmocore");
        Milenage m = Milenage.withOpc(v.inHex("k"), v.inHex("opc"));
        byte[] otherRand = HexFormat.of().parseHex("00000000000000000000000000000001");
        AucException e = catchThrowableOfType(AucException.class, () -> AutsVerifier.verify(m, otherRand,
                v.inHex("auts")));
        assertThat(e.reason()).isEqualTo(AucException.Reason.AUTS_MAC_MISMATCH);
    }

    @Test
    void rejectsWrongLengthsAndMissingValuesAsMalformed() {
        Milenage m = Milenage.withOpc(new byte[16], new byte[16]);
        List<byte[][]> cases = List.of(new byte[][] {new byte[16], new byte[13]},
                new byte[][] {new byte[16], new byte[15]}, new byte[][] {new byte[15], new byte[14]},
                new byte[][] {new byte[16], null}, new byte[][] {null, new byte[14]});
        for (byte[][] c : cases) {
            AucException e = catchThrowableOfType(AucException.class, () -> AutsVerifier.verify(m, c[0], c[1]));
            assertThat(e.reason()).isEqualTo(AucException.Reason.MALFORMED_RESYNC);
            assertThat(e.gsupCause()).isEqualTo(0x64);
        }
    }

    @Test
    void verifiesAutsOfEveryThreeGAlgorithm() throws AucException {
        byte[] rand = HexFormat.of().parseHex("8899aabbccddeeff0011223344556677");
        byte[] k = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] top = new byte[32];
        top[0] = 0x55;
        List<AkaFunctions> all = List.of(Milenage.withOp(k, k), Tuak.withTop(k, top, Tuak.OSMO_LENGTHS, 1),
                Xor3g.withKey(k));
        for (AkaFunctions f : all) {
            assertThat(AutsVerifier.verify(f, rand, Usim.auts(f, rand, Sqn.MAX))).isEqualTo(Sqn.MAX);
            assertThat(AutsVerifier.verify(f, rand, Usim.auts(f, rand, 0))).isZero();
        }
    }
}
