package org.dgsm.hlr.auc;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscriber's 2G authentication data (one {@code auc_2g} row): a 2G-capable algorithm and
 * the 16-byte Ki. {@link #toString()} never shows Ki.
 */
public record Auth2gData(AuthAlgorithm algorithm, byte[] ki) {

    public static final int KI_LENGTH = 16;

    public Auth2gData {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!algorithm.usableFor2g()) {
            throw new IllegalArgumentException(algorithm + " is not a 2G algorithm");
        }
        ki = Bytes.requireLength(ki, KI_LENGTH, "Ki").clone();
    }

    /**
     * Reads an {@code auc_2g} row the way osmo-hlr does: a Ki that is not 32 hex characters,
     * or algorithm id 0, makes the row count as absent (empty result).
     *
     * @throws AucException {@link AucException.Reason#UNSUPPORTED_ALGORITHM} for an id that is
     *     unknown or not a 2G algorithm (osmo-hlr would fail every vector for it)
     */
    public static Optional<Auth2gData> fromDb(int algorithmId, String kiHex) throws AucException {
        byte[] ki;
        try {
            ki = kiHex == null ? null : Hex.decode(kiHex);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ki == null || ki.length != KI_LENGTH || algorithmId == AuthAlgorithm.NONE.dbId()) {
            return Optional.empty();
        }
        Optional<AuthAlgorithm> algorithm = AuthAlgorithm.fromDbId(algorithmId).filter(AuthAlgorithm::usableFor2g);
        if (algorithm.isEmpty()) {
            throw new AucException(AucException.Reason.UNSUPPORTED_ALGORITHM,
                    "2G algorithm id " + algorithmId + " is not supported");
        }
        return Optional.of(new Auth2gData(algorithm.get(), ki));
    }

    @Override
    public byte[] ki() {
        return ki.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Auth2gData other && algorithm == other.algorithm && Arrays.equals(ki, other.ki);
    }

    @Override
    public int hashCode() {
        return 31 * algorithm.hashCode() + Arrays.hashCode(ki);
    }

    @Override
    public String toString() {
        return "Auth2gData[algorithm=" + algorithm + ", ki=" + Bytes.redacted(ki) + "]";
    }
}
