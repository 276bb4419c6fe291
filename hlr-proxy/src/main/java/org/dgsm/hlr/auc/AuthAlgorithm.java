package org.dgsm.hlr.auc;

import java.util.Locale;
import java.util.Optional;

/**
 * Authentication algorithms with the numeric ids osmo-hlr stores in {@code auc_2g.algo_id_2g}
 * and {@code auc_3g.algo_id_3g} (hlr-auc.md §1.5).
 */
public enum AuthAlgorithm {
    NONE(0, "none", false, false),
    COMP128V1(1, "COMP128v1", true, false),
    COMP128V2(2, "COMP128v2", true, false),
    COMP128V3(3, "COMP128v3", true, false),
    /** 3GPP TS 34.108 XOR; older osmo-hlr also accepts it in {@code auc_2g} (SRES/Kc via c2/c3). */
    XOR_3G(4, "XOR-3G", true, true),
    MILENAGE(5, "MILENAGE", false, true),
    /** 3GPP TS 51.010-1 XOR test algorithm (osmo-hlr HEAD only). */
    XOR_2G(6, "XOR-2G", true, false),
    /** 3GPP TS 35.231 (osmo-hlr HEAD only). */
    TUAK(7, "TUAK", false, true);

    private final int dbId;
    private final String displayName;
    private final boolean usableFor2g;
    private final boolean usableFor3g;

    AuthAlgorithm(int dbId, String displayName, boolean usableFor2g, boolean usableFor3g) {
        this.dbId = dbId;
        this.displayName = displayName;
        this.usableFor2g = usableFor2g;
        this.usableFor3g = usableFor3g;
    }

    /** The id stored in the database. */
    public int dbId() {
        return dbId;
    }

    /** The name osmo uses in logs and on the VTY, e.g. {@code COMP128v1}, {@code XOR-3G}. */
    public String displayName() {
        return displayName;
    }

    /** Whether the algorithm can produce SRES/Kc from a 2G Ki ({@code auc_2g}). */
    public boolean usableFor2g() {
        return usableFor2g;
    }

    /** Whether the algorithm can produce UMTS quintets from a 3G K ({@code auc_3g}). */
    public boolean usableFor3g() {
        return usableFor3g;
    }

    /** The algorithm with that database id, or empty for an unknown id. */
    public static Optional<AuthAlgorithm> fromDbId(int id) {
        for (AuthAlgorithm a : values()) {
            if (a.dbId == id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks an algorithm up by name, case-insensitively: the display names, the enum names and
     * osmo's VTY spelling {@code xor}, which has always meant the 3G XOR (id 4).
     */
    public static Optional<AuthAlgorithm> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("xor")) {
            return Optional.of(XOR_3G);
        }
        for (AuthAlgorithm a : values()) {
            if (a.displayName.toLowerCase(Locale.ROOT).equals(wanted)
                    || a.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
