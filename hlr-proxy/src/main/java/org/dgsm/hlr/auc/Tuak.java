package org.dgsm.hlr.auc;

import java.nio.charset.StandardCharsets;

/**
 * TUAK (3GPP TS 35.231): the Keccak-f[1600] based f1, f1*, f2..f5, f5* and the TOPc
 * derivation, for a 128- or 256-bit K, with the output lengths and Keccak iteration count
 * as parameters.
 *
 * <p>Every function fills the 1600-bit state the same way and differs only in the INSTANCE
 * octet. In byte terms (state byte 0 first), with each multi-byte field stored byte-reversed:
 * <pre>
 *   0..31   TOPc (TOP when deriving TOPc)
 *   32      INSTANCE
 *   33..39  ALGONAME "TUAK1.0"
 *   40..55  RAND              (zero for TOPc)
 *   56..57  AMF               (f1 and f1* only, zero otherwise)
 *   58..63  SQN               (f1 and f1* only, zero otherwise)
 *   64..95  K (a 128-bit K fills 64..79, 80..95 stay zero)
 *   96      0x1f, 135: 0x80   (the padding); everything else zero
 * </pre>
 * After the permutation(s), outputs are read byte-reversed: MAC / RES / TOPc from byte 0,
 * CK from byte 32, IK from byte 64, AK from byte 96.
 *
 * <p>An instance is bound to one subscriber's K and TOPc and is not thread-safe.
 */
public final class Tuak implements AkaFunctions {

    /** Output lengths in bytes: MAC 8/16/32, RES 4/8/16/32, CK and IK 16/32. */
    public record Lengths(int macBytes, int resBytes, int ckBytes, int ikBytes) {
        public Lengths {
            if (macBytes != 8 && macBytes != 16 && macBytes != 32) {
                throw new IllegalArgumentException("TUAK MAC length must be 8, 16 or 32 bytes");
            }
            if (resBytes != 4 && resBytes != 8 && resBytes != 16 && resBytes != 32) {
                throw new IllegalArgumentException("TUAK RES length must be 4, 8, 16 or 32 bytes");
            }
            if ((ckBytes != 16 && ckBytes != 32) || (ikBytes != 16 && ikBytes != 32)) {
                throw new IllegalArgumentException("TUAK CK and IK lengths must be 16 or 32 bytes");
            }
        }
    }

    /** What osmo uses in vectors: 64-bit MAC, 64-bit RES, 128-bit CK and IK. */
    public static final Lengths OSMO_LENGTHS = new Lengths(8, 8, 16, 16);
    /** TS 35.231's default, and osmo's fixed, number of Keccak iterations. */
    public static final int DEFAULT_KECCAK_ITERATIONS = 1;
    public static final int TOP_LENGTH = 32;

    private static final byte[] ALGONAME = "TUAK1.0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NO_RAND = new byte[16];
    private static final byte[] NO_AMF = new byte[2];
    private static final byte[] NO_SQN = new byte[6];

    private static final int INSTANCE_F1 = 0x00;
    private static final int INSTANCE_F1_STAR = 0x80;
    private static final int INSTANCE_F2345 = 0x40;
    private static final int INSTANCE_F5_STAR = 0xc0;
    private static final int INSTANCE_CK_256 = 0x04;
    private static final int INSTANCE_IK_256 = 0x02;
    private static final int INSTANCE_K_256 = 0x01;

    private final byte[] k;
    private final byte[] topc;
    private final Lengths lengths;
    private final int iterations;

    private Tuak(byte[] k, byte[] topc, Lengths lengths, int iterations) {
        this.k = k;
        this.topc = topc;
        this.lengths = lengths;
        this.iterations = iterations;
    }

    /** Functions for a subscriber whose TOPc is stored. */
    public static Tuak withTopc(byte[] k, byte[] topc, Lengths lengths, int keccakIterations) {
        requireKey(k);
        Bytes.requireLength(topc, TOP_LENGTH, "TOPc");
        requireIterations(keccakIterations);
        return new Tuak(k.clone(), topc.clone(), requireNonNull(lengths), keccakIterations);
    }

    /** Functions for a subscriber whose TOP is stored; TOPc is derived once here. */
    public static Tuak withTop(byte[] k, byte[] top, Lengths lengths, int keccakIterations) {
        return withTopc(k, topc(k, top, keccakIterations), lengths, keccakIterations);
    }

    /** TOPc: the TUAK counterpart of MILENAGE's OPc, derived from TOP and K. */
    public static byte[] topc(byte[] k, byte[] top, int keccakIterations) {
        requireKey(k);
        Bytes.requireLength(top, TOP_LENGTH, "TOP");
        requireIterations(keccakIterations);
        byte[] state = state(top, keyBit(k), NO_RAND, NO_AMF, NO_SQN, k);
        permute(state, keccakIterations);
        return readReversed(state, 0, TOP_LENGTH);
    }

    public Lengths lengths() {
        return lengths;
    }

    @Override
    public byte[] f1(byte[] rand, byte[] sqn, byte[] amf) {
        return mac(INSTANCE_F1, rand, sqn, amf);
    }

    @Override
    public byte[] f1Star(byte[] rand, byte[] sqn, byte[] amf) {
        return mac(INSTANCE_F1_STAR, rand, sqn, amf);
    }

    @Override
    public F2345Output f2345(byte[] rand) {
        int instance = INSTANCE_F2345 | resLengthBits(lengths.resBytes()) | keyBit(k);
        if (lengths.ckBytes() == 32) {
            instance |= INSTANCE_CK_256;
        }
        if (lengths.ikBytes() == 32) {
            instance |= INSTANCE_IK_256;
        }
        byte[] state = run(instance, rand, NO_SQN, NO_AMF);
        return new F2345Output(readReversed(state, 0, lengths.resBytes()), readReversed(state, 32, lengths.ckBytes()),
                readReversed(state, 64, lengths.ikBytes()), readReversed(state, 96, 6));
    }

    @Override
    public byte[] f5Star(byte[] rand) {
        return readReversed(run(INSTANCE_F5_STAR | keyBit(k), rand, NO_SQN, NO_AMF), 96, 6);
    }

    private byte[] mac(int base, byte[] rand, byte[] sqn, byte[] amf) {
        Bytes.requireLength(sqn, 6, "SQN");
        Bytes.requireLength(amf, 2, "AMF");
        int instance = base | macLengthBits(lengths.macBytes()) | keyBit(k);
        return readReversed(run(instance, rand, sqn, amf), 0, lengths.macBytes());
    }

    private byte[] run(int instance, byte[] rand, byte[] sqn, byte[] amf) {
        Bytes.requireLength(rand, 16, "RAND");
        byte[] state = state(topc, instance, rand, amf, sqn, k);
        permute(state, iterations);
        return state;
    }

    private static byte[] state(byte[] top, int instance, byte[] rand, byte[] amf, byte[] sqn, byte[] k) {
        byte[] s = new byte[KeccakF1600.STATE_BYTES];
        writeReversed(s, 0, top);
        s[32] = (byte) instance;
        writeReversed(s, 33, ALGONAME);
        writeReversed(s, 40, rand);
        writeReversed(s, 56, amf);
        writeReversed(s, 58, sqn);
        writeReversed(s, 64, k);
        s[96] = 0x1f;
        s[135] = (byte) 0x80;
        return s;
    }

    private static void permute(byte[] state, int iterations) {
        for (int i = 0; i < iterations; i++) {
            KeccakF1600.permute(state);
        }
    }

    private static int macLengthBits(int macBytes) {
        return macBytes; // 8 -> 0x08, 16 -> 0x10, 32 -> 0x20
    }

    private static int resLengthBits(int resBytes) {
        return resBytes == 4 ? 0x00 : resBytes; // 4 -> 0x00, 8 -> 0x08, 16 -> 0x10, 32 -> 0x20
    }

    private static int keyBit(byte[] k) {
        return k.length == 32 ? INSTANCE_K_256 : 0;
    }

    private static void writeReversed(byte[] state, int offset, byte[] field) {
        for (int i = 0; i < field.length; i++) {
            state[offset + i] = field[field.length - 1 - i];
        }
    }

    private static byte[] readReversed(byte[] state, int offset, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = state[offset + length - 1 - i];
        }
        return out;
    }

    private static void requireKey(byte[] k) {
        if (k == null || (k.length != 16 && k.length != 32)) {
            throw new IllegalArgumentException("TUAK K must be 16 or 32 bytes");
        }
    }

    private static void requireIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("Keccak iterations must be at least 1");
        }
    }

    private static Lengths requireNonNull(Lengths lengths) {
        if (lengths == null) {
            throw new IllegalArgumentException("TUAK output lengths are missing");
        }
        return lengths;
    }
}
