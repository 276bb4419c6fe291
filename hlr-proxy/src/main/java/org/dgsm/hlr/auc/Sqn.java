package org.dgsm.hlr.auc;

/**
 * SQN arithmetic of osmo-hlr (hlr-auc.md §2.3, TS 33.102 Annex C.3.2): the 48-bit SQN is
 * SEQ || IND with IND in the low {@code indBitlen} bits. Each VLR owns one IND slot, and the
 * AuC hands out {@code next = ((last + 2^L) with the low L bits cleared) + IND}.
 *
 * <p>SQN values are handled like osmo's {@code uint64_t}: the stored value is not truncated;
 * only its low 48 bits go into AUTN ({@link #toBytes(long)}).
 */
public final class Sqn {

    /** The largest 48-bit SQN. */
    public static final long MAX = (1L << 48) - 1;
    /** The IND length osmo-hlr gives a new subscriber ({@code auc_3g.ind_bitlen} default). */
    public static final int DEFAULT_IND_BITLEN = 5;
    /** libosmocore refuses longer IND parts. */
    public static final int MAX_IND_BITLEN = 28;

    private Sqn() {
    }

    /**
     * The SQN to use after {@code lastSqn} for a VLR with IND slot {@code ind}: SEQ + 1 with
     * that IND.
     *
     * @throws IllegalArgumentException if {@code indBitlen} is outside 0..28 or {@code ind}
     *     does not fit into it (reduce it with {@link #reduceInd} first)
     */
    public static long next(long lastSqn, int ind, int indBitlen) {
        requireIndBitlen(indBitlen);
        long seqOne = 1L << indBitlen;
        if (ind < 0 || ind >= seqOne) {
            throw new IllegalArgumentException("IND " + ind + " does not fit into " + indBitlen + " bits");
        }
        return ((lastSqn + seqOne) & ~(seqOne - 1)) + ind;
    }

    /**
     * A VLR's IND reduced modulo 2^indBitlen, as osmo-hlr does when the IND table has more
     * entries than the subscriber's IND part can address. {@code ind} is an unsigned value.
     */
    public static int reduceInd(long ind, int indBitlen) {
        requireIndBitlen(indBitlen);
        return (int) (ind & ((1L << indBitlen) - 1));
    }

    /** The SEQ part of {@code sqn}. */
    public static long seq(long sqn, int indBitlen) {
        requireIndBitlen(indBitlen);
        return (sqn & MAX) >>> indBitlen;
    }

    /** The IND part of {@code sqn}. */
    public static int ind(long sqn, int indBitlen) {
        return reduceInd(sqn, indBitlen);
    }

    /** The low 48 bits of {@code sqn} as 6 big-endian bytes, as they go into AUTN. */
    public static byte[] toBytes(long sqn) {
        byte[] out = new byte[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = (byte) sqn;
            sqn >>>= 8;
        }
        return out;
    }

    /** The 48-bit value of 6 big-endian bytes. */
    public static long fromBytes(byte[] sixBytes) {
        Bytes.requireLength(sixBytes, 6, "SQN");
        long value = 0;
        for (byte b : sixBytes) {
            value = (value << 8) | (b & 0xff);
        }
        return value;
    }

    private static void requireIndBitlen(int indBitlen) {
        if (indBitlen < 0 || indBitlen > MAX_IND_BITLEN) {
            throw new IllegalArgumentException("IND bit length must be 0.." + MAX_IND_BITLEN + ", got " + indBitlen);
        }
    }
}
