package org.dgsm.hlr.auc;

/**
 * COMP128v1 (the original GSM A3/A8 example algorithm): Ki and RAND (16 bytes each) to SRES
 * (4 bytes) and Kc (8 bytes, of which only the first 54 bits carry key material).
 *
 * <p>The state is 32 values: 16 of Ki followed by 16 of RAND. Each of eight rounds reloads Ki,
 * runs a five-level butterfly of table lookups that shrinks every value to one nibble, and
 * (except after the last round) permutes the 128 resulting bits back into the RAND half.
 */
public final class Comp128v1 {

    private static final int ROUNDS = 8;

    private Comp128v1() {
    }

    public static A3A8Output compute(byte[] ki, byte[] rand) {
        Bytes.requireLength(ki, 16, "Ki");
        Bytes.requireLength(rand, 16, "RAND");

        int[] x = new int[32];
        for (int i = 0; i < 16; i++) {
            x[16 + i] = rand[i] & 0xff;
        }
        for (int round = 1; round <= ROUNDS; round++) {
            for (int i = 0; i < 16; i++) {
                x[i] = ki[i] & 0xff;
            }
            butterfly(x);
            if (round < ROUNDS) {
                permuteNibbleBitsIntoUpperHalf(x);
            }
        }
        return output(x);
    }

    /**
     * Level j pairs values {@code 2^(4-j)} apart inside blocks of {@code 2^(5-j)} and replaces
     * each pair with two lookups in table j, whose size halves from level to level.
     */
    private static void butterfly(int[] x) {
        for (int level = 0; level < 5; level++) {
            int[] table = Comp128Tables.V1[level];
            int distance = 1 << (4 - level);
            int blockSize = distance * 2;
            int modulus = 1 << (9 - level);
            for (int block = 0; block < 32; block += blockSize) {
                for (int offset = 0; offset < distance; offset++) {
                    int m = block + offset;
                    int n = m + distance;
                    int y = (x[m] + 2 * x[n]) % modulus;
                    int z = (2 * x[m] + x[n]) % modulus;
                    x[m] = table[y];
                    x[n] = table[z];
                }
            }
        }
    }

    /** Takes the 4 significant bits of all 32 values (MSB first) and spreads them with stride 17. */
    private static void permuteNibbleBitsIntoUpperHalf(int[] x) {
        int[] bits = new int[128];
        for (int i = 0; i < 32; i++) {
            for (int b = 0; b < 4; b++) {
                bits[4 * i + b] = (x[i] >> (3 - b)) & 1;
            }
        }
        for (int i = 0; i < 16; i++) {
            int value = 0;
            for (int b = 0; b < 8; b++) {
                value |= bits[((8 * i + b) * 17) % 128] << (7 - b);
            }
            x[16 + i] = value;
        }
    }

    /** SRES is the first 8 nibbles; Kc is the 54 bits that start at nibble 18, zero-padded. */
    private static A3A8Output output(int[] x) {
        byte[] sres = new byte[4];
        for (int i = 0; i < 4; i++) {
            sres[i] = (byte) ((x[2 * i] << 4) | x[2 * i + 1]);
        }
        byte[] kc = new byte[8];
        for (int i = 0; i < 6; i++) {
            int at = 18 + 2 * i;
            kc[i] = (byte) ((x[at] << 6) | (x[at + 1] << 2) | (x[at + 2] >> 2));
        }
        kc[6] = (byte) ((x[30] << 6) | (x[31] << 2));
        kc[7] = 0;
        return new A3A8Output(sres, kc);
    }
}
