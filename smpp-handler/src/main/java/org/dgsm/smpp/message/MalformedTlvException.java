package org.dgsm.smpp.message;

/** A TLV list, or the value of one of our own TLVs, that does not decode; the message says why. */
public final class MalformedTlvException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedTlvException(String message) {
        super(message);
    }
}
