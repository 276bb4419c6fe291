package org.dgsm.mslookup.wire;

/**
 * A query text or query domain name that osmo's parser would not accept. Checked, so that every caller that turns
 * outside text into a query decides what to do with a bad one (the CLI prints an ERROR line, the decoders turn it into
 * a {@link MalformedPacketException}).
 */
public final class MalformedQueryException extends Exception {

    public MalformedQueryException(String message) {
        super(message);
    }
}
