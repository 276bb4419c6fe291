package org.dgsm.hlr.auc;

/**
 * The UMTS AKA function set of one subscriber (TS 33.102 §6.3): an instance is bound to that
 * subscriber's key material. Implementations: {@link Milenage}, {@link Tuak}, {@link Xor3g}.
 * Instances are not thread-safe.
 *
 * <p>All arguments are big-endian byte strings: RAND 16 bytes, SQN 6 bytes, AMF 2 bytes.
 * Wrong lengths are programming errors ({@link IllegalArgumentException}).
 */
public interface AkaFunctions {

    /** f1: the network authentication code MAC-A. */
    byte[] f1(byte[] rand, byte[] sqn, byte[] amf);

    /** f1*: the resynchronisation code MAC-S. */
    byte[] f1Star(byte[] rand, byte[] sqn, byte[] amf);

    /** f2..f5: RES, CK, IK and the anonymity key AK. */
    F2345Output f2345(byte[] rand);

    /** f5*: the anonymity key AK used to conceal SQN_MS in AUTS. */
    byte[] f5Star(byte[] rand);
}
