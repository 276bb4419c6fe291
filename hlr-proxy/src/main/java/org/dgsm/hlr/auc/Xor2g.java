package org.dgsm.hlr.auc;

/**
 * The 2G XOR test algorithm of 3GPP TS 51.010-1 A.4.1.2: X = Ki XOR RAND, SRES = X[0..3],
 * Kc = X[4..11].
 */
public final class Xor2g {

    private Xor2g() {
    }

    public static A3A8Output compute(byte[] ki, byte[] rand) {
        Bytes.requireLength(ki, 16, "Ki");
        Bytes.requireLength(rand, 16, "RAND");
        byte[] x = Bytes.xor(ki, rand);
        return new A3A8Output(Bytes.slice(x, 0, 4), Bytes.slice(x, 4, 12));
    }
}
