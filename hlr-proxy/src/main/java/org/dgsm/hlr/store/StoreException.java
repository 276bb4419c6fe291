package org.dgsm.hlr.store;

/**
 * The subscriber store could not do what was asked. Thrown as is for database failures (I/O, SQL, lock
 * timeout: an HLR answers those with "network failure"); subclasses name the cases a caller tells apart.
 * Invalid arguments are reported with {@link IllegalArgumentException} instead. Whenever one of these is thrown
 * by an operation, its transaction was rolled back and the file is unchanged.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
