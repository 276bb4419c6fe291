package org.dgsm.hlr.store;

import java.util.Optional;

/**
 * Authentication algorithms by the numeric id osmo-hlr stores in {@code auc_2g.algo_id_2g} and
 * {@code auc_3g.algo_id_3g} (libosmocore's enum values). Id 0 ("none") is never stored: no row means no data.
 */
public enum AuthAlgorithm {
    COMP128V1(1, "COMP128v1", true, false),
    COMP128V2(2, "COMP128v2", true, false),
    COMP128V3(3, "COMP128v3", true, false),
    /** XOR-3G; osmo-hlr 1.5 also accepts it as a 2G algorithm ("xor" in its aud2g command). */
    XOR_3G(4, "XOR-3G", true, true),
    MILENAGE(5, "MILENAGE", false, true),
    /** XOR-2G: newer osmo-hlr only; osmo-hlr 1.5 cannot compute vectors with it. */
    XOR_2G(6, "XOR-2G", true, false),
    /** TUAK: newer osmo-hlr only, needs schema 7 for its 256-bit OP/OPc. */
    TUAK(7, "TUAK", false, true);

    private final int id;
    private final String displayName;
    private final boolean for2g;
    private final boolean for3g;

    AuthAlgorithm(int id, String displayName, boolean for2g, boolean for3g) {
        this.id = id;
        this.displayName = displayName;
        this.for2g = for2g;
        this.for3g = for3g;
    }

    /** The id stored in the database. */
    public int id() {
        return id;
    }

    /** The name osmo-hlr's VTY prints for this algorithm, e.g. {@code COMP128v1}. */
    public String displayName() {
        return displayName;
    }

    /** Whether this algorithm may be stored in {@code auc_2g}. */
    public boolean isAllowedFor2g() {
        return for2g;
    }

    /** Whether this algorithm may be stored in {@code auc_3g}. */
    public boolean isAllowedFor3g() {
        return for3g;
    }

    /** The algorithm with the given database id, or empty for 0 and unknown ids. */
    public static Optional<AuthAlgorithm> fromId(int id) {
        for (AuthAlgorithm algorithm : values()) {
            if (algorithm.id == id) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
