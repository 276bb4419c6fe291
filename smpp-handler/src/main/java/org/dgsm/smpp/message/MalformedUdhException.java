package org.dgsm.smpp.message;

/** A user data header (3GPP TS 23.040 9.2.3.24) that does not fit the user data it claims to head. */
public final class MalformedUdhException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedUdhException(String message) {
        super(message);
    }
}
