package org.dgsm.hlr.store;

/** An operation named a subscriber (by IMSI or id) that is not in the database. */
public class UnknownSubscriberException extends StoreException {
    private static final long serialVersionUID = 1L;

    public UnknownSubscriberException(String message) {
        super(message);
    }
}
