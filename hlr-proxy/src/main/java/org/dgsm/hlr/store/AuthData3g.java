package org.dgsm.hlr.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code auc_3g}: 3G (UMTS AKA) authentication data.
 *
 * <p>If {@code op} is present it wins over {@code opc} (OPc is then derived per request), as in osmo-hlr. Rows
 * read from a file are returned as stored; the store validates only what it writes (see
 * {@link SubscriberStore#setAuth3g}).
 *
 * @param algorithmId {@link AuthAlgorithm#id()} as stored in {@code algo_id_3g}
 * @param k           K as hex digits (32; TUAK also 64 on schema-7 files)
 * @param op          OP as hex digits, or null
 * @param opc         OPc as hex digits, or null
 * @param sqn         the last SQN handed out (48-bit value)
 * @param indBitlen   number of IND bits at the low end of SQN (osmo-hlr default 5)
 */
public record AuthData3g(int algorithmId, String k, String op, String opc, long sqn, int indBitlen) {

    /** osmo-hlr's default {@code ind_bitlen}. */
    public static final int DEFAULT_IND_BITLEN = 5;

    public AuthData3g {
        Objects.requireNonNull(k, "k");
    }

    /** MILENAGE with OPc, SQN 0 and the default IND length. */
    public static AuthData3g milenageWithOpc(String k, String opc) {
        return new AuthData3g(AuthAlgorithm.MILENAGE.id(), k, null, Objects.requireNonNull(opc, "opc"), 0,
                DEFAULT_IND_BITLEN);
    }

    /** MILENAGE with OP, SQN 0 and the default IND length. */
    public static AuthData3g milenageWithOp(String k, String op) {
        return new AuthData3g(AuthAlgorithm.MILENAGE.id(), k, Objects.requireNonNull(op, "op"), null, 0,
                DEFAULT_IND_BITLEN);
    }

    /** XOR-3G (no OP/OPc), SQN 0 and the default IND length. */
    public static AuthData3g xor3g(String k) {
        // OPc all zeros, as osmo-hlr's VTY stores it (osmo-hlr 1.5 refuses an XOR-3G row whose OPc is NULL)
        return new AuthData3g(AuthAlgorithm.XOR_3G.id(), k, null, "0".repeat(32), 0, DEFAULT_IND_BITLEN);
    }

    /** The algorithm, or empty if the stored id is not one we know. */
    public Optional<AuthAlgorithm> algorithm() {
        return AuthAlgorithm.fromId(algorithmId);
    }

    /** Whether OPc must be derived from OP ({@code op} present), as osmo-hlr decides. */
    public boolean usesOp() {
        return op != null;
    }

    public AuthData3g withSqn(long newSqn) {
        return new AuthData3g(algorithmId, k, op, opc, newSqn, indBitlen);
    }

    public AuthData3g withIndBitlen(int newIndBitlen) {
        return new AuthData3g(algorithmId, k, op, opc, sqn, newIndBitlen);
    }

    /** Keeps the keys out of logs. */
    @Override
    public String toString() {
        return "AuthData3g[algorithmId=" + algorithmId + ", k=<" + k.length() + " hex digits>"
                + ", op=" + (op == null ? "null" : "<" + op.length() + " hex digits>")
                + ", opc=" + (opc == null ? "null" : "<" + opc.length() + " hex digits>")
                + ", sqn=" + sqn + ", indBitlen=" + indBitlen + "]";
    }
}
