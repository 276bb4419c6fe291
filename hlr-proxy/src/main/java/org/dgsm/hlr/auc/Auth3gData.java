package org.dgsm.hlr.auc;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscriber's 3G authentication data (one {@code auc_3g} row). {@code op} and {@code opc}
 * may each be null; when {@code op} is present it wins and OPc (TOPc for TUAK) is derived per
 * request. {@code sqn} is the last SQN handed out, treated as unsigned like osmo's
 * {@code uint64_t}; {@code indBitlen} is checked when vectors are generated, as osmo does.
 * {@link #toString()} never shows K, OP or OPc.
 *
 * <p>Shape rules: K is 16 or 32 bytes, OP/OPc 16 or 32 bytes. Which lengths an algorithm
 * accepts (MILENAGE 16/16, TUAK 16|32/32, XOR-3G 16) is checked at generation time and
 * reported as {@link AucException.Reason#KEY_LENGTH_MISMATCH}, mirroring osmo-hlr.
 */
public record Auth3gData(AuthAlgorithm algorithm, byte[] k, byte[] op, byte[] opc, long sqn, int indBitlen) {

    public Auth3gData {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!algorithm.usableFor3g()) {
            throw new IllegalArgumentException(algorithm + " is not a 3G algorithm");
        }
        k = requireKeyShape(k, "K").clone();
        op = op == null ? null : requireKeyShape(op, "OP").clone();
        opc = opc == null ? null : requireKeyShape(opc, "OPc").clone();
    }

    /** 3G data with a stored OPc (TOPc for TUAK). */
    public static Auth3gData withOpc(AuthAlgorithm algorithm, byte[] k, byte[] opc, long sqn, int indBitlen) {
        return new Auth3gData(algorithm, k, null, Objects.requireNonNull(opc, "opc"), sqn, indBitlen);
    }

    /** 3G data with a stored OP (TOP for TUAK). */
    public static Auth3gData withOp(AuthAlgorithm algorithm, byte[] k, byte[] op, long sqn, int indBitlen) {
        return new Auth3gData(algorithm, k, Objects.requireNonNull(op, "op"), null, sqn, indBitlen);
    }

    /**
     * Reads an {@code auc_3g} row the way osmo-hlr does. Algorithm id 0 means no 3G data
     * (empty result). Hex is case-insensitive; OP is used when non-null, else OPc.
     *
     * @throws AucException {@link AucException.Reason#UNUSABLE_AUTH_DATA} when K, or the OP/OPc
     *     in use, is missing, not hex, or not 32/64 hex characters (osmo: database error);
     *     {@link AucException.Reason#UNSUPPORTED_ALGORITHM} for an unknown or non-3G id
     */
    public static Optional<Auth3gData> fromDb(int algorithmId, String kHex, String opHex, String opcHex, long sqn,
            int indBitlen) throws AucException {
        byte[] k = parseKey(kHex, "K");
        byte[] op = null;
        byte[] opc = null;
        if (opHex != null) {
            op = parseKey(opHex, "OP");
        } else {
            opc = parseKey(opcHex, "OPc");
        }
        if (algorithmId == AuthAlgorithm.NONE.dbId()) {
            return Optional.empty();
        }
        Optional<AuthAlgorithm> algorithm = AuthAlgorithm.fromDbId(algorithmId).filter(AuthAlgorithm::usableFor3g);
        if (algorithm.isEmpty()) {
            throw new AucException(AucException.Reason.UNSUPPORTED_ALGORITHM,
                    "3G algorithm id " + algorithmId + " is not supported");
        }
        return Optional.of(new Auth3gData(algorithm.get(), k, op, opc, sqn, indBitlen));
    }

    /** The same data with another stored SQN, e.g. after writing back a generator result. */
    public Auth3gData withSqn(long newSqn) {
        return new Auth3gData(algorithm, k, op, opc, newSqn, indBitlen);
    }

    @Override
    public byte[] k() {
        return k.clone();
    }

    @Override
    public byte[] op() {
        return Bytes.cloneOrNull(op);
    }

    @Override
    public byte[] opc() {
        return Bytes.cloneOrNull(opc);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Auth3gData other && algorithm == other.algorithm && Arrays.equals(k, other.k)
                && Arrays.equals(op, other.op) && Arrays.equals(opc, other.opc) && sqn == other.sqn
                && indBitlen == other.indBitlen;
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, Arrays.hashCode(k), Arrays.hashCode(op), Arrays.hashCode(opc), sqn, indBitlen);
    }

    @Override
    public String toString() {
        return "Auth3gData[algorithm=" + algorithm + ", k=" + Bytes.redacted(k) + ", op=" + Bytes.redacted(op)
                + ", opc=" + Bytes.redacted(opc) + ", sqn=" + Long.toUnsignedString(sqn) + ", indBitlen=" + indBitlen
                + "]";
    }

    private static byte[] requireKeyShape(byte[] key, String name) {
        if (key == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (key.length != 16 && key.length != 32) {
            throw new IllegalArgumentException(name + " must be 16 or 32 bytes, got " + key.length);
        }
        return key;
    }

    private static byte[] parseKey(String hex, String name) throws AucException {
        if (hex == null) {
            throw new AucException(AucException.Reason.UNUSABLE_AUTH_DATA, name + " is missing");
        }
        byte[] key;
        try {
            key = Hex.decode(hex);
        } catch (IllegalArgumentException e) {
            throw new AucException(AucException.Reason.UNUSABLE_AUTH_DATA, name + " is not hex: " + e.getMessage());
        }
        if (key.length != 16 && key.length != 32) {
            throw new AucException(AucException.Reason.UNUSABLE_AUTH_DATA,
                    name + " must be 32 or 64 hex characters, got " + hex.length());
        }
        return key;
    }
}
