package org.dgsm.hlr.auc;

/**
 * COMP128v2: identical to {@link Comp128v3} except that Kc is cut to 54 significant bits
 * (its last 10 bits are forced to zero).
 */
public final class Comp128v2 {

    private Comp128v2() {
    }

    public static A3A8Output compute(byte[] ki, byte[] rand) {
        A3A8Output full = Comp128v3.compute(ki, rand);
        byte[] kc = full.kc();
        kc[6] &= (byte) 0xfc;
        kc[7] = 0;
        return new A3A8Output(full.sres(), kc);
    }
}
