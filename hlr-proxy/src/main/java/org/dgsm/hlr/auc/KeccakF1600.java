package org.dgsm.hlr.auc;

/**
 * The Keccak-f[1600] permutation (FIPS 202 §3, 24 rounds) on a 200-byte state whose lanes
 * are little-endian 64-bit words, lane (x, y) at byte offset 8 * (x + 5y). The round
 * constants and rotation offsets are derived at class load from their definitions (the
 * rc(t) LFSR and the (x, y) walk of rho) rather than typed in.
 */
final class KeccakF1600 {

    static final int STATE_BYTES = 200;
    private static final int ROUNDS = 24;
    private static final long[] ROUND_CONSTANTS = roundConstants();
    private static final int[] RHO_OFFSETS = rhoOffsets();

    private KeccakF1600() {
    }

    /** Applies the permutation to {@code state} (200 bytes) in place. */
    static void permute(byte[] state) {
        if (state.length != STATE_BYTES) {
            throw new IllegalArgumentException("Keccak state must be 200 bytes");
        }
        long[] lanes = new long[25];
        for (int i = 0; i < 25; i++) {
            long lane = 0;
            for (int b = 7; b >= 0; b--) {
                lane = (lane << 8) | (state[8 * i + b] & 0xffL);
            }
            lanes[i] = lane;
        }
        permute(lanes);
        for (int i = 0; i < 25; i++) {
            long lane = lanes[i];
            for (int b = 0; b < 8; b++) {
                state[8 * i + b] = (byte) lane;
                lane >>>= 8;
            }
        }
    }

    /** Applies the permutation to 25 lanes, lane (x, y) at index x + 5y. */
    static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < ROUNDS; round++) {
            // theta
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            // rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], RHO_OFFSETS[x + 5 * y]);
                }
            }
            // chi
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            // iota
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }

    /** Bit 2^j - 1 of round constant i is rc(j + 7i), j = 0..6 (FIPS 202 Algorithm 6). */
    private static long[] roundConstants() {
        long[] constants = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long rc = 0;
            for (int j = 0; j <= 6; j++) {
                if (rcBit(j + 7 * round)) {
                    rc |= 1L << ((1 << j) - 1);
                }
            }
            constants[round] = rc;
        }
        return constants;
    }

    /** Output bit t of the LFSR x^8 + x^6 + x^5 + x^4 + 1 (FIPS 202 Algorithm 5). */
    private static boolean rcBit(int t) {
        int r = 0x01; // bit i of r is R[i]; R starts as 10000000
        for (int i = 0; i < t % 255; i++) {
            r <<= 1; // R = 0 || R; the old R[7] is now bit 8
            if ((r & 0x100) != 0) {
                r ^= 0x71; // R[0], R[4], R[5], R[6] ^= R[8]
            }
            r &= 0xff;
        }
        return (r & 1) != 0;
    }

    /** r[x, y] = (t + 1)(t + 2) / 2 mod 64 along the walk (x, y) -> (y, 2x + 3y) from (1, 0). */
    private static int[] rhoOffsets() {
        int[] offsets = new int[25];
        int x = 1;
        int y = 0;
        for (int t = 0; t < 24; t++) {
            offsets[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nextY = (2 * x + 3 * y) % 5;
            x = y;
            y = nextY;
        }
        return offsets;
    }
}
