package org.dgsm.hlr.store;

/**
 * The file is not an osmo-hlr database this store can open in place: another schema version than 6 or 7, tables
 * or columns missing, or our own {@code dgsm_} schema written by a newer dgsm-node. The file was not changed.
 */
public class UnsupportedSchemaException extends StoreException {
    private static final long serialVersionUID = 1L;

    public UnsupportedSchemaException(String message) {
        super(message);
    }
}
