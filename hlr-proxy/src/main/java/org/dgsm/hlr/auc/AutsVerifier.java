package org.dgsm.hlr.auc;

import java.security.MessageDigest;

/**
 * Checks a USIM's resynchronisation token (TS 33.102 §6.3.5, hlr-auc.md §2.5):
 * AUTS = (SQN_MS XOR AK*) || MAC-S with AK* = f5*(RAND) and MAC-S = f1*(SQN_MS, AMF 0000),
 * RAND being the challenge the USIM rejected.
 */
public final class AutsVerifier {

    public static final int AUTS_LENGTH = 14;
    public static final int RAND_LENGTH = 16;
    private static final byte[] RESYNC_AMF = new byte[2];

    private AutsVerifier() {
    }

    /**
     * Verifies {@code auts} and returns SQN_MS, the USIM's highest accepted SQN (48 bits).
     *
     * @throws AucException {@link AucException.Reason#MALFORMED_RESYNC} if AUTS is not 14 bytes
     *     or RAND not 16 bytes; {@link AucException.Reason#AUTS_MAC_MISMATCH} if MAC-S does not
     *     verify. Nothing else is thrown for any input bytes.
     */
    public static long verify(AkaFunctions functions, byte[] rand, byte[] auts) throws AucException {
        if (auts == null || auts.length != AUTS_LENGTH) {
            throw new AucException(AucException.Reason.MALFORMED_RESYNC,
                    "AUTS must be " + AUTS_LENGTH + " bytes, got " + (auts == null ? "none" : auts.length));
        }
        if (rand == null || rand.length != RAND_LENGTH) {
            throw new AucException(AucException.Reason.MALFORMED_RESYNC,
                    "resync RAND must be " + RAND_LENGTH + " bytes, got " + (rand == null ? "none" : rand.length));
        }
        byte[] sqnMs = Bytes.xor(Bytes.slice(auts, 0, 6), functions.f5Star(rand));
        byte[] expectedMacS = functions.f1Star(rand, sqnMs, RESYNC_AMF);
        if (!MessageDigest.isEqual(expectedMacS, Bytes.slice(auts, 6, AUTS_LENGTH))) {
            throw new AucException(AucException.Reason.AUTS_MAC_MISMATCH, "MAC-S of AUTS does not verify");
        }
        return Sqn.fromBytes(sqnMs);
    }
}
