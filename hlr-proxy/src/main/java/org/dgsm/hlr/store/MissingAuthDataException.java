package org.dgsm.hlr.store;

/** An SQN operation on a subscriber without a {@code auc_3g} row. */
public class MissingAuthDataException extends StoreException {
    private static final long serialVersionUID = 1L;

    public MissingAuthDataException(String message) {
        super(message);
    }
}
