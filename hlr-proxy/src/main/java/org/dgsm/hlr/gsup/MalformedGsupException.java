package org.dgsm.hlr.gsup;

import java.util.OptionalInt;

/**
 * A GSUP message that osmo's decoder would refuse. {@link #gmmCause()} is the GMM cause osmo's decoder reports for
 * the same input ({@code 0x60} bad or missing IMSI, {@code 0x6f} broken TLV, {@code 0x64} conditional IE error),
 * or empty where osmo reports a plain error code instead of a cause (bad nested auth tuple IE length, bad SM-RP-DA/OA,
 * bad RAT type IEs).
 */
public final class MalformedGsupException extends Exception {

    private final int gmmCause;

    public MalformedGsupException(int gmmCause, String message) {
        super(message);
        if (gmmCause < 0 || gmmCause > 0xff) {
            throw new IllegalArgumentException("GMM cause out of range: " + gmmCause);
        }
        this.gmmCause = gmmCause;
    }

    private MalformedGsupException(String message) {
        super(message);
        this.gmmCause = -1;
    }

    /** An error osmo's decoder reports without a GMM cause. */
    public static MalformedGsupException withoutCause(String message) {
        return new MalformedGsupException(message);
    }

    public OptionalInt gmmCause() {
        return gmmCause < 0 ? OptionalInt.empty() : OptionalInt.of(gmmCause);
    }
}
