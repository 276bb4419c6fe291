package org.dgsm.hlr.gsup.json;

/** JSON text that does not describe a valid GSUP message; the message names the offending key and why. */
public final class GsupJsonException extends Exception {

    public GsupJsonException(String message) {
        super(message);
    }

    public GsupJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
