package org.dgsm.hlr.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code auc_2g}: 2G (GSM A3/A8) authentication data.
 *
 * <p>Rows read from a file are returned as stored, even if another program wrote an unknown algorithm id or a
 * key of the wrong length (osmo-hlr then treats the row as unusable); the store validates only what it writes.
 *
 * @param algorithmId {@link AuthAlgorithm#id()} as stored in {@code algo_id_2g}
 * @param ki          Ki as hex digits (32 for every 2G algorithm)
 */
public record AuthData2g(int algorithmId, String ki) {

    public AuthData2g {
        Objects.requireNonNull(ki, "ki");
    }

    /** 2G data for a known algorithm. */
    public static AuthData2g of(AuthAlgorithm algorithm, String ki) {
        return new AuthData2g(algorithm.id(), ki);
    }

    /** The algorithm, or empty if the stored id is not one we know. */
    public Optional<AuthAlgorithm> algorithm() {
        return AuthAlgorithm.fromId(algorithmId);
    }

    /** Keeps the key out of logs. */
    @Override
    public String toString() {
        return "AuthData2g[algorithmId=" + algorithmId + ", ki=<" + ki.length() + " hex digits>]";
    }
}
