package org.dgsm.hlr.auc;

/**
 * The conversion functions of 3GPP TS 33.102 §6.8.1.2 that derive GSM values from a UMTS
 * quintet, as osmo uses them for 3G-only subscribers.
 */
public final class UmtsToGsm {

    private UmtsToGsm() {
    }

    /**
     * c2, SRES derivation #1: RES (1..16 bytes) zero-padded to 16 bytes, then the four 4-byte
     * words XORed together.
     */
    public static byte[] c2(byte[] res) {
        if (res == null || res.length == 0 || res.length > 16) {
            throw new IllegalArgumentException("RES must be 1..16 bytes");
        }
        byte[] sres = new byte[4];
        for (int i = 0; i < res.length; i++) {
            sres[i % 4] ^= res[i];
        }
        return sres;
    }

    /** c3: Kc = CK[0..7] XOR CK[8..15] XOR IK[0..7] XOR IK[8..15]. */
    public static byte[] c3(byte[] ck, byte[] ik) {
        Bytes.requireLength(ck, 16, "CK");
        Bytes.requireLength(ik, 16, "IK");
        byte[] kc = new byte[8];
        for (int i = 0; i < 8; i++) {
            kc[i] = (byte) (ck[i] ^ ck[i + 8] ^ ik[i] ^ ik[i + 8]);
        }
        return kc;
    }
}
