package org.dgsm.mslookup.wire;

/**
 * A datagram that is not a valid mslookup query or answer. The only exception the mslookup decoders throw, whatever
 * the input. Checked, so that every transport has to decide what to do with bad packets (normally: count and drop).
 */
public final class MalformedPacketException extends Exception {

    public MalformedPacketException(String message) {
        super(message);
    }

    public MalformedPacketException(String message, Throwable cause) {
        super(message, cause);
    }
}
