package org.dgsm.smpp.message;

/** Delivery receipt text that does not follow the SMPP 3.4 Appendix B layout. */
public final class MalformedReceiptException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedReceiptException(String message) {
        super(message);
    }
}
