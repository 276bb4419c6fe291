package org.dgsm.hlr.auc;

import java.util.Arrays;

/**
 * Result of a GSM A3/A8 computation: SRES (4 bytes) and the ciphering key Kc (8 bytes).
 * Kc is a session key, so {@link #toString()} does not show it.
 */
public record A3A8Output(byte[] sres, byte[] kc) {

    public static final int SRES_LENGTH = 4;
    public static final int KC_LENGTH = 8;

    public A3A8Output {
        sres = Bytes.requireLength(sres, SRES_LENGTH, "SRES").clone();
        kc = Bytes.requireLength(kc, KC_LENGTH, "Kc").clone();
    }

    @Override
    public byte[] sres() {
        return sres.clone();
    }

    @Override
    public byte[] kc() {
        return kc.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof A3A8Output other && Arrays.equals(sres, other.sres) && Arrays.equals(kc, other.kc);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sres) + Arrays.hashCode(kc);
    }

    @Override
    public String toString() {
        return "A3A8Output[sres=" + Bytes.redacted(sres) + ", kc=" + Bytes.redacted(kc) + "]";
    }
}
