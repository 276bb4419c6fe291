package org.dgsm.hlr.store;

/** An IMSI or MSISDN that another subscriber already has. */
public class DuplicateSubscriberException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DuplicateSubscriberException(String message) {
        super(message);
    }
}
