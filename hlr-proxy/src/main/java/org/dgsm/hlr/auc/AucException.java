package org.dgsm.hlr.auc;

import java.util.Objects;

/**
 * The AuC could not produce a single authentication vector. The {@link Reason} says why and
 * which GSUP cause osmo-hlr 1.5 sends in the SAI Error for it (hlr-auc.md §2.1, §2.5).
 *
 * <p>Messages never contain key material.
 */
public final class AucException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why no vector was produced, with the GMM cause of the SAI Error osmo-hlr answers. */
    public enum Reason {
        /** The subscriber has neither 2G nor 3G authentication data. */
        NO_AUTH_DATA(0x02),
        /**
         * Stored 3G key material is unusable (not hex, wrong length, OP and OPc both missing);
         * osmo-hlr fails the database read and answers "network failure".
         */
        UNUSABLE_AUTH_DATA(0x11),
        /**
         * The stored algorithm id is unknown or not usable in that table; osmo-hlr fails the
         * first vector, generates zero vectors and answers cause 02.
         */
        UNSUPPORTED_ALGORITHM(0x02),
        /** Key lengths do not fit the algorithm (e.g. MILENAGE with a 32-byte K); zero vectors. */
        KEY_LENGTH_MISMATCH(0x02),
        /** {@code ind_bitlen} outside 0..28; libosmocore refuses the vector; zero vectors. */
        INVALID_IND_BITLEN(0x02),
        /** Only one of AUTS and RAND was sent. */
        INCOMPLETE_RESYNC(0x11),
        /** AUTS was sent for a subscriber without 3G data. */
        RESYNC_WITHOUT_3G_DATA(0x11),
        /**
         * AUTS is not 14 bytes or its RAND not 16 bytes. osmo's GSUP decoder already rejects such
         * a message with "conditional IE error"; the AuC reports the same cause.
         */
        MALFORMED_RESYNC(0x64),
        /** The MAC-S inside AUTS does not verify; osmo-hlr's zero-vector path answers cause 02. */
        AUTS_MAC_MISMATCH(0x02),
        /** No RAND could be drawn for the first vector; zero vectors. */
        RAND_UNAVAILABLE(0x02);

        private final int gsupCause;

        Reason(int gsupCause) {
            this.gsupCause = gsupCause;
        }

        /** The GMM cause value (TS 24.008 §10.5.5.14) to put into the GSUP SAI Error. */
        public int gsupCause() {
            return gsupCause;
        }
    }

    private final Reason reason;

    public AucException(Reason reason, String message) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Shortcut for {@code reason().gsupCause()}. */
    public int gsupCause() {
        return reason.gsupCause();
    }
}
