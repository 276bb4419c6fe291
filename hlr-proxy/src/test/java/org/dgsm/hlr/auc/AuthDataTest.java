package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The auth data value types: database parsing as osmo-hlr does it, validation, redaction. */
class AuthDataTest {

    private static final String KI_HEX = "eb215756028d60e3275e613320aec880";
    private static final String K_HEX = "465b5ce8b199b49faa5f0a2ee238a6bc";
    private static final String OP_HEX = "cdc202d5123e20f62b6d676ac72cb318";
    private static final String OPC_HEX = "cd63cb71954a9f4e48a5994e37a02baf";
    private static final String TOP_HEX = "5555555555555555555555555555555555555555555555555555555555555555";

    @Test
    void readsA2gRowCaseInsensitively() throws AucException {
        Auth2gData data = Auth2gData.fromDb(1, KI_HEX.toUpperCase()).orElseThrow();
        assertThat(data.algorithm()).isEqualTo(AuthAlgorithm.COMP128V1);
        assertThat(data.ki()).isEqualTo(HexFormat.of().parseHex(KI_HEX));
        assertThat(Auth2gData.fromDb(6, KI_HEX).orElseThrow().algorithm()).isEqualTo(AuthAlgorithm.XOR_2G);
        assertThat(Auth2gData.fromDb(4, KI_HEX).orElseThrow().algorithm()).isEqualTo(AuthAlgorithm.XOR_3G);
    }

    @Test
    void an2gRowWithUnusableKiOrAlgorithmNoneCountsAsAbsent() throws AucException {
        assertThat(Auth2gData.fromDb(1, KI_HEX.substring(2))).isEmpty();
        assertThat(Auth2gData.fromDb(1, KI_HEX + "00")).isEmpty();
        assertThat(Auth2gData.fromDb(1, "zz" + KI_HEX.substring(2))).isEmpty();
        assertThat(Auth2gData.fromDb(1, null)).isEmpty();
        assertThat(Auth2gData.fromDb(0, KI_HEX)).isEmpty();
    }

    @Test
    void an2gRowWithANon2gAlgorithmIsUnsupported() {
        for (int id : new int[] {5, 7, 8, -1}) {
            AucException e = catchThrowableOfType(AucException.class, () -> Auth2gData.fromDb(id, KI_HEX));
            assertThat(e.reason()).as("id %d", id).isEqualTo(AucException.Reason.UNSUPPORTED_ALGORITHM);
            assertThat(e.gsupCause()).isEqualTo(0x02);
        }
    }

    @Test
    void readsA3gRowWhereOpWinsOverOpc() throws AucException {
        Auth3gData both = Auth3gData.fromDb(5, K_HEX, OP_HEX, OPC_HEX, 33, 5).orElseThrow();
        assertThat(both.op()).isEqualTo(HexFormat.of().parseHex(OP_HEX));
        assertThat(both.opc()).isNull();
        Auth3gData opcOnly = Auth3gData.fromDb(5, K_HEX.toUpperCase(), null, OPC_HEX, 33, 5).orElseThrow();
        assertThat(opcOnly.op()).isNull();
        assertThat(opcOnly.opc()).isEqualTo(HexFormat.of().parseHex(OPC_HEX));
        assertThat(opcOnly.sqn()).isEqualTo(33);
        assertThat(opcOnly.indBitlen()).isEqualTo(5);
        Auth3gData tuak = Auth3gData.fromDb(7, K_HEX + K_HEX, TOP_HEX, null, 0, 5).orElseThrow();
        assertThat(tuak.k()).hasSize(32);
        assertThat(Auth3gData.fromDb(0, K_HEX, null, OPC_HEX, 0, 5)).isEmpty();
    }

    @Test
    void a3gRowWithUnusableKeysIsADatabaseFailure() {
        List<String[]> rows = List.of(new String[] {null, null, OPC_HEX}, new String[] {K_HEX.substring(1), null, OPC_HEX},
                new String[] {K_HEX + "00", null, OPC_HEX}, new String[] {K_HEX, null, null},
                new String[] {K_HEX, "xx" + OP_HEX.substring(2), OPC_HEX}, new String[] {K_HEX, OP_HEX + "0", null});
        for (String[] row : rows) {
            AucException e = catchThrowableOfType(AucException.class,
                    () -> Auth3gData.fromDb(5, row[0], row[1], row[2], 0, 5));
            assertThat(e.reason()).isEqualTo(AucException.Reason.UNUSABLE_AUTH_DATA);
            assertThat(e.gsupCause()).isEqualTo(0x11);
            for (String key : row) {
                if (key != null) {
                    assertThat(e.getMessage()).doesNotContainIgnoringCase(key);
                }
            }
        }
    }

    @Test
    void a3gRowWithANon3gAlgorithmIsUnsupported() {
        AucException e = catchThrowableOfType(AucException.class,
                () -> Auth3gData.fromDb(1, K_HEX, null, OPC_HEX, 0, 5));
        assertThat(e.reason()).isEqualTo(AucException.Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void constructorsRejectImpossibleShapes() {
        byte[] k = new byte[16];
        assertThatThrownBy(() -> new Auth2gData(AuthAlgorithm.MILENAGE, k)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Auth2gData(AuthAlgorithm.COMP128V1, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Auth3gData.withOpc(AuthAlgorithm.COMP128V1, k, k, 0, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Auth3gData.withOpc(AuthAlgorithm.MILENAGE, new byte[24], k, 0, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Auth3gData.withOp(AuthAlgorithm.MILENAGE, k, new byte[8], 0, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsOwnCopiesOfKeys() {
        byte[] ki = HexFormat.of().parseHex(KI_HEX);
        Auth2gData data = new Auth2gData(AuthAlgorithm.COMP128V1, ki);
        ki[0] ^= 1;
        data.ki()[1] ^= 1;
        assertThat(data.ki()).isEqualTo(HexFormat.of().parseHex(KI_HEX));
        assertThat(data).isEqualTo(new Auth2gData(AuthAlgorithm.COMP128V1, HexFormat.of().parseHex(KI_HEX)));
    }

    @Test
    void toStringNeverShowsKeyMaterial() {
        byte[] k = HexFormat.of().parseHex(K_HEX);
        byte[] opc = HexFormat.of().parseHex(OPC_HEX);
        Auth2gData auth2g = new Auth2gData(AuthAlgorithm.COMP128V1, HexFormat.of().parseHex(KI_HEX));
        Auth3gData auth3g = new Auth3gData(AuthAlgorithm.MILENAGE, k, HexFormat.of().parseHex(OP_HEX), opc, 1, 5);
        F2345Output f = Milenage.withOpc(k, opc).f2345(new byte[16]);
        A3A8Output gsm = new A3A8Output(UmtsToGsm.c2(f.res()), UmtsToGsm.c3(f.ck(), f.ik()));
        AuthVector vector = new AuthVector(new byte[16], gsm.sres(), gsm.kc(), f.ik(), f.ck(), new byte[16], f.res());
        String text = String.join(" ", auth2g.toString(), auth3g.toString(), f.toString(), gsm.toString(),
                vector.toString(), AuthVectorRequest.of(new SubscriberAuthData(auth2g, auth3g), 1, 1).toString());
        List<byte[]> secrets = List.of(HexFormat.of().parseHex(KI_HEX), k, HexFormat.of().parseHex(OP_HEX), opc,
                f.res(), f.ck(), f.ik(), gsm.kc(), gsm.sres());
        for (byte[] secret : secrets) {
            assertThat(text).doesNotContainIgnoringCase(HexFormat.of().formatHex(secret));
        }
        assertThat(vector.toString()).contains("00000000000000000000000000000000");
    }

    @Test
    void umtsPartOfAVectorIsAllOrNothing() {
        byte[] b16 = new byte[16];
        assertThatThrownBy(() -> new AuthVector(b16, new byte[4], new byte[8], b16, b16, null, new byte[8]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthVector(b16, new byte[4], new byte[8], b16, b16, b16, new byte[17]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuthVector.gsm(b16, new byte[4], new byte[8]).isUmts()).isFalse();
        assertThat(new AuthVector(b16, new byte[4], new byte[8], b16, b16, b16, new byte[8]).isUmts()).isTrue();
    }
}
