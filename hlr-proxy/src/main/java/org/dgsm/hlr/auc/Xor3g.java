package org.dgsm.hlr.auc;

/**
 * The 3G XOR test algorithm of 3GPP TS 34.108 §8.1.2 as osmo implements it. With
 * X = K XOR RAND (16 bytes): RES = X (16 bytes), CK = X rotated left by one byte, IK = X
 * rotated left by two bytes, AK = X[3..8], MAC-A = X[0..7] XOR (SQN || AMF). The
 * resynchronisation functions of §8.1.2.2 use the same formulas: f5* = f5 and f1* = f1.
 */
public final class Xor3g implements AkaFunctions {

    public static final int KEY_LENGTH = 16;
    public static final int RES_LENGTH = 16;

    private final byte[] k;

    private Xor3g(byte[] k) {
        this.k = k;
    }

    public static Xor3g withKey(byte[] k) {
        return new Xor3g(Bytes.requireLength(k, KEY_LENGTH, "K").clone());
    }

    /**
     * XOR-3G used as a 2G algorithm (an {@code auc_2g} row with id 4): SRES = c2(X),
     * Kc = c3(CK, IK).
     */
    public static A3A8Output gsm(byte[] ki, byte[] rand) {
        F2345Output umts = withKey(ki).f2345(rand);
        return new A3A8Output(UmtsToGsm.c2(umts.res()), UmtsToGsm.c3(umts.ck(), umts.ik()));
    }

    @Override
    public byte[] f1(byte[] rand, byte[] sqn, byte[] amf) {
        Bytes.requireLength(sqn, 6, "SQN");
        Bytes.requireLength(amf, 2, "AMF");
        return Bytes.xor(Bytes.slice(x(rand), 0, 8), Bytes.concat(sqn, amf));
    }

    @Override
    public byte[] f1Star(byte[] rand, byte[] sqn, byte[] amf) {
        return f1(rand, sqn, amf);
    }

    @Override
    public F2345Output f2345(byte[] rand) {
        byte[] x = x(rand);
        return new F2345Output(x, Bytes.rotateLeft(x, 1), Bytes.rotateLeft(x, 2), Bytes.slice(x, 3, 9));
    }

    @Override
    public byte[] f5Star(byte[] rand) {
        return Bytes.slice(x(rand), 3, 9);
    }

    private byte[] x(byte[] rand) {
        return Bytes.xor(k, Bytes.requireLength(rand, 16, "RAND"));
    }
}
