package org.dgsm.hlr.auc;

import java.util.Arrays;

/** The USIM side of AKA, to check what the AuC produced (TS 33.102 §6.3.3, §6.3.5). */
final class Usim {

    private Usim() {
    }

    /** SQN concealed in AUTN: AUTN[0..5] XOR f5(RAND). */
    static long sqnFromAutn(AkaFunctions f, byte[] rand, byte[] autn) {
        byte[] ak = f.f2345(rand).ak();
        byte[] sqn = new byte[6];
        for (int i = 0; i < 6; i++) {
            sqn[i] = (byte) (autn[i] ^ ak[i]);
        }
        return Sqn.fromBytes(sqn);
    }

    /** Whether MAC-A in AUTN is f1(RAND, SQN, AMF) for the SQN and AMF AUTN carries. */
    static boolean macMatches(AkaFunctions f, byte[] rand, byte[] autn) {
        byte[] sqn = Sqn.toBytes(sqnFromAutn(f, rand, autn));
        byte[] amf = Arrays.copyOfRange(autn, 6, 8);
        return Arrays.equals(f.f1(rand, sqn, amf), Arrays.copyOfRange(autn, 8, 16));
    }

    /** AUTS = (SQN_MS XOR f5*(RAND)) || f1*(RAND, SQN_MS, AMF 0000). */
    static byte[] auts(AkaFunctions f, byte[] rand, long sqnMs) {
        byte[] sqn = Sqn.toBytes(sqnMs);
        byte[] akStar = f.f5Star(rand);
        byte[] auts = new byte[14];
        for (int i = 0; i < 6; i++) {
            auts[i] = (byte) (sqn[i] ^ akStar[i]);
        }
        System.arraycopy(f.f1Star(rand, sqn, new byte[2]), 0, auts, 6, 8);
        return auts;
    }
}
