package org.dgsm.hlr.auc;

/**
 * COMP128v3: Ki and RAND (16 bytes each) to SRES (4 bytes) and a full 64-bit Kc.
 *
 * <p>Both inputs are used byte-reversed. The key mix {@code reverse(Ki) XOR reverse(RAND)} is
 * fixed; eight times a compression step folds it into the running RAND state. The result is
 * reversed back; bytes 0..3 are SRES, bytes 8..15 are Kc (bytes 4..7 are discarded).
 */
public final class Comp128v3 {

    private static final int ITERATIONS = 8;

    private Comp128v3() {
    }

    public static A3A8Output compute(byte[] ki, byte[] rand) {
        Bytes.requireLength(ki, 16, "Ki");
        Bytes.requireLength(rand, 16, "RAND");
        int[] state = toInts(Bytes.reversed(rand));
        int[] keyMix = toInts(Bytes.xor(Bytes.reversed(ki), Bytes.reversed(rand)));
        for (int i = 0; i < ITERATIONS; i++) {
            state = compress(state, keyMix);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            out[i] = (byte) state[15 - i];
        }
        return new A3A8Output(Bytes.slice(out, 0, 4), Bytes.slice(out, 8, 16));
    }

    /**
     * One compression step over the 32-value work array {@code data (16) || keyMix (16)}: five
     * levels of paired lookups through both tables, then a bit selection with stride 19.
     */
    private static int[] compress(int[] data, int[] keyMix) {
        int[] work = new int[32];
        System.arraycopy(data, 0, work, 0, 16);
        System.arraycopy(keyMix, 0, work, 16, 16);
        int[] temp = new int[16];
        for (int level = 0; level < 5; level++) {
            for (int z = 0; z < 16; z++) {
                temp[z] = lookup(work[16 + z], work[z]);
            }
            int groups = 1 << level;
            int pairs = 1 << (4 - level);
            for (int j = 0; j < groups; j++) {
                for (int k = 0; k < pairs; k++) {
                    int source = (k << level) + j;
                    work[((2 * k + 1) << level) + j] = lookup(temp[source], work[source + 16]);
                    work[(k << (level + 1)) + j] = temp[source];
                }
            }
        }
        int[] out = new int[16];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 8; j++) {
                int bitPosition = (19 * (j + 8 * i) + 19) % 256;
                int bit = (work[bitPosition / 8] >> ((3 * j + 3) % 8)) & 1;
                out[i] ^= bit << j;
            }
        }
        return out;
    }

    private static int lookup(int inner, int mix) {
        return Comp128Tables.V23_OUTER[Comp128Tables.V23_INNER[inner] ^ mix];
    }

    private static int[] toInts(byte[] bytes) {
        int[] out = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xff;
        }
        return out;
    }
}
