package org.dgsm.hlr.auc;

/**
 * The 3G side of one SAI: the subscriber's AKA functions, the AMF, the IND slot and the
 * running SQN, which advances with every vector (except for XOR-3G, where osmo keeps the
 * stored SQN) and may be reset by an AUTS resynchronisation.
 */
final class UmtsSession {

    /** The UMTS half of a vector. */
    record UmtsPart(byte[] autn, byte[] ik, byte[] ck, byte[] res) {
    }

    private final AkaFunctions functions;
    private final byte[] amf;
    private final boolean advancesSqn;
    private final int ind;
    private final int indBitlen;
    private long sqn;

    private UmtsSession(AkaFunctions functions, byte[] amf, boolean advancesSqn, int ind, int indBitlen, long sqn) {
        this.functions = functions;
        this.amf = amf;
        this.advancesSqn = advancesSqn;
        this.ind = ind;
        this.indBitlen = indBitlen;
        this.sqn = sqn;
    }

    /**
     * Prepares the functions for {@code data}; {@code vlrInd} is reduced modulo 2^indBitlen.
     *
     * @throws AucException if the key lengths do not fit the algorithm, the operator key is
     *     missing, or the IND bit length is unusable
     */
    static UmtsSession open(Auth3gData data, long vlrInd, byte[] amf) throws AucException {
        byte[] k = data.k();
        return switch (data.algorithm()) {
            case MILENAGE -> {
                requireKeyLength(k, 16, "MILENAGE K");
                byte[] operatorKey = operatorKey(data, 16, "MILENAGE OP/OPc");
                AkaFunctions f = data.op() != null ? Milenage.withOp(k, operatorKey) : Milenage.withOpc(k, operatorKey);
                yield sequenced(f, data, vlrInd, amf);
            }
            case TUAK -> {
                byte[] operatorKey = operatorKey(data, Tuak.TOP_LENGTH, "TUAK TOP/TOPc");
                AkaFunctions f = data.op() != null
                        ? Tuak.withTop(k, operatorKey, Tuak.OSMO_LENGTHS, Tuak.DEFAULT_KECCAK_ITERATIONS)
                        : Tuak.withTopc(k, operatorKey, Tuak.OSMO_LENGTHS, Tuak.DEFAULT_KECCAK_ITERATIONS);
                yield sequenced(f, data, vlrInd, amf);
            }
            case XOR_3G -> {
                requireKeyLength(k, Xor3g.KEY_LENGTH, "XOR-3G K");
                yield new UmtsSession(Xor3g.withKey(k), amf, false, 0, 0, data.sqn());
            }
            default -> throw new AucException(AucException.Reason.UNSUPPORTED_ALGORITHM,
                    data.algorithm() + " cannot generate 3G vectors");
        };
    }

    /**
     * Verifies AUTS against the challenge the USIM rejected and continues from SQN_MS.
     */
    void resync(byte[] resyncRand, byte[] auts) throws AucException {
        sqn = AutsVerifier.verify(functions, resyncRand, auts);
    }

    /** Computes the UMTS part for {@code rand} with the next SQN, which becomes current. */
    UmtsPart next(byte[] rand) {
        long vectorSqn = advancesSqn ? Sqn.next(sqn, ind, indBitlen) : sqn;
        byte[] sqnBytes = Sqn.toBytes(vectorSqn);
        F2345Output out = functions.f2345(rand);
        byte[] mac = functions.f1(rand, sqnBytes, amf);
        byte[] autn = Bytes.concat(Bytes.xor(sqnBytes, out.ak()), amf, mac);
        sqn = vectorSqn;
        return new UmtsPart(autn, out.ik(), out.ck(), out.res());
    }

    /** The last SQN handed out (or SQN_MS right after a resync). */
    long sqn() {
        return sqn;
    }

    private static UmtsSession sequenced(AkaFunctions f, Auth3gData data, long vlrInd, byte[] amf)
            throws AucException {
        int indBitlen = data.indBitlen();
        if (indBitlen < 0 || indBitlen > Sqn.MAX_IND_BITLEN) {
            throw new AucException(AucException.Reason.INVALID_IND_BITLEN,
                    "IND bit length " + indBitlen + " is outside 0.." + Sqn.MAX_IND_BITLEN);
        }
        return new UmtsSession(f, amf, true, Sqn.reduceInd(vlrInd, indBitlen), indBitlen, data.sqn());
    }

    private static void requireKeyLength(byte[] key, int length, String name) throws AucException {
        if (key.length != length) {
            throw new AucException(AucException.Reason.KEY_LENGTH_MISMATCH,
                    name + " must be " + length + " bytes, got " + key.length);
        }
    }

    private static byte[] operatorKey(Auth3gData data, int length, String name) throws AucException {
        byte[] key = data.op() != null ? data.op() : data.opc();
        if (key == null) {
            throw new AucException(AucException.Reason.UNUSABLE_AUTH_DATA, name + " is missing");
        }
        requireKeyLength(key, length, name);
        return key;
    }
}
