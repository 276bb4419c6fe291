package org.dgsm.hlr.auc;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The vectors of one SAI (at least one, possibly fewer than requested when a later vector
 * failed, as osmo-hlr still sends those) and, for a subscriber with 3G data, the SQN to write
 * back to {@code auc_3g.sqn}.
 */
public record AuthVectorResult(List<AuthVector> vectors, OptionalLong sqnToStore) {

    public AuthVectorResult {
        vectors = List.copyOf(vectors);
        Objects.requireNonNull(sqnToStore, "sqnToStore");
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("a result has at least one vector");
        }
    }
}
