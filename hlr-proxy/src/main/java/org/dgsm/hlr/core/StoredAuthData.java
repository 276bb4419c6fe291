package org.dgsm.hlr.core;

import org.dgsm.hlr.auc.Auth2gData;
import org.dgsm.hlr.auc.Auth3gData;
import org.dgsm.hlr.auc.AucException;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;

import java.util.Optional;

/**
 * Turns the store's rows ({@code auc_2g}, {@code auc_3g} as stored, hex text) into the AuC's key material, with
 * osmo-hlr's reading rules ({@link Auth2gData#fromDb}, {@link Auth3gData#fromDb}): a 2G row with a malformed Ki counts
 * as absent, a 3G row with malformed keys is a database error.
 */
final class StoredAuthData {

    private static final String XOR_3G_UNUSED_OPC = "00000000000000000000000000000000";

    private StoredAuthData() {
    }

    static Optional<Auth2gData> toAuc(Optional<AuthData2g> row) throws AucException {
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Auth2gData.fromDb(row.get().algorithmId(), row.get().ki());
    }

    static Optional<Auth3gData> toAuc3g(Optional<AuthData3g> row) throws AucException {
        if (row.isEmpty()) {
            return Optional.empty();
        }
        AuthData3g r = row.get();
        String opc = r.opc();
        if (r.algorithmId() == AuthAlgorithm.XOR_3G.id() && r.op() == null && opc == null) {
            // XOR-3G ignores OPc. osmo-hlr's VTY writes 32 zeros for it (and fails a row with NULL); our store
            // writes NULL, which must not make our own subscribers unusable.
            opc = XOR_3G_UNUSED_OPC;
        }
        return Auth3gData.fromDb(r.algorithmId(), r.k(), r.op(), opc, r.sqn(), r.indBitlen());
    }
}
