package org.dgsm.hlr.core;

import org.dgsm.hlr.auc.Milenage;

import java.util.HexFormat;

/** What a USIM with MILENAGE keys sees in a vector: the SQN in AUTN, and the AUTS it would send back. */
final class UsimSide {

    private final Milenage milenage;

    UsimSide(String kHex, String opcHex) {
        this.milenage = Milenage.withOpc(HexFormat.of().parseHex(kHex), HexFormat.of().parseHex(opcHex));
    }

    /** SQN = AUTN[0..5] XOR AK. */
    long sqnFromAutn(byte[] rand, byte[] autn) {
        byte[] ak = milenage.f2345(rand).ak();
        long sqn = 0;
        for (int i = 0; i < 6; i++) {
            sqn = sqn << 8 | ((autn[i] ^ ak[i]) & 0xff);
        }
        return sqn;
    }

    /** AUTS = (SQN_MS XOR AK*) || MAC-S with AMF 0000. */
    byte[] auts(byte[] rand, long sqnMs) {
        byte[] sqn = new byte[6];
        for (int i = 0; i < 6; i++) {
            sqn[i] = (byte) (sqnMs >>> (8 * (5 - i)));
        }
        byte[] akStar = milenage.f5Star(rand);
        byte[] auts = new byte[14];
        for (int i = 0; i < 6; i++) {
            auts[i] = (byte) (sqn[i] ^ akStar[i]);
        }
        System.arraycopy(milenage.f1Star(rand, sqn, new byte[2]), 0, auts, 6, 8);
        return auts;
    }
}
