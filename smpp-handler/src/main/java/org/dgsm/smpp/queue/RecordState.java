package org.dgsm.smpp.queue;

/** Where a stored record is in its life. */
public enum RecordState {
    /** Waiting for its next delivery attempt (or in one). */
    PENDING,
    /** Handed on; kept until its delivery receipt arrives, so that the receipt can be matched and passed on. */
    AWAITING_RECEIPT
}
